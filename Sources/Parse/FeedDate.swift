import FoundationEssentials

/// Feed dates to UTC, written by hand over bytes because feeds break every
/// rule: RFC 822/1123 and RFC 3339/ISO 8601, plus missing seconds, named
/// zones (EST, PDT, CEST, IST...), two-digit years, "1st", "Sept", wrong or
/// missing day names and trailing junk. A date without a zone is UTC.
public enum FeedDate {
    /// The instant the text names, or nil if it does not name one.
    public static func parse(_ text: String) -> Date? {
        var bytes = Array(text.utf8)
        if bytes.count > 200 { bytes.removeLast(bytes.count - 200) }
        var start = 0
        while start < bytes.count, TextBytes.isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else { return nil }
        if let date = iso8601(bytes, start) { return date }
        return rfc822(bytes, start)
    }

    // MARK: ISO 8601 / RFC 3339

    private static func iso8601(_ b: [UInt8], _ start: Int) -> Date? {
        var i = start
        guard let year = digits(b, &i, exactly: 4) else { return nil }
        var month = 1, day = 1, hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        let basic = i < b.count && isDigit(b[i])  // 20250610T...
        if basic {
            guard let mo = digits(b, &i, exactly: 2), let d = digits(b, &i, exactly: 2) else { return nil }
            month = mo
            day = d
        } else if i < b.count, b[i] == UInt8(ascii: "-") {
            i += 1
            guard let mo = digits(b, &i, exactly: 2) else { return nil }
            month = mo
            if i < b.count, b[i] == UInt8(ascii: "-") {
                i += 1
                guard let d = digits(b, &i, atMost: 2) else { return nil }
                day = d
            }
        } else if i < b.count {
            return nil
        }
        if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == 0x20,
           i + 1 < b.count, isDigit(b[i + 1]) {
            i += 1
            // Colons make the fields' widths optional ("12:35:9+01:00").
            guard let h = digits(b, &i, exactly: 2) else { return nil }
            hour = h
            let colons = i < b.count && b[i] == UInt8(ascii: ":")
            if colons { i += 1 }
            guard let mi = colons ? digits(b, &i, atMost: 2) : digits(b, &i, exactly: 2) else { return nil }
            minute = mi
            if i < b.count, b[i] == UInt8(ascii: ":") {
                i += 1
                if let s = digits(b, &i, atMost: 2) { second = s }
            } else if let s = digits(b, &i, exactly: 2) {
                second = s
            }
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                i += 1
                var scale = 0.1
                while i < b.count, isDigit(b[i]) {
                    fraction += Double(b[i] - 48) * scale
                    scale /= 10
                    i += 1
                }
            }
            while i < b.count, b[i] == 0x20 { i += 1 }
            if i < b.count {
                if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                    i += 1
                } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                    guard let o = numericOffset(b, &i) else { return nil }
                    offset = o
                } else if isLetter(b[i]) {
                    var j = i
                    while j < b.count, isLetter(b[j]) { j += 1 }
                    guard let o = zoneOffset(b[i..<j]) else { return nil }
                    offset = o
                    i = j
                }
            }
        }
        // Anything after a complete date is junk we can ignore; a letter
        // straight after the digits means this was not ISO after all.
        if i < b.count, isLetter(b[i]) { return nil }
        return make(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                    offset: offset, fraction: fraction)
    }

    // MARK: RFC 822 and everything people write instead

    private static func rfc822(_ b: [UInt8], _ start: Int) -> Date? {
        var year: Int?, month: Int?, day: Int?
        var hour = 0, minute = 0, second = 0
        var timeSeen = false
        var offset: Int?
        var pm: Bool?
        var i = start
        while i < b.count {
            let c = b[i]
            if isDigit(c) {
                let s = i
                var n = 0
                while i < b.count, isDigit(b[i]), i - s < 9 { n = n * 10 + Int(b[i] - 48); i += 1 }
                let length = i - s
                if i < b.count, b[i] == UInt8(ascii: ":"), !timeSeen, length <= 2 {
                    i += 1
                    guard let mi = digits(b, &i, atMost: 2) else { return nil }
                    hour = n
                    minute = mi
                    if i < b.count, b[i] == UInt8(ascii: ":") {
                        i += 1
                        if let sec = digits(b, &i, atMost: 2) { second = sec }
                        if i < b.count, b[i] == UInt8(ascii: ".") {
                            i += 1
                            while i < b.count, isDigit(b[i]) { i += 1 }
                        }
                    }
                    timeSeen = true
                    continue
                }
                if length == 4 || n > 31 {
                    if year == nil { year = n }
                } else if year != nil && month == nil && day == nil {
                    month = n
                } else if day == nil {
                    day = n
                } else if month == nil && n <= 12 {
                    month = n
                } else if year == nil {
                    year = n
                }
                // "1st", "22nd": the suffix is not a word to look up.
                while i < b.count, isLetter(b[i]) { i += 1 }
                continue
            }
            if isLetter(c) {
                let s = i
                while i < b.count, isLetter(b[i]) { i += 1 }
                let word = b[s..<i]
                if month == nil, let m = monthNumber(word) {
                    month = m
                } else if let p = meridiem(word) {
                    pm = p
                } else if offset == nil, timeSeen || year != nil, let o = zoneOffset(word) {
                    offset = o
                    // "GMT+0200", "UTC-5"
                    if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                        var j = i
                        if let extra = numericOffset(b, &j) { offset = o + extra; i = j }
                    }
                }
                continue
            }
            if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) && timeSeen && offset == nil
                && i + 1 < b.count && isDigit(b[i + 1]) {
                var j = i
                if let o = numericOffset(b, &j) { offset = o; i = j; continue }
            }
            i += 1
        }
        guard var y = year, let mo = month, let d = day else { return nil }
        if y < 50 { y += 2000 } else if y < 100 { y += 1900 } else if y < 1000 { y += 1900 }
        if let pm {
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
        }
        return make(year: y, month: mo, day: d, hour: hour, minute: minute, second: second,
                    offset: offset ?? 0, fraction: 0)
    }

    // MARK: Pieces

    private static func make(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                             offset: Int, fraction: Double) -> Date? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// `+hh`, `+hhmm`, `+hh:mm` at `i` (which points at the sign), in seconds east of UTC.
    private static func numericOffset(_ b: [UInt8], _ i: inout Int) -> Int? {
        let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
        var j = i + 1
        let s = j
        while j < b.count, isDigit(b[j]), j - s < 4 { j += 1 }
        let count = j - s
        var hours = 0, minutes = 0
        func num(_ from: Int, _ to: Int) -> Int { b[from..<to].reduce(0) { $0 * 10 + Int($1 - 48) } }
        switch count {
        case 1, 2:
            hours = num(s, j)
            if j + 2 < b.count + 0, b[j] == UInt8(ascii: ":"), j + 2 < b.count, isDigit(b[j + 1]), isDigit(b[j + 2]) {
                minutes = num(j + 1, j + 3)
                j += 3
            }
        case 3:
            hours = num(s, s + 1)
            minutes = num(s + 1, j)
        case 4:
            hours = num(s, s + 2)
            minutes = num(s + 2, j)
        default:
            return nil
        }
        guard hours <= 14, minutes < 60 else { return nil }
        i = j
        return sign * (hours * 3600 + minutes * 60)
    }

    private static func zoneOffset(_ word: ArraySlice<UInt8>) -> Int? {
        guard word.count <= 5 else { return nil }
        let key = zoneKey(word.lazy.map { $0 | 0x20 })
        for (k, hours) in zoneKeys where k == key { return Int(hours * 3600) }
        return nil
    }

    /// Up to five bytes packed into an integer: a zone name looked up
    /// without building a string or hashing one (every item has a date).
    private static func zoneKey(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let zoneKeys: [(UInt64, Double)] = zones.map { (zoneKey($0.key.utf8), $0.value) }

    /// Named zones in hours east of UTC. The single military letters follow
    /// feedparser (RFC 822's signs, which are backwards but what feeds meant).
    private static let zones: [String: Double] = [
        "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "et": -5, "ct": -6, "mt": -7, "pt": -8, "ast": -4, "adt": -3, "at": -4,
        "akst": -9, "akdt": -8, "hst": -10, "nst": -3.5, "ndt": -2.5,
        "bst": 1, "ist": 5.5, "cet": 1, "cest": 2, "met": 1, "mest": 2, "mez": 1, "mesz": 2,
        "eet": 2, "eest": 3, "west": 1, "msk": 3, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8,
        "aest": 10, "aedt": 11, "acst": 9.5, "acdt": 10.5, "awst": 8, "nzst": 12, "nzdt": 13,
        "a": -1, "n": 1, "m": -12, "y": 12,
    ]

    private static func monthNumber(_ word: ArraySlice<UInt8>) -> Int? {
        guard word.count >= 3 else { return nil }
        let w = word.startIndex
        let key = UInt32(word[w] | 0x20) << 16 | UInt32(word[w + 1] | 0x20) << 8 | UInt32(word[w + 2] | 0x20)
        guard let index = monthKeys.firstIndex(of: key) else { return nil }
        return index + 1
    }

    private static let monthKeys: [UInt32] = ["jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"].map { name in
        let u = Array(name.utf8)
        return UInt32(u[0]) << 16 | UInt32(u[1]) << 8 | UInt32(u[2])
    }

    private static func meridiem(_ word: ArraySlice<UInt8>) -> Bool? {
        guard word.count == 2, word.last! | 0x20 == UInt8(ascii: "m") else { return nil }
        switch word.first! | 0x20 {
        case UInt8(ascii: "a"): return false
        case UInt8(ascii: "p"): return true
        default: return nil
        }
    }

    private static func digits(_ b: [UInt8], _ i: inout Int, exactly n: Int) -> Int? {
        guard i + n <= b.count else { return nil }
        var v = 0
        for k in i..<i + n {
            guard isDigit(b[k]) else { return nil }
            v = v * 10 + Int(b[k] - 48)
        }
        i += n
        return v
    }

    private static func digits(_ b: [UInt8], _ i: inout Int, atMost n: Int) -> Int? {
        var v = 0
        let s = i
        while i < b.count, i - s < n, isDigit(b[i]) { v = v * 10 + Int(b[i] - 48); i += 1 }
        return i > s ? v : nil
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
