import Fetch
import FoundationEssentials

/// Where a command's FEED argument comes from: a local path or file:// URL
/// (read directly), or an http(s) URL (fetched with libcurl).
enum FeedSource {
    struct Loaded {
        /// The feed's bytes.
        var bytes: [UInt8]
        /// The address used to resolve relative links and to name the feed.
        var url: String
        /// The server's Content-Type charset (http only).
        var charset: String?
    }

    /// Loads one feed; anything but content is a failure naming the argument,
    /// e.g. `https://example.org/feed: HTTP 404`.
    static func load(_ argument: String, timeoutSeconds: Double = 30) async throws(CommandFailure) -> Loaded {
        let fetcher = Fetcher(options: options(timeoutSeconds: timeoutSeconds))
        return try loaded(argument, await fetcher.fetch(FetchRequest(url: argument)).outcome).get()
    }

    /// Loads every feed concurrently (paths and URLs mixed, one Fetcher for
    /// all), returning each argument with its result in input order. One
    /// failing feed does not stop the others.
    static func loadAll(_ arguments: [String], timeoutSeconds: Double = 30) async
        -> [(argument: String, result: Result<Loaded, CommandFailure>)] {
        let fetcher = Fetcher(options: options(timeoutSeconds: timeoutSeconds))
        var outcomes: [String: FetchOutcome] = [:]
        for await result in fetcher.fetchAll(Array(Set(arguments)).map { FetchRequest(url: $0) }) {
            outcomes[result.request.url] = result.outcome
        }
        return arguments.map { argument in
            (argument, loaded(argument, outcomes[argument] ?? .cancelled))
        }
    }

    private static func options(timeoutSeconds: Double) -> FetchOptions {
        let total = Duration.milliseconds(Int64(max(0.001, timeoutSeconds) * 1000))
        return FetchOptions(connectTimeout: min(.seconds(10), total), totalTimeout: total)
    }

    private static func loaded(_ argument: String, _ outcome: FetchOutcome) -> Result<Loaded, CommandFailure> {
        guard let body = outcome.body else { return .failure(.feedNotLoaded(argument: argument, outcome: outcome)) }
        return .success(Loaded(bytes: body, url: argument, charset: outcome.charset))
    }
}
