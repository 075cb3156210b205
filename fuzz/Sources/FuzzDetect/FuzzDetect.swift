import Config
import Detect
import Foundation
import Model
import Parse

/// The real baseline, loaded once (TW_BASELINE, else the repository's seeds).
private let detector: Detector = {
    let path = ProcessInfo.processInfo.environment["TW_BASELINE"] ?? "../seeds/baseline.toml"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    guard let baseline = try? BaselineFile.parse(text, file: path) else { fatalError("no baseline at \(path)") }
    return Detector(baseline: baseline)
}()

/// libFuzzer entry: any bytes as a feed, then every item through the
/// detector as the daemon runs it (title and plain-text summary). The input
/// is also tried as the text of an item on its own, so the tokenizer sees raw
/// bytes too. Alerts or none; never a trap or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDetect(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let raw = String(decoding: bytes, as: UTF8.self)
    var items = [FeedItem(id: "raw", title: raw)]
    if let feed = try? FeedParser.parse(bytes, source: "fuzz.xml") { items += feed.items }
    for item in items {
        let text = HTMLText.plainText(item.summary ?? raw)
        _ = detector.detect(item: item, text: text, feed: "https://example.org/feed", at: now, state: PositionState())
    }
    return 0
}
