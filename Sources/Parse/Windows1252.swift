/// Windows-1252, the encoding that mislabelled "UTF-8" and "ISO-8859-1"
/// feeds are almost always really in (HTML5 treats ISO-8859-1 as it, too).
enum Windows1252 {
    /// The code point for a byte; 0x80-0x9F map to the typographic
    /// characters, and the five bytes Windows-1252 leaves undefined keep
    /// their Latin-1 (C1) values so nothing is lost.
    @inline(__always)
    static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        if byte < 0x80 || byte > 0x9F { return Unicode.Scalar(byte) }
        return Unicode.Scalar(high[Int(byte - 0x80)])
    }

    /// Appends the UTF-8 encoding of `byte` read as Windows-1252.
    @inline(__always)
    static func appendUTF8(of byte: UInt8, to out: inout [UInt8]) {
        let value = byte >= 0x80 && byte <= 0x9F ? high[Int(byte - 0x80)] : UInt32(byte)
        UTF8Encoding.append(value, to: &out)
    }

    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
