/// Turning collected UTF-8 bytes into the strings the model keeps.
enum TextBytes {
    /// The bytes as a string without surrounding whitespace, or nil when
    /// nothing is left (feeds pad every element with newlines).
    static func trimmedString(_ bytes: [UInt8]) -> String? {
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        if start == end { return nil }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
}
