/// What `--near-duplicates` keeps of an article beside its counts: its id (to name it as a
/// copy or an original), its publication day (to tell which came first) and its signature.
public struct NearDuplicateTraits: Sendable {
    public let id: String
    public let day: Int32
    public let signature: NearDuplicateSignature?

    public init(id: String, day: Int32, signature: NearDuplicateSignature?) {
        self.id = id
        self.day = day
        self.signature = signature
    }

    init(id: String, date: String?, text: [UInt8]) {
        self.init(id: id, day: PublicationDay.day(of: date), signature: NearDuplicateSignature(text: text))
    }
}
