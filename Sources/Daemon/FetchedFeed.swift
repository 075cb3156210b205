import Fetch
import Model

/// A fetch as the cycle's tasks hand it to the runtime: the result, the
/// body's fingerprint and, for a changed body, its parse.
struct FetchedFeed: Sendable {
    var result: FetchResult
    var bodyHash: String?
    var parsed: Result<Feed, FeedProcessingError>?
}
