/// Which side pack an audit used, and why: given with `--sides`, or chosen from the article's
/// actors (see `SidePackChooser`).
public struct SidePackChoice: Sendable, Codable, Hashable {
    public let pack: String
    public let reason: String

    public init(pack: String, reason: String) {
        self.pack = pack
        self.reason = reason
    }
}
