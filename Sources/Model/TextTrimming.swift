extension StringProtocol {
    /// Without leading and trailing whitespace (spaces, tabs, newlines and
    /// the other Unicode white space): Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without linking
    /// full Foundation.
    package func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
