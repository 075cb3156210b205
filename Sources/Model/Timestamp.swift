#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// RFC 3339 timestamps in UTC ("2026-11-24T10:15:02Z"), the only date form
/// tradewatch writes.
package enum Timestamp {
    package static func rfc3339(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { String(value).zeroPadded(to: 2) }
        return "\(String(Int(parts.tm_year) + 1900).zeroPadded(to: 4))-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
            + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Parses exactly the form `rfc3339(_:)` writes (and offsets / fractions),
    /// for reading tradewatch's own records back. Feed dates go through the
    /// tolerant parser in Parse.
    package static func parseRFC3339(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func num(_ at: Int, _ len: Int) -> Int? {
            guard at + len <= bytes.count else { return nil }
            var v = 0
            for b in bytes[at..<at + len] {
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard bytes.count >= 19, let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2),
              let h = num(11, 2), let mi = num(14, 2), let s = num(17, 2) else { return nil }
        var i = 19
        var fraction = 0.0
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                fraction += Double(bytes[i] - 48) * scale
                scale /= 10
                i += 1
            }
        }
        var offset = 0
        if i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"): offset = 0
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard let oh = num(i + 1, 2), let om = num(i + 4, 2) else { return nil }
                offset = (oh * 3600 + om * 60) * (bytes[i] == UInt8(ascii: "-") ? -1 : 1)
            default: return nil
            }
        }
        var parts = tm()
        parts.tm_year = Int32(y - 1900)
        parts.tm_mon = Int32(mo - 1)
        parts.tm_mday = Int32(d)
        parts.tm_hour = Int32(h)
        parts.tm_min = Int32(mi)
        parts.tm_sec = Int32(s)
        let epoch = timegm(&parts)
        return Date(timeIntervalSince1970: Double(epoch - offset) + fraction)
    }
}
