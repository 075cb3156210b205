import Model

/// An alert in a few words, from its fixed vocabulary only (never feed
/// text, so it is safe in a mail header): "China eases rare-earth-exports (action)".
enum AlertHeadline {
    static func of(_ alert: AlertFields) -> String {
        let verb = alert.direction == Direction.easing.rawValue ? "eases" : "tightens"
        return "\(safe(alert.actor)) \(verb) \(safe(alert.topic)) (\(safe(alert.modality)))"
    }

    /// Letters, digits and '-' only: what the vocabulary uses.
    private static func safe(_ word: String) -> String {
        String(word.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
            .prefix(40).map(Character.init))
    }
}
