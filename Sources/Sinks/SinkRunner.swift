import Config
import FoundationEssentials
import Logging
import Model
import Store

/// Feeds one sink from the store, like the log: every committed alert above
/// the sink's high-water mark, in id order, through its filter. The mark is
/// stored after each acknowledgement, so a restart or kill -9 sends again at
/// most the one alert that was in flight (with the same idempotency key) and
/// loses none. Runs in its own task: a slow or failing sink delays neither
/// the poll cycle nor the other sinks; a failing one is retried with
/// doubling pauses and shows in the status.
package actor SinkRunner {
    nonisolated let sink: any AlertSink
    private let filter: AlertFilter
    private let store: any StateStoring
    private let logger: Logger
    private var state: SinkState
    private var highWater: Int64?
    private let wakeups: AsyncStream<Void>
    private let wakeup: AsyncStream<Void>.Continuation
    /// Pause after the first failed pass; doubled per failure up to `maxPause`.
    private let firstPause: Duration
    private let maxPause: Duration

    package init(sink: any AlertSink, filter: AlertFilter, store: any StateStoring, logger: Logger,
                firstPause: Duration = .seconds(5), maxPause: Duration = .seconds(300)) {
        self.sink = sink
        self.filter = filter
        self.store = store
        self.logger = logger
        self.firstPause = firstPause
        self.maxPause = maxPause
        state = SinkState(name: sink.name, type: sink.type)
        (wakeups, wakeup) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// New alerts were committed: deliver them (unless a failure pause is running).
    package nonisolated func wake() { wakeup.yield() }

    package func status() -> SinkState { state }

    /// Delivers until cancelled: a pass now, then one per wake-up; after a
    /// failed pass, the next comes when its pause is over.
    package func run() async {
        var waiting = wakeups.makeAsyncIterator()
        while !Task.isCancelled {
            if await pass() {
                guard await waiting.next() != nil else { return }
            } else {
                let pause = min(firstPause * (1 << min(state.consecutiveFailures - 1, 20)), maxPause)
                state.retryAt = Date().addingTimeInterval(Double(pause.components.seconds))
                do { try await Task.sleep(for: pause) } catch { return }
            }
        }
    }

    /// Delivers every alert above the mark; true when all went (or there
    /// were none), false when the sink failed (the mark stays before the
    /// alert that failed).
    @discardableResult
    package func pass() async -> Bool {
        do {
            var mark = try await startingMark()
            while true {
                let batch = try await store.alerts(after: mark, limit: 500)
                guard let last = batch.last else { break }
                let accepted = batch.filter(filter.accepts)
                if sink.takesBatches {
                    if !accepted.isEmpty { try await deliver(accepted) }
                } else {
                    for alert in accepted {
                        try await deliver([alert])
                        mark = alert.id
                        // Stored before the next send: what the sink acknowledged is never sent again.
                        try await acknowledge(mark)
                    }
                }
                mark = last.id
                try await acknowledge(mark)
            }
            if state.failing {
                logger.info("sink recovered", metadata: ["sink": "\(sink.name)", "after_failures": "\(state.consecutiveFailures)"])
            }
            state.consecutiveFailures = 0
            state.failingSince = nil
            state.lastError = nil
            state.retryAt = nil
            return true
        } catch {
            state.consecutiveFailures += 1
            if state.failingSince == nil { state.failingSince = Date() }
            state.lastError = "\(error)"
            logger.warning("sink failed; alerts wait in the store and are retried",
                           metadata: ["sink": "\(sink.name)", "error": "\(error)", "failures": "\(state.consecutiveFailures)"])
            return false
        }
    }

    private func deliver(_ alerts: [StoredAlert]) async throws(SinkError) {
        if case .failure(let error) = await sink.deliver(alerts) { throw error }
        state.delivered += alerts.count
    }

    private func acknowledge(_ id: Int64) async throws(SinkError) {
        do {
            try await store.setSinkHighWater(sink.name, id)
        } catch {
            throw SinkError(sink: sink.name, reason: "cannot record its high-water mark: \(error)")
        }
        highWater = id
        state.acknowledged = id
    }

    /// Reads (or, for a new sink, sets) the high-water mark. Call before
    /// the first cycle, so a new sink gets the alerts of that cycle.
    package func prepare() async {
        _ = try? await startingMark()
    }

    /// The stored mark; a sink never run before starts at the newest alert
    /// (it is not sent the whole history).
    private func startingMark() async throws(SinkError) -> Int64 {
        if let highWater { return highWater }
        do {
            if let stored = try await store.sinkHighWater(sink.name) {
                highWater = stored
            } else {
                let newest = try await store.lastAlertID()
                try await store.setSinkHighWater(sink.name, newest)
                highWater = newest
            }
        } catch {
            throw SinkError(sink: sink.name, reason: "cannot read its high-water mark: \(error)")
        }
        state.acknowledged = highWater ?? 0
        return highWater ?? 0
    }
}
