import Model

/// Somewhere committed alerts are delivered besides the log and the socket
/// (a webhook, mail). `SinkRunner` feeds it from the store, in id order,
/// and records how far it got only after `deliver` returns success.
package protocol AlertSink: Sendable {
    /// Names the sink in logs and the status; its high-water mark is stored under it.
    var name: String { get }
    /// "webhook" or "mail".
    var type: String { get }
    /// True: `deliver` takes every alert of a pass at once (a digest);
    /// false: one alert per call, acknowledged one by one.
    var takesBatches: Bool { get }

    /// Delivers `alerts` (one unless `takesBatches`). Success means the
    /// receiver has them: they are never sent again.
    func deliver(_ alerts: [StoredAlert]) async -> Result<Void, SinkError>
}

/// Why a delivery failed: which sink, what happened.
package struct SinkError: Error, CustomStringConvertible, Sendable, Equatable {
    let sink: String
    let reason: String

    init(sink: String, reason: String) {
        self.sink = sink
        self.reason = reason
    }

    package var description: String { "\(sink): \(reason)" }
}
