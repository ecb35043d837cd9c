/// The members of the fast path by their literal prefixes (`LiteralPrefixes`), walked on the
/// text's bytes: from each word start, `appendCandidates(in:into:)` follows the text through the
/// trie and answers the members whose prefix it passed, without case, and the members without a
/// literal prefix whose first bytes (PCRE2's start-of-match analysis) include the word's. Flat
/// tables, so that a walk is a few array reads per byte and allocates nothing.
///
/// Case: ASCII letters match either case. The Kelvin sign (U+212A) and the long s (U+017F) are
/// the only characters outside ASCII that PCRE2 matches to an ASCII pattern character (`k` and
/// `s` without case); the walk reads them as those letters. Any other character outside ASCII
/// is read as `LiteralPrefixes.anyNonASCII`, which stands for all of them in a prefix.
struct CaselessPrefixTrie: Sendable {
    /// Byte to symbol of the trie's alphabet, the bytes its prefixes use (upper case shares its
    /// lower case's); 0 when no prefix continues with the byte.
    private let symbolOfByte: [Int]
    /// Symbols and the 0 column, which has no children.
    private let stride: Int
    /// `node * stride + symbol`: the child's row (`child * stride`) times two, plus one when
    /// members end at it; 0 for no child (the root is nobody's child). Rows, not node numbers:
    /// the walk then needs no multiplication between one load and the next.
    private let transitions: [Int32]
    /// `members[memberStarts[node]..<memberStarts[node + 1]]`: the members whose prefix ends at
    /// this node or at one above it (empty when none ends here), so the deepest such node on a
    /// walk tells them all, each once.
    private let memberStarts: [Int]
    let members: [Int32]
    /// `unprefixed[unprefixedStarts[byte]..<unprefixedStarts[byte + 1]]`: the members without a
    /// literal prefix that may start with the byte, candidates at every word start with it.
    private let unprefixedStarts: [Int]
    let unprefixed: [Int]

    /// Each prefix lower-cased ASCII (or `LiteralPrefixes.anyNonASCII`), not empty.
    init(prefixes: [(prefix: [UInt8], member: Int)], unprefixed: [(startBytes: Set<UInt8>, member: Int)]) {
        var unprefixedStarts = [0]
        var unprefixedMembers: [Int] = []
        for byte in UInt8.min...UInt8.max {
            unprefixedMembers += unprefixed.filter { $0.startBytes.contains(byte) }.map(\.member)
            unprefixedStarts.append(unprefixedMembers.count)
        }
        self.unprefixedStarts = unprefixedStarts
        self.unprefixed = unprefixedMembers
        var symbolOfByte = [Int](repeating: 0, count: 256)
        var symbolCount = 0
        for byte in Set(prefixes.flatMap(\.prefix)).sorted() {
            symbolCount += 1
            symbolOfByte[Int(byte)] = symbolCount
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { symbolOfByte[Int(byte) - 32] = symbolCount }
        }
        // Nodes as dictionaries first, then flattened.
        var childrenOfNode: [[Int: Int]] = [[:]]
        var endingAt: [Set<Int>] = [[]]
        for (prefix, member) in prefixes {
            var node = 0
            for byte in prefix {
                let symbol = symbolOfByte[Int(byte)]
                if let child = childrenOfNode[node][symbol] {
                    node = child
                } else {
                    childrenOfNode.append([:])
                    endingAt.append([])
                    childrenOfNode[node][symbol] = childrenOfNode.count - 1
                    node = childrenOfNode.count - 1
                }
            }
            endingAt[node].insert(member)
        }
        let stride = symbolCount + 1
        var transitions = [Int32](repeating: 0, count: childrenOfNode.count * stride)
        var memberStarts = [0]
        var members: [Int32] = []
        // Parents come before their children: the members above a node are known when it is reached.
        var above = [Set<Int>](repeating: [], count: childrenOfNode.count)
        for node in childrenOfNode.indices {
            for (symbol, child) in childrenOfNode[node] {
                transitions[node * stride + symbol] = Int32(child * stride * 2 + (endingAt[child].isEmpty ? 0 : 1))
                above[child] = above[node].union(endingAt[node])
            }
            if !endingAt[node].isEmpty { members += above[node].union(endingAt[node]).sorted().map { Int32($0) } }
            memberStarts.append(members.count)
        }
        self.symbolOfByte = symbolOfByte
        self.stride = stride
        self.transitions = transitions
        self.memberStarts = memberStarts
        self.members = members
    }

