import Daemon
import Detect
import FoundationEssentials
import Model
import Parse

/// The detection benchmark (`tradewatch bench-detect`). Parses every
/// document first, untimed, then times the detector alone over every item,
/// as the daemon calls it (title + `FeedPipeline.detectionText`, the position
/// state threaded through each feed's items), best of `rounds`; and, apart,
/// extracting the text the detector is handed (HTML to text).
package struct DetectBench: Sendable {
    let detector: Detector
    let rounds: Int

    package init(detector: Detector, rounds: Int) {
        self.detector = detector
        self.rounds = max(1, rounds)
    }

    /// `documents`: each file's path (the feed's name) and bytes. A document
    /// that is not a feed counts in `errors` and is left out.
    package func run(_ documents: [(path: String, bytes: [UInt8])]) -> String {
        var feeds: [(url: String, items: [FeedItem])] = []
        var errors = 0
        for document in documents {
            do {
                feeds.append((document.path, try FeedParser.parse(document.bytes, source: document.path).items))
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
            w.field("files", documents.count)
            w.field("errors", errors)
            w.field("items", items)
            w.field("alerts", alerts)
            w.field("rounds", rounds)
            w.field("seconds", (seconds * 1e6).rounded() / 1e6)
            w.field("items_per_s", seconds > 0 ? (Double(items) / seconds).rounded() : nil)
            w.field("text_seconds", (textTime.inSeconds * 1e6).rounded() / 1e6)
        }
        return w.output
    }
}
