import Testing
@testable import Detect
import Model

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize(text, firstSentence: 0, vocabulary: WordTable(), into: &tokens)
        return tokens.map(\.text)
    }

    @Test func unitedStatesSpellingsNormaliseButThePronounDoesNot() {
        #expect(words("U.S. and US and USA let us") == ["u.s.", "and", "u.s.", "and", "u.s.", "let", "us"])
    }

    @Test func possessivesHyphensAndRatesSplit() {
        #expect(words("Beijing's rare-earth curbs: 24.5% tariff") == ["beijing", "'s", "rare", "earth", "curbs", ":", "24.5", "%", "tariff"])
        #expect(words("China’s exports") == ["china", "'s", "exports"])
    }

    @Test func anEllipsisBeforeASpaceEndsASentenceAsThreeDotsDo() {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize("Avoid Breakdown\u{2026} China Suspends Controls; wait\u{2026}no", firstSentence: 0, vocabulary: WordTable(),
                               into: &tokens)
        #expect(tokens.map(\.text) == ["avoid", "breakdown", ".", "china", "suspends", "controls", ";", "wait", "no"])
        #expect(tokens.map(\.sentence) == [0, 0, 0, 1, 1, 1, 1, 1, 1])
        // In a headline: the move after it is read on its own.
        expectEachReads([("US and China Avoid Trade Breakdown\u{2026} China Suspends Export Controls on 45 US Firms",
                          .nonTariffCountermeasures, .china, .easing)])
    }

    @Test func aWordJoinedByAHyphenIsMarkedAsTheFirstHalfOfACompound() {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize("end-use checks - and a cut", firstSentence: 0, vocabulary: WordTable(), into: &tokens)
        #expect(tokens.map(\.text) == ["end", "use", "checks", ",", "and", "a", "cut"])
        #expect(tokens.map(\.hyphenAfter) == [true, false, false, false, false, false, false])
    }

    @Test func aHyphenBeforeButOrYetIsADashNotACompound() {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize("Pauses Controls-But Curbs Stay; tit-for-tat; trade-butter", firstSentence: 0, vocabulary: WordTable(), into: &tokens)
        #expect(tokens.map(\.text) == ["pauses", "controls", ",", "but", "curbs", "stay", ";", "tit", "for", "tat", ";", "trade", "butter"])
        #expect(tokens[1].hyphenAfter == false)
        #expect(tokens[11].hyphenAfter == true)
    }

    @Test func sentencesSplitButNotAfterAbbreviations() {
        var tokens: [Token] = []
        let count = Tokenizer.tokenize("The U.S. lifted curbs on Nov. 10. China agreed.", firstSentence: 0, vocabulary: WordTable(), into: &tokens)
        #expect(count == 2)
        #expect(tokens.first { $0.text == "china" }?.sentence == 1)
        #expect(tokens.first { $0.text == "10" }?.sentence == 0)
    }

    @Test func everyInputTerminatesAndConsumesItsBytes() {
        // Truncated and unusual UTF-8 ("€", a lone E2, dashes at the end) must neither hang nor drop words.
        #expect(words("cost €5") == ["cost", "€5"])
        #expect(words("curbs — eased —") == ["curbs", ",", "eased", ","])
        var tokens: [Token] = []
        _ = Tokenizer.tokenize(String(decoding: [0x61, 0xE2, 0x80], as: UTF8.self), firstSentence: 0, vocabulary: WordTable(), into: &tokens)
        #expect(tokens.count <= 3)
    }

    @Test func arbitraryBytesTerminate() {
        // Every byte, alone and after each lead byte of a multi-byte sequence, at the end of the input.
        for lead: UInt8 in [0x20, 0x61, 0xC3, 0xE2, 0xF0] {
            for b in 0...255 {
                var tokens: [Token] = []
                let text = String(decoding: [0x61, lead, UInt8(b)], as: UTF8.self)
                _ = Tokenizer.tokenize(text, firstSentence: 0, vocabulary: WordTable(), into: &tokens)
                #expect(tokens.count <= text.utf8.count)
            }
        }
    }

    @Test func aShortAsideIsReadPastALongerOneOrAFigureIsKept() {
        #expect(words("Duty Rates (List 3) Raised") == ["duty", "rates", "raised"])
        #expect(words("tariffs (25%) raised") == ["tariffs", "(", "25", "%", ")", "raised"])
        #expect(words("order (China Buys Iran Oil)") == ["order", "(", "china", "buys", "iran", "oil", ")"])
    }
}
