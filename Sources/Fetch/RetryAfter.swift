import CCurl
import FoundationEssentials
import Model

/// The `Retry-After` response header (RFC 9110 §10.2.3): either a number of
/// seconds or an HTTP-date.
package enum RetryAfter {
    /// The wait the header asks for, measured from `now`; nil when the value
    /// is neither form. A date in the past means "now" (zero).
    package static func parse(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if trimmed.allSatisfy(\.isASCIIDigit) {
            // Absurd values are clamped rather than refused: the server did ask us to wait.
            guard let seconds = Int64(trimmed) else { return .seconds(Int64(Int32.max)) }
            return .seconds(seconds)
        }
        // curl_getdate reads all three HTTP-date forms (IMF-fixdate, RFC 850,
        // asctime) and returns -1 for anything else.
        let epoch = curl_getdate(trimmed, nil)
        guard epoch >= 0 else { return nil }
        let wait = Double(epoch) - now.timeIntervalSince1970
        return wait > 0 ? .milliseconds(Int64((wait * 1000).rounded())) : .zero
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
