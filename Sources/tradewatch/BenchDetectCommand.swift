import ArgumentParser
import Daemon
import Detect
import FoundationEssentials
import Model
import Parse

/// `tradewatch bench-detect FILE...` (hidden): the detection benchmark.
/// Parses every file first, untimed, then times the detector alone over
/// every item, as the daemon calls it (title + `FeedPipeline.detectionText`,
/// the position state threaded through each feed's items).
struct BenchDetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-detect",
        abstract: "Time the detector over every item of the given feed files; print one JSON line.",
        discussion: """
            "seconds" and "items_per_s" time detection alone, best of --rounds, the text \
            already extracted; "text_seconds" times extracting the plain text the daemon \
            hands the detector (HTML to text), also best of --rounds.
            """,
        shouldDisplay: false
    )

    @Option(help: "The baseline positions (default: seeds/baseline.toml, or the installed one).")
    var baseline: String?

    @Option(help: "Time this many rounds over all items and keep the fastest.")
    var rounds = 5

    @Argument(help: "Feed files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE") }
        if rounds < 1 { throw ValidationError("--rounds must be at least 1") }
    }

    func run() async throws {
        let detector = Detector(baseline: try BaselineLoading.load(baseline))
        var feeds: [(url: String, items: [FeedItem])] = []
        var errors = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure("\(path): cannot read file")
            }
            do {
                feeds.append((path, try FeedParser.parse([UInt8](data), source: path).items))
            } catch {
                errors += 1
            }
        }
        let now = Date()
        let clock = ContinuousClock()
        var texts: [[String]] = []
        var textTime = Duration.seconds(Int64.max)
        for _ in 0..<rounds {
            var extracted: [[String]] = []
            extracted.reserveCapacity(feeds.count)
            textTime = min(textTime, clock.measure {
                for feed in feeds { extracted.append(feed.items.map(FeedPipeline.detectionText)) }
            })
            texts = extracted
        }
        var alerts = 0
        var detectTime = Duration.seconds(Int64.max)
        for _ in 0..<rounds {
            var count = 0
            detectTime = min(detectTime, clock.measure {
                for (feed, feedTexts) in zip(feeds, texts) {
                    var state = PositionState()
                    for (item, text) in zip(feed.items, feedTexts) {
                        let detection = detector.detect(item: item, text: text, feed: feed.url, at: now, state: state)
                        count += detection.alerts.count
                        state = detection.state
                    }
                }
            })
            alerts = count
        }
        let items = feeds.reduce(0) { $0 + $1.items.count }
        let seconds = detectTime.inSeconds
        var w = JSONWriter()
        w.object { w in
            w.field("files", files.count)
            w.field("errors", errors)
            w.field("items", items)
            w.field("alerts", alerts)
            w.field("rounds", rounds)
            w.field("seconds", (seconds * 1e6).rounded() / 1e6)
            w.field("items_per_s", seconds > 0 ? (Double(items) / seconds).rounded() : nil)
            w.field("text_seconds", (textTime.inSeconds * 1e6).rounded() / 1e6)
        }
        print(w.output)
    }
}
