/// Counts the sentences that name an actor or a place of one of the conflict's parties (the
/// side pack's sides that are not third parties): the numerator of an article's topic
/// relevance (`slant compare --min-relevance`). Third parties are left out because they are in
/// every kind of news (a US senator, the United Nations), so they would make an article about
/// an American election look on topic. A sentence counts once however many names it holds, so
/// a list of names does not outweigh paragraphs about something else.
enum TopicSentences {
    /// `mentions` in any order; sentences are in text order and do not overlap.
    static func count(in document: Document, mentions: [ActorMention], partySideIDs: Set<String>) -> Int {
        var named = Set<Int>()
        for mention in mentions where partySideIDs.contains(mention.sideID) {
            if let sentence = document.sentence(containing: mention.start) { named.insert(sentence.index) }
        }
        return named.count
    }
}
