#if canImport(SlantService)
    import ArgumentParser
    import Foundation
    import SlantService

    /// `slant serve`: the audit and check as an HTTP service (docs/openapi.yaml).
    struct ServeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve audits and checks over HTTP (see docs/openapi.yaml); stops cleanly on SIGINT or SIGTERM.",
            discussion:
                "Prints \"listening on http://HOST:PORT\" on standard output once it accepts requests. Stores nothing.")

        @Option(help: "Address to listen on; 127.0.0.1 keeps the service to this machine.")
        var host = "127.0.0.1"

        @Option(help: "Port to listen on; 0 lets the system choose a free one (printed on start).")
        var port = 8080

        @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted, in bytes (413 above it).")
        var maxBodyBytes = ServiceLimits.defaultMaxBodyBytes

        @Option(help: "Audits running at once (default: one per core).")
        var concurrency = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .customLong("queue"), help: "Requests that may wait for a free audit; more get 503 with Retry-After.")
        var waiting = 64

        @Option(name: .customLong("body-timeout"), help: "Seconds a client has to send its whole request body (408 after).")
        var bodyTimeout = 10

        @OptionGroup var lexicons: LexiconOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
            guard maxBodyBytes > 0 else { throw ValidationError("--max-body-bytes must be positive") }
            guard RunLimits.jobs.contains(concurrency) else {
                throw ValidationError("--concurrency must be from \(RunLimits.jobs.lowerBound) to \(RunLimits.jobs.upperBound)")
            }
            guard (0...100_000).contains(waiting) else { throw ValidationError("--queue must be from 0 to 100000") }
            guard (1...3600).contains(bodyTimeout) else { throw ValidationError("--body-timeout must be from 1 to 3600 seconds") }
        }

        func run() throws {
            let server = SlantServer(
                engine: ServiceEngine(compiled: try lexicons.load()),
                limits: ServiceLimits(
                    maxBodyBytes: maxBodyBytes, concurrentAudits: concurrency, waitingAudits: waiting,
                    bodyTimeoutSeconds: bodyTimeout),
                host: host, port: port)
            do {
                try AsyncBridge.wait {
                    try await server.run { host, port in
                        // Flushed at once: a script or test waiting on this line reads a pipe.
                        try? StandardStreams.write("listening on http://\(host.contains(":") ? "[\(host)]" : host):\(port)\n")
                    }
                }
            } catch {
                printError("cannot serve on \(host):\(port): \(error)")
                throw ExitCode(2)
            }
        }
    }
#endif
