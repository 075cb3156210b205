import Foundation
import Logging
import Model
import Store

/// A real state store in a temporary folder with committed alerts, for
/// feeding sinks the way the daemon does.
struct SinkFixture {
    let store: StateStore
    let logger = Logger(label: "sink-test")

    init() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-sink-\(UUID().uuidString.prefix(8))").path
        store = try StateStore(directory: dir)
    }

    static func alert(_ item: String, topic: Topic = .rareEarthExports, actor: Actor = .china,
                      severity: Severity = .high) -> Alert {
        Alert(id: 0, time: Date(timeIntervalSince1970: 1_764_000_000), kind: .positionChange, severity: severity,
              topic: topic, actor: actor, direction: .easing, modality: .action,
              baseline: .init(position: "cn-rare-earth-controls", stance: "in force"),
              item: .init(feed: "http://f", id: item, title: "China suspends rare earth controls (\(item))",
                          link: "https://news.example/\(item)", published: nil),
              evidence: "China suspends its rare earth export controls.", matched: ["suspend"])
    }

    /// Commits `alerts` as one feed's new items; returns them with their ids.
    @discardableResult
    func commit(_ alerts: [Alert]) async throws -> [StoredAlert] {
        try await store.commit(FeedCommit(
            url: "http://f", etag: nil, lastModified: nil, time: Date(),
            seen: alerts.map { SeenItem(itemID: $0.item.id, textHash: "t-\($0.item.id)", claims: "") },
            alerts: alerts, moves: []))
    }
}
