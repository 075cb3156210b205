import Testing
@testable import Detect

@Suite struct WordSetTests {
    @Test func aListedWordIsInTheSetAndAnyOtherIsNot() {
        let gives: WordSet = ["give", "gives", "gave", "given", "giving"]
        #expect(gives.contains("gave"))
        #expect(!gives.contains("giver"))
        #expect(!gives.contains("giv"))
        #expect(!gives.contains("Gave"))
        #expect(!gives.contains(""))
    }

    @Test func iteratingGoesThroughTheWordsOnceInTheOrderFirstListed() {
        let set: WordSet = ["make it ", "delay", "make it ", "halt"]
        #expect(Array(set) == ["make it ", "delay", "halt"])
        #expect(set.first { "make it harder".hasPrefix($0) } == "make it ")
    }

    @Test func aUnionHasTheWordsOfBothListsAndLeavesTheNarrowerOneAlone() {
        let firms: WordSet = ["firms", "companies"]
        let targets = firms.union(["units", "firms"])
        #expect(Array(targets) == ["firms", "companies", "units"])
        #expect(targets.contains("units"))
        #expect(!firms.contains("units"))
        let wider = firms.union(WordSet(["entities"]))
        #expect(wider.contains("entities") && wider.contains("companies"))
    }

    @Test func aLongListStillFindsEveryWord() {
        let words = (0..<2000).map { "w\($0)" }
        let set = WordSet(words)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("w2000"))
    }
}
