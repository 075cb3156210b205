import Foundation

/// Loopback feeds that gain a new item on every request, as busy news feeds
/// do between polls, each item a trade move that alerts. Some answer slowly
/// (a random delay from a seeded generator), and one more feed, the gate,
/// answers only while the gate is open: a poll cycle waits on it as long as
/// a test needs a cycle to last.
package final class ChangingFeeds: Sendable {
    package static let moves = [
        ("China suspends export controls on rare earths to the US",
         "The commerce ministry said it suspends its rare earth export controls with immediate effect."),
        ("US Commerce Department adds 20 Chinese chip firms to the entity list",
         "The Bureau of Industry and Security added the Chinese companies to the entity list on Monday."),
        ("China adds US defense firms to unreliable entity list",
         "Beijing's commerce ministry placed six US defense contractors on its unreliable entity list."),
        ("US lifts export licence requirements for jet engine parts to China",
         "Washington lifted the licence requirements on GE jet engine exports to China's COMAC."),
    ]

    /// Item `n` of a live feed (`LiveFeedServer`): guid `item-n`, one of `moves`.
    package static func item(_ n: Int) -> LiveFeedServer.Item {
        let (title, text) = moves[n % moves.count]
        return LiveFeedServer.Item(guid: "item-\(n)", title: title, description: text)
    }

    struct State {
        var generated: [Int: Int] = [:]
        var served: Set<String> = []
        var frozen = false
        var gateClosed = false
        var waitingAtGate = 0
        var rng: SeededGenerator
    }

    private let state: Locked<State>
    private let server: HTTPTestServer
    package let count: Int

    /// `count` changing feeds; those with an even index wait up to
    /// `slowest` seconds before answering; the items a response carries: its
    /// newest `window`.
    package init(count: Int, seed: UInt64, slowest: Double = 0.5, window: Int = 3) throws {
        self.count = count
        let state = Locked(State(rng: SeededGenerator(state: seed)))
        self.state = state
        server = try HTTPTestServer(keepAlive: true) { request in
            if request.path == "/gate" { return Self.gate(state) }
            let feed = Int(request.path.dropFirst("/feed".count)) ?? 0
            let (numbers, delay) = state.withLock { s -> ([Int], Double) in
                if !s.frozen { s.generated[feed, default: 0] += 1 }
                let newest = s.generated[feed, default: 0]
                let numbers = Array(max(1, newest - window + 1)...max(1, newest)).filter { $0 <= newest }
                for n in numbers { s.served.insert(Self.guid(feed: feed, number: n)) }
                let delay = feed % 2 == 0 ? Double.random(in: 0...slowest, using: &s.rng) : 0
                return (numbers, delay)
            }
            // The server's own connection thread, not a cooperative one.
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            return .ok(Self.render(feed: feed, numbers: numbers))
        }
    }

    package var urls: [String] { (0..<count).map { server.url("/feed\($0)") } + [server.url("/gate")] }

    /// The guids of every item a response has carried so far.
    package var served: Set<String> { state.current.served }

    /// No new items from now on: every response repeats the last ones.
    package func freeze() { state.withLock { $0.frozen = true } }

    package func closeGate() { state.withLock { $0.gateClosed = true } }
    package func openGate() { state.withLock { $0.gateClosed = false } }

    /// Requests to the gate feed waiting for it to open.
    package var waitingAtGate: Int { state.current.waitingAtGate }

    package func stop() {
        openGate()
        server.stop()
    }

    static func guid(feed: Int, number: Int) -> String { "feed\(feed)-\(number)" }

    private static func gate(_ state: Locked<State>) -> HTTPTestResponse {
        state.withLock { $0.waitingAtGate += 1 }
        let deadline = Date().addingTimeInterval(120)
        while state.current.gateClosed, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        state.withLock { $0.waitingAtGate -= 1 }
        return .ok(render(feed: -1, numbers: []))
    }

    static func render(feed: Int, numbers: [Int]) -> String {
        LiveFeedServer.render(numbers.reversed().map { n in
            let (title, text) = moves[(n + feed) % moves.count]
            return LiveFeedServer.Item(guid: guid(feed: feed, number: n), title: title, description: text)
        })
    }
}
