import Model

// What is scheduled to happen is a date on the calendar, not a move: "The
// Tariff Truce Expires in October", "China 301 Exclusions set to Expire on
// December 31st" (../shared/eval/README.md labels both neutral). A lapse
// that happened ("the exemptions expired on Friday") or one a government
// lets happen ("allowed the registrations to expire in March") still moves.
// A headline that says a truce holds reports that nothing moved: what the
// lede recounts of the truce is how it came about.
extension ItemScan {
    static let schedulers: WordSet = ["set", "due", "scheduled", "slated", "will"]
    static let holdingVerbs: WordSet = ["holds", "hold", "holding", "held", "endures", "survives", "remains", "stays"]
    static let truceNouns: WordSet = ["truce", "pause", "ceasefire", "détente", "detente"]

    /// "expires in October", "set to expire on December 31": a lapse verb in
    /// the present or after a word of schedule, followed by a date.
    func scheduledLapse(at v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> Bool {
        guard verb.value.lemma == "expire" else { return false }
        let word = tokens[v].text
        let scheduled = word == "expires"
            || word == "expire" && v - 1 >= range.lowerBound
                && (Self.schedulers.contains(tokens[v - 1].text)
                    || tokens[v - 1].text == "to" && v - 2 >= range.lowerBound && Self.schedulers.contains(tokens[v - 2].text))
        let at = v + verb.length
        guard scheduled, at + 1 < range.upperBound, ["in", "on", "at", "by"].contains(tokens[at].text) else { return false }
        let when = tokens[at + 1].text
        return tokens[at + 1].isNumber || Self.months.contains(when) || ["mid", "early", "late", "the", "next"].contains(when)
    }

    /// "US, China tariff truce holds for now", "China Tariff Truce Holding Strong": the headline says the truce stands.
    var truceHoldsHeadline: Bool {
        guard titleTokenCount > 1 else { return false }
        return (1..<titleTokenCount).contains { i in
            Self.holdingVerbs.contains(tokens[i].text)
                && ((max(0, i - 2))..<i).contains { Self.truceNouns.contains(tokens[$0].text) }
                && !(i + 1 < titleTokenCount && ["talks", "meeting", "meetings", "consultations"].contains(tokens[i + 1].text))
        }
    }

    /// "China has been charging us massive tariffs for many years": a perfect verb with a span of years
    /// tells a standing state, not a move.
    func standingForYears(at v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> Bool {
        let perfect = (max(range.lowerBound, v - 3)..<v).contains { ["has", "have", "had"].contains(tokens[$0].text) }
        guard perfect else { return false }
        return ((v + verb.length)..<range.upperBound).contains { k in
            // "has lifted a ban that stood for decades": the span must belong to this verb.
            guard tokens[k].text == "for", k + 1 < range.upperBound,
                  !((v + verb.length)..<k).contains(where: { ["that", "which", "who"].contains(tokens[$0].text) || ann.verb[$0] != nil || tokens[$0].isBoundary })
            else { return false }
            var j = k + 1
            while j < min(k + 4, range.upperBound), ["many", "several", "a", "few", "some", "the", "past", "last"].contains(tokens[j].text)
                    || tokens[j].isNumber || Self.amountWords.contains(tokens[j].text) { j += 1 }
            return j < range.upperBound && Self.longSpans.contains(tokens[j].text)
        }
    }
}

extension ItemScan {
    static let longSpans: WordSet = ["years", "decades"]
}
