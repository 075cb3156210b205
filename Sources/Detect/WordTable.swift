/// Word -> id for the lexicon's words, looked up straight from the tokenizer's
/// byte buffer.
///
/// Our own table rather than `[String: Int32]`: the standard dictionary hashes
/// every key with seeded SipHash, and looking up each word of each item that
/// way was a sixth of detection's time. Here a lookup is one FNV-1a pass over
/// a few bytes and a byte compare, with no String made for it.
struct WordTable: Sendable {
    /// Every word's bytes, back to back; word `k` spans `starts[k]..<starts[k + 1]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing, linear probing: a word's id, or -1 for an empty slot.
    /// Kept at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    init() {}

    init(_ words: [String]) {
        for w in words { _ = insert(w) }
    }

    var count: Int { starts.count - 1 }

    /// Every word, in id order.
    var words: [String] {
        (0..<count).map { String(decoding: bytes[starts[$0]..<starts[$0 + 1]], as: UTF8.self) }
    }

    func id(of word: String) -> Int32? {
        var word = word
        return word.withUTF8 { id(of: $0) }
    }

    func id(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if equals(Int(id), word) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The word's id, adding it with the next id if it is new.
    mutating func insert(_ word: String) -> Int32 {
        if let id = id(of: word) { return id }
        let id = Int32(count)
        bytes.append(contentsOf: word.utf8)
        starts.append(bytes.count)
        if count * 2 > slots.count { grow() } else { place(Int(id)) }
        return id
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == word.count else { return false }
        for k in 0..<word.count where bytes[start + k] != word[k] { return false }
        return true
    }

    private mutating func place(_ id: Int) {
        let mask = slots.count - 1
        var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]])) } & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for id in 0..<count { place(id) }
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
