import Fetch
import Foundation

/// Where a command's FEED argument comes from: a local path or file:// URL
/// (read directly), or an http(s) URL (fetched with libcurl).
enum FeedSource {
    struct Loaded {
        /// The feed's bytes.
        var bytes: [UInt8]
        /// The address used to resolve relative links and to name the feed.
        var url: String
    }

    /// OWNER: the fetch helper replaces the http(s) branch with a libcurl fetch.
    static func load(_ argument: String, timeoutSeconds: Double = 30) async throws(CommandFailure) -> Loaded {
        var path = argument
        if argument.hasPrefix("file://") {
            path = String(argument.dropFirst("file://".count))
        } else if argument.hasPrefix("http://") || argument.hasPrefix("https://") {
            throw CommandFailure("\(argument): http(s) fetching is not wired in yet")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(argument): cannot read file")
        }
        return Loaded(bytes: [UInt8](data), url: argument)
    }
}
