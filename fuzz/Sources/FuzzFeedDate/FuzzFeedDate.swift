import Foundation
import Parse

/// libFuzzer entry: any text through the feed date parser (RFC 822, RFC 3339
/// and the variants feeds really send). A date or nil; never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedDate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = FeedDate.parse(text) {
        // A parsed date must be a real instant, not NaN or infinity.
        precondition(date.timeIntervalSince1970.isFinite, "non-finite date from \(text.debugDescription)")
    }
    return 0
}
