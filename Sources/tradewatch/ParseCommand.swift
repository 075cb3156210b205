import ArgumentParser
import FoundationEssentials
import Model
import Parse

/// `tradewatch parse FEED` prints the parsed feed as JSON;
/// `tradewatch parse --stats FILE...` is the parse benchmark.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print a feed parsed and normalised, as JSON (or parse many files and print throughput).",
        discussion: """
            With --stats, every file is read into memory first and only parsing is \
            timed: "seconds" excludes reading; "errors" counts files that are not feeds.
            """
    )

    @Flag(help: "Parse every FILE in one process and print one JSON line of counts and throughput.")
    var stats = false

    @Argument(help: "A feed file, file:// URL or http(s) URL (with --stats: one or more files).")
    var feeds: [String]

    func validate() throws {
        if feeds.isEmpty { throw ValidationError("give a FEED") }
        if !stats, feeds.count > 1 { throw ValidationError("parse takes one FEED (use --stats for many files)") }
    }

    func run() async throws {
        if stats { return try runStats() }
        let loaded = try await FeedSource.load(feeds[0])
        let feed: Feed
        do throws(FeedParseError) {
            feed = try FeedParser.parse(loaded.bytes, source: feeds[0], baseURL: loaded.url, charset: loaded.charset)
        } catch {
            throw CommandFailure.notAFeed(error)
        }
        print(Self.json(feed))
    }

    private func runStats() throws {
        var documents: [(path: String, bytes: [UInt8])] = []
        documents.reserveCapacity(feeds.count)
        var errors = 0
        for path in feeds {
            guard let data = FileManager.default.contents(atPath: path) else {
                // Counted as a failed file, like one that is not a feed.
                printError("tradewatch: \(path): cannot read file")
                errors += 1
                continue
            }
            documents.append((path, [UInt8](data)))
        }
        var items = 0, bytes = 0
        let clock = ContinuousClock()
        let start = clock.now
        for document in documents {
            bytes += document.bytes.count
            do {
                items += try FeedParser.parse(document.bytes, source: document.path).items.count
            } catch {
                errors += 1
            }
        }
        let elapsed = clock.now - start
        let seconds = elapsed.inSeconds
        var w = JSONWriter()
        w.object { w in
            w.field("files", feeds.count)
            w.field("bytes", bytes)
            w.field("items", items)
            w.field("errors", errors)
            w.field("seconds", (seconds * 1e6).rounded() / 1e6)
            w.field("mb_per_s", seconds > 0 ? (Double(bytes) / 1e6 / seconds * 100).rounded() / 100 : nil)
        }
        print(w.output)
    }

    /// The JSON of ../shared/DESIGN.md, keys in its order, absent values null.
    static func json(_ feed: Feed) -> String {
        var w = JSONWriter()
        w.object { w in
            w.key("feed")
            w.object { w in
                w.field("title", feed.title)
                w.field("link", feed.link)
                w.field("description", feed.description)
                w.field("updated", date: feed.updated)
            }
            w.key("items")
            w.array { w in
                for item in feed.items {
                    w.object { w in
                        w.field("id", item.id)
                        w.field("title", item.title)
                        w.field("link", item.link)
                        w.field("summary", item.summary)
                        w.field("content", item.content)
                        w.field("author", item.author)
                        w.field("categories", strings: item.categories)
                        w.field("published", date: item.published)
                        w.field("updated", date: item.updated)
                    }
                }
            }
        }
        return w.output
    }
}
