import Testing
@testable import Detect

@Suite struct WordTableTests {
    @Test func wordsGetIdsInOrderAndKeepThemAsTheTableGrows() {
        var table = WordTable()
        let words = (0..<3000).map { "w\($0)" } + ["u.s.", "’", "tariff", ""]
        let ids = words.map { table.insert($0) }
        #expect(ids == (0..<Int32(words.count)).map { $0 })
        #expect(table.count == words.count)
        #expect(words.allSatisfy { table.id(of: $0) == ids[words.firstIndex(of: $0)!] })
        #expect(table.words == words)
    }

    @Test func aWordAddedTwiceKeepsItsFirstId() {
        var table = WordTable()
        #expect(table.insert("curbs") == 0)
        #expect(table.insert("rare") == 1)
        #expect(table.insert("curbs") == 0)
        #expect(table.count == 2)
    }

    @Test func anUnknownWordOrAPrefixOfAKnownOneHasNoId() {
        let table = WordTable(["export", "controls"])
        #expect(table.id(of: "exports") == nil)
        #expect(table.id(of: "expor") == nil)
        #expect(table.id(of: "") == nil)
        #expect(table.id(of: "controls") == 1)
    }

    @Test func theTokenizerLooksWordsUpFromItsByteBuffer() {
        let table = WordTable(["u.s.", "tariffs", "'s"])
        var tokens: [Token] = []
        _ = Tokenizer.tokenize("US tariffs, China's", firstSentence: 0, vocabulary: table, into: &tokens)
        #expect(tokens.map(\.id) == [0, 1, -1, -1, 2])
    }
}
