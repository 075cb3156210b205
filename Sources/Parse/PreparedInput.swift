import CLibXML2
import Model

/// The document bytes made fit for libxml2, in the one place that knows
/// about charsets: BOMs and UTF-16, junk before the first `<`, declared
/// encodings that lie, Windows-1252 bytes in "UTF-8" feeds, control
/// characters, bare `&` and `<`. Feeds that need none of it are not copied.
struct PreparedInput {
    /// A repaired copy, or nil to parse `original[start...]` as it is.
    var repaired: [UInt8]?
    /// Where the document starts in the original bytes (when not repaired).
    var start: Int
    /// True when the bytes are UTF-8 whatever the document declares, so
    /// libxml2 must ignore the declaration.
    var isUTF8: Bool
    /// The encoding libxml2 must read the bytes in when the document does
    /// not say (the HTTP charset); nil: the document's own declaration.
    var encoding: String? = nil

    /// Why the bytes cannot hold an XML document at all.
    enum Refusal: Error {
        case empty
        case noMarkup(looksLikeJSON: Bool)
    }

    /// `charset`: what the server's Content-Type said, used only for a
    /// document without BOM or encoding declaration whose bytes are not
    /// UTF-8 (feedparser and newsboat honour it too; servers that label
    /// UTF-8 wrongly are the common case, so valid UTF-8 always wins).
    static func prepare(_ p: UnsafePointer<UInt8>, count: Int, charset: String? = nil) throws(Refusal) -> PreparedInput {
        if count >= 4, p[0] == 0, p[1] == 0, (p[2] == 0xFE && p[3] == 0xFF) || (p[2] == 0 && p[3] == 0x3C) {
            return try fromUTF32(p, count: count, littleEndian: false)
        }
        if count >= 4, p[2] == 0, p[3] == 0, (p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0x3C && p[1] == 0) {
            return try fromUTF32(p, count: count, littleEndian: true)
        }
        if count >= 2, (p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF) {
            return try fromUTF16(p + 2, count: count - 2, littleEndian: p[0] == 0xFF)
        }
        if count >= 4, p[0] == 0x3C, p[1] == 0, p[2] != 0 || p[3] != 0 {
            return try fromUTF16(p, count: count, littleEndian: true)
        }
        if count >= 4, p[0] == 0, p[1] == 0x3C, p[2] == 0 {
            return try fromUTF16(p, count: count, littleEndian: false)
        }
        var forceUTF8 = false
        var start = 0
        if count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF {
            start = 3
            forceUTF8 = true
        }
        // Whatever comes before the first `<` (blank lines from a PHP
        // include, a stray BOM, "junk") only stops libxml2 from reading the
        // XML declaration.
        var first = start
        while first < count, p[first] != UInt8(ascii: "<") { first += 1 }
        if first == count {
            var k = start
            while k < count, p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0A || p[k] == 0x0D || p[k] == 0 { k += 1 }
            if k == count { throw .empty }
            throw .noMarkup(looksLikeJSON: p[k] == UInt8(ascii: "{") || p[k] == UInt8(ascii: "["))
        }
        start = first

        var declared = forceUTF8 ? nil : declaredEncoding(p, start, count)
        var fromHeader = false
        if !forceUTF8, declared == nil, let charset, EncodingFamily(charset) != .utf8, !ByteRepair.isValidUTF8(p, start, count) {
            declared = charset
            fromHeader = true
        }
        switch EncodingFamily(declared) {
        case .utf8:
            return utf8(p, start, count)
        case .latin:
            // A "Latin-1" feed whose high bytes are all valid UTF-8 is a
            // UTF-8 feed with a wrong label; otherwise read it as Windows-1252.
            if ByteRepair.isValidUTF8(p, start, count) { return utf8(p, start, count) }
            var out = [UInt8]()
            out.reserveCapacity(count - start + count / 16)
            for i in start..<count { Windows1252.appendUTF8(of: p[i], to: &out) }
            return owned(out)
        case .codePage(let page):
            var out = [UInt8]()
            out.reserveCapacity(2 * (count - start))
            page.appendUTF8(p, start, count, to: &out)
            return owned(out)
        case .other:
            // libxml2 converts it through iconv; only byte-level repairs
            // that are safe in any ASCII-compatible encoding apply.
            let fixed = ByteRepair.repair(p, start, count, validateUTF8: false)
            return PreparedInput(repaired: fixed, start: start, isUTF8: false, encoding: fromHeader ? declared : nil)
        }
    }

