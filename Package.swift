// swift-tools-version: 6.1
import PackageDescription

// Layers point one way: slant (CLI) -> SlantCommands -> SlantReporters -> SlantBatch -> SlantCore -> PCRE2 -> CPCRE2.
// `slant serve` (SlantService, on Hummingbird and SwiftNIO) and `slant lsp` (SlantLanguageServer)
// sit between SlantCommands and SlantReporters, so SlantCore never sees NIO.
let package = Package(
    name: "slant",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "slant", targets: ["slant"]),
        .library(name: "SlantCore", targets: ["SlantCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // No default traits: swift-configuration and the full-Foundation extras are not used.
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        // SHA-256 of the inputs from the system's libcrypto (Debian's libssl-dev): swift-crypto
        // compiled its own copy of BoringSSL in every build flavour (debug, release, fuzzing, both
        // sanitizers), minutes each on two cores.
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl"])]
        ),
        // zlib (Debian's zlib1g-dev) for `--gzip-evidence`: each evidence line is compressed on
        // its worker, not by a gzip process over the finished files.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // Sorted-key JSON written straight to bytes (Foundation's encoder was half the audit time).
        .target(name: "SortedJSON"),
        .target(
            name: "SlantCore",
            dependencies: [
                "PCRE2", "SortedJSON", "CLibCrypto",
                .product(name: "Algorithms", package: "swift-algorithms"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Batch comparison of outlets: corpus readers, the parallel audit pipeline, per-outlet
        // statistics, bootstrap intervals and mergeable partial results.
        .target(
            name: "SlantBatch",
            dependencies: [
                "SlantCore", "SortedJSON", "CZlib",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "SlantReporters", dependencies: ["SlantCore", "SlantBatch", "SortedJSON"]),
        // The default lexicon packs, compiled into the binary so `slant` works from any directory.
        .target(name: "SlantDefaultLexicons", plugins: ["EmbedLexiconsPlugin"]),
        .executableTarget(name: "EmbedLexicons"),
        .plugin(
            name: "EmbedLexiconsPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedLexicons"]
        ),
        // `slant lsp`: a Language Server over standard input and output (JSON-RPC framing written here).
        .target(name: "SlantLanguageServer", dependencies: ["SlantCore", "SlantReporters", "SortedJSON"]),
        .target(
            name: "SlantCommands",
            dependencies: [
                "SlantCore", "SlantBatch", "SlantReporters", "SlantDefaultLexicons", "SlantLanguageServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // tcmalloc (gperftools) in place of glibc's malloc: an audit makes thousands of small
        // allocations per article, and this allocator made the whole audit 4% faster (BENCHMARKS.md).
        .executableTarget(name: "slant", dependencies: ["SlantCommands"], linkerSettings: fastAllocator),
        // `make bench`: throughput, load time and memory on a real corpus (see BENCHMARKS.md).
        .executableTarget(
            name: "slant-bench",
            dependencies: ["SlantCore", "SlantReporters", "SlantDefaultLexicons", "PCRE2"],
            // A top-level script timing work on many threads; strict isolation checks add nothing here.
            swiftSettings: [.swiftLanguageMode(.v5)],
            linkerSettings: fastAllocator
        ),
        // Fuzzing (docs/fuzzing.md): `scripts/fuzz` builds the fuzz-* targets with libFuzzer (seeds
        // in Fuzz/Corpus); a plain build makes each a tool that replays files through the same checks.
        .systemLibrary(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", "SlantCore", "SlantDefaultLexicons", "PCRE2"]),
        .executableTarget(name: "fuzz-audit", dependencies: ["FuzzSupport", "SlantCore", "SlantReporters", "PCRE2"]),
        .executableTarget(name: "fuzz-corpus", dependencies: ["FuzzSupport", "SlantCore", "SlantBatch"]),
        .executableTarget(name: "fuzz-prose", dependencies: ["FuzzSupport", "SlantCore", "PCRE2"]),
        .executableTarget(name: "fuzz-config", dependencies: ["FuzzSupport", "SlantCore", "PCRE2"]),
        // Shared by the test targets: the real articles and annotations committed under Data/.
        .target(name: "TestSupport", dependencies: ["SlantCore", "SlantDefaultLexicons"], path: "Tests/TestSupport"),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "SortedJSONTests", dependencies: ["SortedJSON"]),
        .testTarget(
            name: "SlantCoreTests",
            dependencies: ["SlantCore", "SlantDefaultLexicons", "TestSupport"]
        ),
        .testTarget(
            name: "SlantReportersTests",
            dependencies: ["SlantReporters", "SlantCore", "SlantDefaultLexicons", "TestSupport"]
        ),
        .testTarget(name: "SlantCommandsTests", dependencies: ["SlantCommands", "SlantBatch", "TestSupport"]),
        .testTarget(name: "SlantLanguageServerTests", dependencies: ["SlantLanguageServer", "SlantCore", "TestSupport"]),
        .testTarget(
            name: "SlantBatchTests",
            dependencies: ["SlantBatch", "SlantCore", "SlantReporters", "SlantDefaultLexicons", "TestSupport"]
        ),
        .testTarget(
            name: "SlantCheckTests",
            dependencies: ["SlantCommands", "SlantReporters", "SlantCore", "SlantDefaultLexicons", "TestSupport"],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)

/// Debian's libgoogle-perftools-dev (`scripts/ensure-deps` installs it); linked on Linux only,
/// where glibc's allocator is the slow one.
var fastAllocator: [LinkerSetting] { [.linkedLibrary("tcmalloc_minimal", .when(platforms: [.linux]))] }

// `slant serve`: the HTTP service on Hummingbird 2 (and so SwiftNIO), its limits and its error
// bodies. Left out when SLANT_WITHOUT_SERVICE is set: `scripts/sanitize` sets it, because the
// sanitizer runs test the engine's unsafe pointers and threads, and compiling SwiftNIO twice
// more (under ASan and TSan) would cost CI minutes for code they do not test.
if Context.environment["SLANT_WITHOUT_SERVICE"] == nil {
    // No default traits: swift-configuration and the full-Foundation extras are not used.
    package.dependencies.append(
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []))
    package.targets.append(contentsOf: [
        .target(
            name: "SlantService",
            dependencies: [
                "SlantCore", "SlantReporters", "SortedJSON",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "SlantServiceTests", dependencies: ["SlantService", "SlantReporters", "TestSupport"]),
    ])
    package.targets.first { $0.name == "SlantCommands" }!.dependencies.append("SlantService")
}
