/// An item's identity when the feed gives neither a guid/id nor a link: a
/// hash of title and date that is the same on every run and machine (FNV-1a
/// 64 over UTF-8; Swift's `hashValue` is seeded per process).
enum ItemIdentity {
    static func id(guid: String?, link: String?, title: String?, date: String?, text: String?) -> String {
        if let guid { return guid }
        if let link { return link }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ s: String?) {
            for b in (s ?? "").utf8 {
                hash ^= UInt64(b)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0x1F  // a separator no UTF-8 text contains, so ("ab","") != ("a","b")
            hash &*= 0x0000_0100_0000_01B3
        }
        mix(title)
        mix(date)
        // Only an item with neither title nor date is identified by its text.
        if title == nil && date == nil { mix(text) }
        let hex = String(hash, radix: 16)
        return "fnv1a:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
