import CLibXML2

/// The HTML 4 named character entities (the 253 of libxml2's HTML parser,
/// `apos` among them), so `&nbsp;` and friends decode whether they reach us
/// as undeclared entity references in XML or inside HTML text.
enum HTMLEntities {
    /// The code point for an entity name (case-sensitive, without `&` and `;`).
    static func scalar(named name: String) -> Unicode.Scalar? {
        name.withCString { scalar(named: UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// The code point for a NUL-terminated entity name.
    static func scalar(named name: UnsafePointer<xmlChar>) -> Unicode.Scalar? {
        htmlEntityLookup(name).flatMap { Unicode.Scalar($0.pointee.value) }
    }

    /// The code point for a numeric reference body (`#39`, `#x27`), with the
    /// Windows-1252 remapping of 0x80-0x9F that browsers and feedparser apply.
    static func scalar(numeric body: Substring) -> Unicode.Scalar? {
        var digits = body.dropFirst()
        var radix = 10
        if let first = digits.first, first == "x" || first == "X" {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: radix) else { return nil }
        if value >= 0x80, value <= 0x9F, let mapped = Windows1252.scalar(UInt8(value)) { return mapped }
        if value == 0 { return nil }
        return Unicode.Scalar(value)
    }
}
