/// Small UTF-8 helpers over bytes, used where building a `String` per
/// character would cost more than the parse itself.
enum UTF8Encoding {
    /// Appends the UTF-8 encoding of a code point.
    @inline(__always)
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (value >> 18)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 if the
    /// bytes there are not one (overlong forms and surrogates included).
    @inline(__always)
    static func validSequenceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b0 = p[i]
        if b0 < 0x80 { return 1 }
        if b0 >= 0xC2 && b0 <= 0xDF {
            return i + 1 < end && p[i + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if b0 >= 0xE0 && b0 <= 0xEF {
            guard i + 2 < end else { return 0 }
            let b1 = p[i + 1], b2 = p[i + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }
            if b0 == 0xED && b1 >= 0xA0 { return 0 }
            // U+FFFE/U+FFFF are not XML characters; treat them as broken.
            if b0 == 0xEF && b1 == 0xBF && b2 >= 0xBE { return 0 }
            return 3
        }
        if b0 >= 0xF0 && b0 <= 0xF4 {
            guard i + 3 < end else { return 0 }
            let b1 = p[i + 1]
            guard b1 & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 >= 0x90 { return 0 }
            return 4
        }
        return 0
    }
}
