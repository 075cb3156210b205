import FoundationEssentials
import Model

/// Durations in config files: `"90s"`, `"5m"`, `"1h"`, `"2d"`, or sums like
/// `"1h30m"`. The minimum is one second.
package enum DurationText {
    package static func parse(_ text: String) -> Duration? {
        var total: Int64 = 0
        var number: Int64? = nil
        var sawUnit = false
        for ch in text.trimmingWhitespace() {
            if let digit = ch.wholeNumberValue, ch.isASCII {
                let (m, o1) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (v, o2) = m.addingReportingOverflow(Int64(digit))
                guard !o1, !o2 else { return nil }
                number = v
                continue
            }
            guard let n = number else { return nil }
            let unit: Int64
            switch ch {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86_400
            default: return nil
            }
            let (v, o) = n.multipliedReportingOverflow(by: unit)
            guard !o else { return nil }
            total += v
            number = nil
            sawUnit = true
        }
        guard sawUnit, number == nil, total >= 1 else { return nil }
        return .seconds(total)
    }

    static func format(_ d: Duration) -> String {
        let s = d.components.seconds
        if s % 86_400 == 0 { return "\(s / 86_400)d" }
        if s % 3600 == 0 { return "\(s / 3600)h" }
        if s % 60 == 0 { return "\(s / 60)m" }
        return "\(s)s"
    }
}