    var nodeCount: Int { memberStarts.count - 1 }

    /// Appends each member whose prefix the text at a word start begins with, and the word
    /// start, in text order. A word start is any byte after one that is not an ASCII letter,
    /// digit or `_`, and any character outside ASCII: a member checks its own `\b` (PCRE2's,
    /// which knows letters outside ASCII), so the positions only need to be a superset.
    func appendCandidates(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [(member: Int, offset: Int)]) {
        symbolOfByte.withUnsafeBufferPointer { symbolOfByte in
            transitions.withUnsafeBufferPointer { transitions in
                memberStarts.withUnsafeBufferPointer { memberStarts in
                    let hasUnprefixed = !unprefixed.isEmpty
                    // Every offset the loop stops at is a word start.
                    var offset = 0
                    while offset < text.count {
                        let byte = text[offset]
                        // Prefixes and the first bytes of unprefixed members are word bytes or
                        // characters outside ASCII (`PrefilteredPatternScanner` takes no other
                        // member), so an ASCII space or mark starts nothing.
                        if byte < 0x80 && !PrefilteredPatternScanner.isASCIIWordByte(byte) {
                            offset += 1
                            continue
                        }
                        let found = Self.walk(
                            from: offset, in: text, symbolOfByte: symbolOfByte, stride: stride, transitions: transitions,
                            memberStarts: memberStarts)
                        for index in found { candidates.append((Int(members[index]), offset)) }
                        if hasUnprefixed {
                            for index in unprefixedStarts[Int(byte)]..<unprefixedStarts[Int(byte) + 1] {
                                candidates.append((unprefixed[index], offset))
                            }
                        }
                        offset += 1
                        guard PrefilteredPatternScanner.isASCIIWordByte(byte) else { continue }
                        // The rest of the word, and the ASCII byte after it, start nothing.
                        offset = ASCIIWordRun.end(from: offset, in: text)
                        if offset < text.count, text[offset] < 0xC0 { offset += 1 }
                    }
                }
            }
        }
    }

    /// The members whose prefix the text at `offset` starts with, as a range of `members`.
    @inline(__always)
    private static func walk(
        from offset: Int, in text: UnsafeBufferPointer<UInt8>, symbolOfByte: UnsafeBufferPointer<Int>, stride: Int,
        transitions: UnsafeBufferPointer<Int32>, memberStarts: UnsafeBufferPointer<Int>
    ) -> Range<Int> {
        var row = 0
        // The row of the deepest node passed where members end.
        var membersRow = -1
        var index = offset
        while index < text.count {
            var byte = text[index]
            var width = 1
            if byte >= 0x80 {
                if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x84, text[index + 2] == 0xAA {
                    byte = UInt8(ascii: "k")
                    width = 3
                } else if byte == 0xC5, index + 1 < text.count, text[index + 1] == 0xBF {
                    byte = UInt8(ascii: "s")
                    width = 2
                } else if byte >= 0xC0 {
                    width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    byte = LiteralPrefixes.anyNonASCII
                } else {
                    break
                }
            }
            let entry = Int(transitions[row &+ symbolOfByte[Int(byte)]])
            guard entry != 0 else { break }
            row = entry &>> 1
            index &+= width
            if entry & 1 != 0 { membersRow = row }
        }
        guard membersRow >= 0 else { return 0..<0 }
        let node = membersRow / stride
        return memberStarts[node]..<memberStarts[node &+ 1]
    }
}