    private static func utf8(_ p: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> PreparedInput {
        let fixed = ByteRepair.repair(p, start, count, validateUTF8: true)
        return PreparedInput(repaired: fixed, start: start, isUTF8: true)
    }

    /// UTF-8 bytes we made ourselves, repaired where needed.
    private static func owned(_ bytes: [UInt8]) -> PreparedInput {
        let fixed = bytes.withUnsafeBufferPointer {
            ByteRepair.repair($0.baseAddress!, 0, $0.count, validateUTF8: true)
        }
        return PreparedInput(repaired: fixed ?? bytes, start: 0, isUTF8: true)
    }

    private static func fromUTF16(_ p: UnsafePointer<UInt8>, count: Int, littleEndian: Bool) throws(Refusal) -> PreparedInput {
        var units = [UInt16]()
        units.reserveCapacity(count / 2)
        var i = 0
        while i + 1 < count {
            units.append(littleEndian ? UInt16(p[i]) | UInt16(p[i + 1]) << 8 : UInt16(p[i]) << 8 | UInt16(p[i + 1]))
            i += 2
        }
        return try owned(utf8: Array(String(decoding: units, as: UTF16.self).utf8))
    }

    private static func fromUTF32(_ p: UnsafePointer<UInt8>, count: Int, littleEndian: Bool) throws(Refusal) -> PreparedInput {
        var units = [UInt32]()
        units.reserveCapacity(count / 4)
        var i = 0
        while i + 3 < count {
            let a = UInt32(p[i]), b = UInt32(p[i + 1]), c = UInt32(p[i + 2]), d = UInt32(p[i + 3])
            units.append(littleEndian ? a | b << 8 | c << 16 | d << 24 : a << 24 | b << 16 | c << 8 | d)
            i += 4
        }
        if units.first == 0xFEFF { units.removeFirst() }
        return try owned(utf8: Array(String(decoding: units, as: UTF32.self).utf8))
    }

    /// Text we transcoded to UTF-8 ourselves, from its first `<`.
    private static func owned(utf8 decoded: [UInt8]) throws(Refusal) -> PreparedInput {
        var bytes = decoded
        guard let first = bytes.firstIndex(of: UInt8(ascii: "<")) else {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
            throw .noMarkup(looksLikeJSON: false)
        }
        bytes.removeFirst(first)
        return owned(bytes)
    }

    /// The `encoding` pseudo-attribute of an XML declaration at `start`.
    private static func declaredEncoding(_ p: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> String? {
        let end = min(count, start + 512)
        guard end - start > 5, p[start + 1] == UInt8(ascii: "?"), p[start + 2] | 0x20 == UInt8(ascii: "x"),
              p[start + 3] | 0x20 == UInt8(ascii: "m"), p[start + 4] | 0x20 == UInt8(ascii: "l") else { return nil }
        var i = start + 5
        let key = Array("encoding".utf8)
        while i + key.count < end {
            if p[i] == UInt8(ascii: "?") && p[i + 1] == UInt8(ascii: ">") { return nil }
            var matches = true
            for k in 0..<key.count where p[i + k] | 0x20 != key[k] { matches = false; break }
            if matches {
                i += key.count
                while i < end, p[i] == 0x20 || p[i] == UInt8(ascii: "=") || p[i] == 0x09 { i += 1 }
                guard i < end, p[i] == UInt8(ascii: "\"") || p[i] == UInt8(ascii: "'") else { return nil }
                let quote = p[i]
                i += 1
                let valueStart = i
                while i < end, p[i] != quote, p[i] != UInt8(ascii: "?") { i += 1 }
                return String(decoding: UnsafeBufferPointer(start: p + valueStart, count: i - valueStart), as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    /// How to treat a declared encoding.
    private enum EncodingFamily: Equatable {
        case utf8, latin, other
        /// An IBM PC or classic Mac OS code page, read through its table.
        case codePage(LegacyCodePage)

        init(_ declared: String?) {
            guard let name = declared?.trimmingWhitespace().lowercased(), !name.isEmpty else { self = .utf8; return }
            switch name {
            case "utf-8", "utf8", "unicode-1-1-utf-8":
                self = .utf8
            case "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be", "ucs-2", "ucs-4",
                 "iso-10646-ucs-2", "iso-10646-ucs-4", "unicode":
                // Without a BOM or NUL bytes the document is not really in a
                // 16/32-bit encoding (we checked before getting here).
                self = .utf8
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                 "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100":
                self = .latin
            default:
                if let page = LegacyCodePage(declared: name) { self = .codePage(page); return }
                // An encoding iconv does not know ("bogus", "invalid") would
                // make libxml2 give up; UTF-8 with Windows-1252 repair is what
                // feedparser falls back to as well.
                guard let handler = xmlFindCharEncodingHandler(name) else { self = .utf8; return }
                xmlCharEncCloseFunc(handler)
                self = .other
            }
        }
    }
}
