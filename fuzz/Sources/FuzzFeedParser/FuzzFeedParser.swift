import Model
import Parse

/// libFuzzer entry: any bytes through the feed parser and the HTML-to-text
/// conversion the pipeline applies to every summary. A feed or a
/// `FeedParseError` are both fine; a trap, a leak or an ASan report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let feed = try? FeedParser.parse(bytes, source: "fuzz.xml", baseURL: "https://example.org/feed/") else { return 0 }
    for item in feed.items {
        if let summary = item.summary { _ = HTMLText.plainText(summary) }
        if let content = item.content { _ = HTMLText.plainText(content) }
    }
    return 0
}
