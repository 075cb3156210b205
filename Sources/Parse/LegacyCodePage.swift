#if canImport(Glibc)
import Glibc
#endif

/// The legacy single-byte encodings feeds still declare: the IBM PC code
/// pages and the classic Mac OS ones. Their names come in many spellings
/// ("ibm437", "cp-437", "x-mac-roman", "macintosh") that libxml2 does not
/// all know, and glibc's iconv has no Mac Greek or Mac Turkish and an older
/// Mac Icelandic, so a document is read through a 128-entry table of its
/// upper half: built with iconv where iconv has the code page, written out
/// here where it has not.
enum LegacyCodePage: Equatable, Sendable {
    case ibm(Int)
    case macRoman, macGreek, macTurkish, macIcelandic, macLatin2

    /// The code page a declared encoding names, or nil for any other.
    init?(declared name: String) {
        // "x-mac-roman", "MacRoman", "mac_roman", "IBM-437", "cp437": compared
        // without case, an "x-" prefix, or separators.
        var key = name.lowercased()
        if key.hasPrefix("x-") { key.removeFirst(2) }
        key.removeAll { $0 == "-" || $0 == "_" || $0 == " " }
        for prefix in ["ibm", "cp", "csibm", "dos", ""] where key.hasPrefix(prefix) {
            if let number = Int(key.dropFirst(prefix.count)), Self.ibmPages.contains(number) {
                self = .ibm(number)
                return
            }
        }
        switch key {
        case "cspc8codepage437": self = .ibm(437)
        case "cspc850multilingual": self = .ibm(850)
        case "macintosh", "mac", "macroman", "csmacintosh": self = .macRoman
        case "macgreek": self = .macGreek
        case "macturkish": self = .macTurkish
        case "maciceland", "macicelandic": self = .macIcelandic
        case "maclatin2", "macce", "maccentraleurope", "maccentraleurroman", "maccentraleuropean": self = .macLatin2
        default: return nil
        }
    }

    private static let ibmPages: Set<Int> = [437, 850, 852, 855, 857, 860, 861, 862, 863, 864, 865, 866]

    /// Appends the document, read in this code page, to `out` as UTF-8.
    /// Bytes the code page leaves undefined become U+FFFD.
    func appendUTF8(_ p: UnsafePointer<UInt8>, _ start: Int, _ count: Int, to out: inout [UInt8]) {
        let high = upperHalf
        for i in start..<count {
            let b = p[i]
            UTF8Encoding.append(b < 0x80 ? UInt32(b) : high[Int(b - 0x80)], to: &out)
        }
    }

    /// Code points for 0x80-0xFF, built once per code page.
    var upperHalf: [UInt32] {
        switch self {
        case .ibm(let number): Self.ibmTables[number] ?? Self.undefined
        case .macRoman: Self.macRomanTable
        case .macGreek: Self.macGreekTable
        case .macTurkish: Self.macTurkishTable
        case .macIcelandic: Self.macIcelandicTable
        case .macLatin2: Self.macLatin2Table
        }
    }

    private static let undefined = [UInt32](repeating: 0xFFFD, count: 128)
    private static let ibmTables: [Int: [UInt32]] = Dictionary(uniqueKeysWithValues: ibmPages.map { ($0, iconvTable("CP\($0)")) })
    private static let macRomanTable = iconvTable("MACINTOSH")
    private static let macLatin2Table = iconvTable("MAC-CENTRALEUROPE")
    // Apple's tables: Mac Roman with a few letters swapped.
    private static let macTurkishTable = patched(macRomanTable, [
        0xDA: 0x011E, 0xDB: 0x011F, 0xDC: 0x0130, 0xDD: 0x0131, 0xDE: 0x015E, 0xDF: 0x015F, 0xF5: 0xF8A0,
    ])
    private static let macIcelandicTable = patched(macRomanTable, [
        0xA0: 0x00DD, 0xDC: 0x00D0, 0xDD: 0x00F0, 0xDE: 0x00DE, 0xDF: 0x00FE, 0xE0: 0x00FD,
    ])

    private static func patched(_ table: [UInt32], _ changes: [UInt8: UInt32]) -> [UInt32] {
        var t = table
        for (byte, value) in changes { t[Int(byte - 0x80)] = value }
        return t
    }

    /// Each upper-half byte decoded by iconv on its own.
    private static func iconvTable(_ name: String) -> [UInt32] {
        let cd = iconv_open("UTF-32LE", name)
        guard let cd, cd != iconv_t(bitPattern: -1) else { return undefined }
        defer { iconv_close(cd) }
        var table = undefined
        for byte in 0x80...0xFF {
            var input = CChar(bitPattern: UInt8(byte))
            var output: UInt32 = 0
            var inLeft = 1, outLeft = 4
            let converted = withUnsafeMutablePointer(to: &input) { inPointer in
                withUnsafeMutableBytes(of: &output) { outBytes in
                    var inCursor: UnsafeMutablePointer<CChar>? = inPointer
                    var outCursor: UnsafeMutablePointer<CChar>? = outBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                    return iconv(cd, &inCursor, &inLeft, &outCursor, &outLeft)
                }
            }
            if converted != -1, outLeft == 0 { table[byte - 0x80] = UInt32(littleEndian: output) }
            iconv(cd, nil, nil, nil, nil)
        }
        return table
    }

    private static let macGreekTable: [UInt32] = [
        0x00C4, 0x00B9, 0x00B2, 0x00C9, 0x00B3, 0x00D6, 0x00DC, 0x0385,
        0x00E0, 0x00E2, 0x00E4, 0x0384, 0x00A8, 0x00E7, 0x00E9, 0x00E8,
        0x00EA, 0x00EB, 0x00A3, 0x2122, 0x00EE, 0x00EF, 0x2022, 0x00BD,
        0x2030, 0x00F4, 0x00F6, 0x00A6, 0x20AC, 0x00F9, 0x00FB, 0x00FC,
        0x2020, 0x0393, 0x0394, 0x0398, 0x039B, 0x039E, 0x03A0, 0x00DF,
        0x00AE, 0x00A9, 0x03A3, 0x03AA, 0x00A7, 0x2260, 0x00B0, 0x00B7,
        0x0391, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x0392, 0x0395, 0x0396,
        0x0397, 0x0399, 0x039A, 0x039C, 0x03A6, 0x03AB, 0x03A8, 0x03A9,
        0x03AC, 0x039D, 0x00AC, 0x039F, 0x03A1, 0x2248, 0x03A4, 0x00AB,
        0x00BB, 0x2026, 0x00A0, 0x03A5, 0x03A7, 0x0386, 0x0388, 0x0153,
        0x2013, 0x2015, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x0389,
        0x038A, 0x038C, 0x038E, 0x03AD, 0x03AE, 0x03AF, 0x03CC, 0x038F,
        0x03CD, 0x03B1, 0x03B2, 0x03C8, 0x03B4, 0x03B5, 0x03C6, 0x03B3,
        0x03B7, 0x03B9, 0x03BE, 0x03BA, 0x03BB, 0x03BC, 0x03BD, 0x03BF,
        0x03C0, 0x03CE, 0x03C1, 0x03C3, 0x03C4, 0x03B8, 0x03C9, 0x03C2,
        0x03C7, 0x03C5, 0x03B6, 0x03CA, 0x03CB, 0x0390, 0x03B0, 0x00AD,
    ]
}
