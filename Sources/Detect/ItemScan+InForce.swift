import Model

// A measure, a relief or a deal coming into force: "take effect", "kick in", "come into force".
extension ItemScan {
    /// "China tariffs on $60B of US goods take effect": a measure in force tightens; a relief, a
    /// respite or a deal in force ("tariff cuts take effect", "exclusions take effect", "truce takes
    /// effect") eases. What takes effect is the subject before the verb.
    func takingEffect(before v: Int, clause: Int) -> Direction? {
        let subject = clause..<v
        // "As Tokyo's export controls came into force": a third country's measure.
        if subject.contains(where: { ann.other[$0] }) { return nil }
        if subject.contains(where: { Self.easingChangeWords.contains(tokens[$0].text)
            || ann.verb[$0].map { [.reducer, .easing].contains($0.value.verbClass) } ?? false
            || ann.objects[$0].contains(.respite) || ann.objects[$0].contains(.deal) }) { return .easing }
        return subject.contains(where: { ann.objects[$0].contains(.measure) || ann.topic[$0] != nil }) ? .tightening : nil
    }
}
