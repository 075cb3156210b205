import Detect
import FoundationEssentials
import Model
import Parse
import Store

/// The daemon's `FeedProcessor`: parse (libxml2), normalise, dedupe against
/// the seen items, detect against the current positions, mark repeats.
package struct FeedPipeline: FeedProcessor {
    /// Detection reads the summary; an item with only full content is cut
    /// here, so a long article's asides do not raise claims of their own.
    static let contentTextLimit = 600

    let detector: Detector

    package init(detector: Detector) {
        self.detector = detector
    }

    package func parse(_ body: [UInt8], feedURL: String, finalURL: String, charset: String?) -> Result<Feed, FeedProcessingError>? {
        do throws(FeedParseError) {
            return .success(try FeedParser.parse(body, source: feedURL, baseURL: finalURL, charset: charset))
        } catch {
            return .failure(.unparsable(error))
        }
    }

    package func process(_ input: FeedInput) throws(FeedProcessingError) -> FeedPlan {
        let feed: Feed
        if let parsed = input.parsed {
            feed = parsed
        } else {
            do throws(FeedParseError) {
                feed = try FeedParser.parse(input.body, source: input.feedURL, baseURL: input.finalURL, charset: input.charset)
            } catch {
                throw .unparsable(error)
            }
        }
        let cutoff = input.now.addingTimeInterval(-Double(input.maxAge.components.seconds))
        let initial = PositionState(ledger: input.ledger)
        var state = initial
        var seen: [SeenItem] = []
        var alerts: [Alert] = []
        var setBy: [PositionState.Key: Int] = [:]
        let recent = Self.priorMoves(input.recentMoves)

        for item in Self.oldestFirst(feed.items) {
            let text = Self.detectionText(item)
            let textHash = SHA256.hex((item.title ?? "") + "\u{1}" + text)
            let previous = input.seen[item.id]
            if let previous, previous.textHash == textHash { continue }
            if input.firstContact, let date = item.published ?? item.updated, date < cutoff {
                seen.append(SeenItem(itemID: item.id, textHash: textHash, claims: ""))
                continue
            }
            let detection = detector.detect(item: item, text: text, feed: input.feedURL, at: input.now, state: state)
            let claims = detection.alerts.map(Self.signature).sorted()
            // An edited item alerts only for claims it did not make before.
            let before = Set(previous.map { $0.claims.split(separator: " ").map(String.init) } ?? [])
            for alert in detection.alerts where !before.contains(Self.signature(alert)) {
                alerts.append(RepeatRule.mark(alert, recent: recent, earlier: alerts))
                let key = PositionState.Key(topic: alert.topic, actor: alert.actor)
                if detection.state[alert.topic, alert.actor] != state[alert.topic, alert.actor] {
                    setBy[key] = alerts.count - 1
                }
            }
            state = detection.state
            seen.append(SeenItem(itemID: item.id, textHash: textHash, claims: claims.joined(separator: " ")))
        }

        var moves: [(entry: LedgerEntry, alertIndex: Int?)] = []
        for (key, entry) in state.entries.sorted(by: { $0.key < $1.key }) where initial.entries[key] != entry {
            moves.append((LedgerEntry(topic: key.topic.rawValue, actor: key.actor.rawValue, stance: entry.stance,
                                      direction: entry.direction.rawValue, modality: entry.modality.rawValue,
                                      alertID: entry.alertID == 0 ? nil : entry.alertID, updated: input.now),
                          setBy[key]))
        }
        return FeedPlan(itemCount: feed.items.count, seen: seen, alerts: alerts, moves: moves)
    }

    /// The repeat window's alerted moves as the repeat rule reads them.
    static func priorMoves(_ moves: [AlertedMove]) -> [PriorMove] {
        moves.compactMap { PriorMove(id: $0.id, facets: $0.facets) }
    }

    static func signature(_ a: Alert) -> String {
        "\(a.topic.rawValue)/\(a.actor.rawValue)/\(a.direction.rawValue)/\(a.modality.rawValue)"
    }

    /// The most UTF-8 bytes of a summary the detector reads. A move is stated
    /// in an item's first sentences; a hostile multi-megabyte summary would
    /// otherwise cost seconds and hundreds of MB of tokens.
    static let summaryTextLimit = 32 * 1024

    /// The plain text the detector reads: the summary, else the start of the content.
    package static func detectionText(_ item: FeedItem) -> String {
        if let summary = item.summary, !summary.isEmpty {
            // Markup is cut before conversion too, so its cost is bounded as well.
            let text = HTMLText.plainText(prefix(summary, bytes: 4 * summaryTextLimit))
            return prefix(text, bytes: summaryTextLimit)
        }
        guard let content = item.content else { return "" }
        let text = HTMLText.plainText(prefix(content, bytes: 4 * summaryTextLimit))
        return text.count > contentTextLimit ? String(text.prefix(contentTextLimit)) : text
    }

    /// At most `bytes` UTF-8 bytes of `text`; a character cut in half becomes U+FFFD.
    static func prefix(_ text: String, bytes: Int) -> String {
        text.utf8.count <= bytes ? text : String(decoding: text.utf8.prefix(bytes), as: UTF8.self)
    }

    /// Items in the order they happened, so the ledger moves in that order:
    /// by date when every item has one, else reversed (feeds list newest first).
    static func oldestFirst(_ items: [FeedItem]) -> [FeedItem] {
        let reversed = Array(items.reversed())
        let dates = reversed.map { $0.published ?? $0.updated }
        guard dates.allSatisfy({ $0 != nil }) else { return reversed }
        return reversed.indices.sorted { (dates[$0]!, $0) < (dates[$1]!, $1) }.map { reversed[$0] }
    }
}

extension PositionState {
    /// The current positions as the store's ledger holds them.
    init(ledger: [LedgerEntry]) {
        var entries: [Key: Entry] = [:]
        for row in ledger {
            guard let topic = Topic(rawValue: row.topic), let actor = Actor(rawValue: row.actor),
                  let direction = row.direction.flatMap(Direction.init(rawValue:)),
                  let modality = row.modality.flatMap(Modality.init(rawValue:)) else { continue }
            entries[Key(topic: topic, actor: actor)] = Entry(direction: direction, modality: modality,
                                                             alertID: row.alertID ?? 0, stance: row.stance)
        }
        self.init(entries: entries)
    }
}
