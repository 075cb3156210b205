#if canImport(Glibc)
import Glibc
#endif

/// A subscriber: connects, sends its `subscribe`, and hands each alert to the
/// caller once, in id order.
///
/// With `follow`, it outlives daemon restarts: when the connection drops (or
/// the server disconnects it for being slow) it reconnects with backoff
/// (100 ms doubling to 2 s) and resubscribes with `since` = the last id it
/// has covered, so nothing is lost and nothing is seen twice.
package struct SubscriberClient: Sendable {
    var path: String
    var request: SubscribeRequest
    var follow: Bool
    /// Return once the replay is done (`replayed`), instead of streaming live alerts.
    var stopAfterReplay: Bool
    package var initialBackoff: Duration = .milliseconds(100)
    var maxBackoff: Duration = .seconds(2)

    package init(path: String, request: SubscribeRequest, follow: Bool = false, stopAfterReplay: Bool = false) {
        self.path = path
        self.request = request
        self.follow = follow
        self.stopAfterReplay = stopAfterReplay
    }

    /// Runs until the server closes the connection (without `follow`), the
    /// replay is done (`stopAfterReplay`), or `onAlert` returns false.
    /// Blocks the calling thread. `onNotice` hears about reconnects.
    package func run(onNotice: (String) -> Void = { _ in },
                    onAlert: (_ id: Int64, _ record: String) throws -> Bool) throws {
        var request = request
        if stopAfterReplay, request.since == nil { request.since = 0 }
        /// Every alert at or below this id that passes the filter has been handed over.
        var cursor: Int64? = request.since
        var backoff = initialBackoff
        while true {
            let outcome: Outcome
            do {
                outcome = try session(request: request, cursor: &cursor, onAlert: onAlert)
            } catch let error as SocketError {
                guard follow else { throw error }
                onNotice("\(error); retrying in \(backoff)")
                sleep(backoff)
                backoff = min(backoff * 2, maxBackoff)
                continue
            }
            switch outcome {
            case .finished:
                return
            case .closed(let connected):
                guard follow else { return }
                if connected { backoff = initialBackoff }
                onNotice("\(path): connection closed; reconnecting from alert \(cursor ?? 0) in \(backoff)")
                sleep(backoff)
                backoff = min(backoff * 2, maxBackoff)
            case .serverError(let code, let message):
                guard follow, code == "overflow" || code == "replay_failed" else {
                    throw SocketError(path: path, operation: "subscribe", reason: "the server said \(code): \(message)")
                }
                onNotice("\(path): \(code): \(message); reconnecting from alert \(cursor ?? 0)")
                backoff = initialBackoff
                sleep(backoff)
            }
            request.since = cursor
        }
    }

    private enum Outcome {
        case finished
        case closed(connected: Bool)
        case serverError(code: String, message: String)
    }

    private func session(request: SubscribeRequest, cursor: inout Int64?,
                         onAlert: (Int64, String) throws -> Bool) throws -> Outcome {
        let connection = try LineConnection(path: path)
        defer { connection.close() }
        // Subscribe before reading hello: the server then orders the replay
        // and the live alerts for us (it holds live ones briefly for this).
        try connection.send(request.line)
        var greeted = false
        while let line = try connection.readLine() {
            guard let event = SubscriberEvent(line: line) else { continue }
            switch event {
            case .hello(let lastID):
                greeted = true
                // Live only: everything up to hello's id is "before us".
                if cursor == nil { cursor = lastID }
            case .alert(let id, let record):
                if let done = cursor, id <= done { continue }
                cursor = id
                guard try onAlert(id, record) else { return .finished }
            case .replayed(let lastID):
                cursor = max(cursor ?? 0, lastID)
                if stopAfterReplay { return .finished }
            case .error(let code, let message, _):
                return .serverError(code: code, message: message)
            case .other:
                continue
            }
        }
        return .closed(connected: greeted)
    }

    private func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var left = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var asked = left
        while nanosleep(&asked, &left) != 0 && errno == EINTR { asked = left }
    }
}
