import Foundation
import Model
@testable import Publish
import Testing

/// One subscriber's protocol state, driven by hand: no socket, no thread, no
/// clock. The "socket" takes whatever `drain` hands it.
@Suite struct SubscriberStateMachineTests {
    typealias Machine = SubscriberStateMachine
    static let limits = Machine.Limits(queueLimit: 5, pageSize: 4, closeLinger: 1_000)
    static let grace: UInt64 = 100

    func connected(lastID: Int64 = 0, limits: Machine.Limits = limits) -> Machine {
        var machine = Machine(limits: limits, lastID: lastID, graceUntil: Self.grace)
        _ = drain(&machine)
        return machine
    }

    /// Connected and past the grace period: live alerts flow unfiltered.
    func pastGrace() -> Machine {
        var machine = connected()
        #expect(machine.tick(now: Self.grace) == .flush)
        return machine
    }

    static func frames(_ ids: ClosedRange<Int64>, topic: Topic = .tariffs, severity: Severity = .high) -> [Frame] {
        ids.map { id in
            Frame(alert: StoredAlert(id: id, record: "{\"id\":\(id)}", facets: AlertFacets(
                time: Date(timeIntervalSince1970: 0), severity: severity.rawValue, topic: topic.rawValue,
                actor: "China", direction: "easing", modality: "action")))
        }
    }

    /// The socket takes everything queued: what the client reads (alert ids,
    /// the types of other lines), and what the machine says after the flush.
    @discardableResult
    func drain(_ machine: inout Machine, now: UInt64 = 0) -> (lines: [String], after: Machine.Action) {
        var lines: [String] = []
        var bytes = 0
        for (i, entry) in machine.queue.entries.enumerated() {
            let skip = i == 0 ? machine.queue.offset : 0
            let text = String(decoding: UnsafeRawBufferPointer(entry.frame.bytes)[skip...], as: UTF8.self)
            lines.append(Self.summary(text))
            bytes += entry.frame.bytes.count - skip
        }
        machine.wrote(bytes)
        return (lines, machine.flushed(now: now))
    }

    static func summary(_ line: String) -> String {
        switch SubscriberEvent(line: String(line.dropLast())) {
        case .alert(let id, _): "\(id)"
        case .hello(let lastID): "hello \(lastID)"
        case .replayed(let lastID): "replayed \(lastID)"
        case .error(let code, _, let lastSent): "error \(code)" + (lastSent.map { " \($0)" } ?? "")
        case .other(let type, _): type
        case nil: "unparsed: \(line)"
        }
    }

    // MARK: replay then live

    @Test func connectingQueuesHelloWithTheLastCommittedID() {
        var machine = Machine(limits: Self.limits, lastID: 7, graceUntil: Self.grace)
        #expect(drain(&machine).lines == ["hello 7"])
    }

    @Test func subscribeSinceReplaysThenAlertsPublishedMeanwhileThenReplayedThenLive() {
        var machine = connected()
        #expect(machine.received(.subscribe(since: 0, filter: AlertFilter()))
                == .startReplay(since: 0, upTo: nil, filter: AlertFilter()))
        // Published while the replay reads the store: 4 is in the replay too.
        #expect(machine.liveAlerts(Self.frames(4...5)) == .flush)
        #expect(drain(&machine).lines == [], "held until the replay ends")
        #expect(machine.replayPage(Self.frames(1...4)) == .flush)
        #expect(drain(&machine) == (["1", "2", "3", "4"], .resumeReplay))
        #expect(machine.replayDone(lastID: 4) == .flush)
        #expect(drain(&machine).lines == ["5", "replayed 4"])
        _ = machine.liveAlerts(Self.frames(6...6))
        #expect(drain(&machine).lines == ["6"])
    }

    @Test func anAlertPublishedAfterTheReplayCoveredItIsNotSentTwice() {
        var machine = connected()
        _ = machine.received(.subscribe(since: 0, filter: AlertFilter()))
        _ = machine.replayPage(Self.frames(1...6))
        _ = machine.replayDone(lastID: 6)
        drain(&machine)
        _ = machine.liveAlerts(Self.frames(6...7))
        #expect(drain(&machine).lines == ["7"])
    }

    @Test func liveAlertsWithinTheGraceWaitForTheSubscribeAndItsFilter() {
        var machine = connected()
        _ = machine.liveAlerts(Self.frames(1...2, topic: .talks) + Self.frames(3...3))
        #expect(drain(&machine).lines == [])
        var filter = AlertFilter()
        filter.topics = ["tariffs"]
        #expect(machine.received(.subscribe(since: nil, filter: filter)) == .flush)
        #expect(drain(&machine).lines == ["3"])
        #expect(machine.nextDeadline == nil, "live: no grace left to wait for")
    }

    @Test func theGraceEndingReleasesHeldAlertsUnfiltered() {
        var machine = connected()
        _ = machine.liveAlerts(Self.frames(1...2))
        #expect(machine.nextDeadline == Self.grace)
        #expect(machine.tick(now: Self.grace - 1) == .none)
        #expect(machine.tick(now: Self.grace) == .flush)
        _ = machine.liveAlerts(Self.frames(3...3, topic: .talks))
        #expect(drain(&machine).lines == ["1", "2", "3"])
    }

    @Test func aLateSubscribeReplaysOnlyBelowTheFirstAlertSentLive() {
        var machine = pastGrace()
        _ = machine.liveAlerts(Self.frames(4...5))
        #expect(drain(&machine).lines == ["4", "5"])
        #expect(machine.received(.subscribe(since: 1, filter: AlertFilter()))
                == .startReplay(since: 1, upTo: 3, filter: AlertFilter()))
        _ = machine.replayPage(Self.frames(2...3))
        _ = machine.replayDone(lastID: 3)
        #expect(drain(&machine).lines == ["2", "3", "replayed 3"])
        _ = machine.liveAlerts(Self.frames(6...6))
        #expect(drain(&machine).lines == ["6"])
    }

    @Test func theFilterAppliesToAlertsHeldDuringTheReplayAndToLiveOnes() {
        var machine = connected()
        var filter = AlertFilter()
        filter.minSeverity = .medium
        _ = machine.received(.subscribe(since: 0, filter: filter))
        _ = machine.liveAlerts(Self.frames(3...3, severity: .low) + Self.frames(4...4))
        _ = machine.replayDone(lastID: 2)
        _ = machine.liveAlerts(Self.frames(5...5, severity: .low) + Self.frames(6...6, severity: .high))
        #expect(drain(&machine).lines == ["4", "replayed 2", "6"])
    }

    @Test func aSecondSubscribeIsRefusedAndTheConnectionStays() {
        var machine = connected()
        _ = machine.received(.subscribe(since: nil, filter: AlertFilter()))
        #expect(machine.received(.subscribe(since: 0, filter: AlertFilter())) == .flush)
        #expect(drain(&machine).lines == ["error already_subscribed"])
        #expect(!machine.isClosing)
    }

    // MARK: control lines

    @Test func pingIsAnsweredAndStatusIsFetchedThenSent() {
        var machine = connected()
        #expect(machine.received(.ping) == .flush)
        #expect(machine.received(.status) == .fetchStatus)
        #expect(machine.statusReady(ServerMessage.status("{\"feeds\":3}", subscribers: 0)) == .flush)
        #expect(drain(&machine).lines == ["pong", "status"])
    }

    @Test func badInputIsAnsweredWithItsErrorAndTheConnectionStays() {
        var machine = connected()
        #expect(machine.badInput(ProtocolError(code: "bad_json", message: "a line must be one JSON object")) == .flush)
        #expect(drain(&machine).lines == ["error bad_json"])
        #expect(!machine.isClosing)
    }

    // MARK: the bound and overflow

    @Test func aQueueOverItsBoundOverflowsNamingTheLastAlertTheClientHasWhole() {
        var machine = pastGrace()
        _ = machine.liveAlerts(Self.frames(1...3))
        // The socket takes alert 1 and a part of alert 2.
        let entries = machine.queue.entries
        machine.wrote(entries.first!.frame.bytes.count + 3)
        #expect(machine.flushed(now: 0) == .none)
        #expect(machine.queue.lastSent == 1)
        _ = machine.liveAlerts(Self.frames(4...8))
        #expect(machine.flushed(now: 0) == .overflowed(lastSent: 2))
        #expect(machine.isClosing)
        // The rest of alert 2, so the client never sees half a line, then the error.
        let (lines, after) = drain(&machine)
        #expect(lines.count == 2)
        #expect(lines.last == "error overflow 2")
        #expect(after == .close)
    }

    @Test func whatTheSocketTakesAtOnceDoesNotCountAgainstTheBound() {
        var machine = pastGrace()
        _ = machine.liveAlerts(Self.frames(1...20))
        #expect(drain(&machine).after == .none)
    }

    @Test func alertsHeldDuringTheGraceCountAgainstTheBound() {
        var machine = connected()
        _ = machine.liveAlerts(Self.frames(1...6))
        #expect(machine.flushed(now: 0) == .overflowed(lastSent: 0))
        #expect(drain(&machine).lines == ["error overflow 0"])
    }

    @Test func replayPagesAreFlowControlledNotBounded() {
        var machine = connected()
        _ = machine.received(.subscribe(since: 0, filter: AlertFilter()))
        _ = machine.replayPage(Self.frames(1...10))
        #expect(machine.flushed(now: 0) == .none, "ten queued, bound five: a replay page does not overflow")
        machine.wrote(machine.queue.entries.prefix(7).reduce(0) { $0 + $1.frame.bytes.count })
        #expect(machine.flushed(now: 0) == .none, "three left: more than half a page")
        machine.wrote(machine.queue.entries.first!.frame.bytes.count)
        #expect(machine.flushed(now: 0) == .resumeReplay)
        #expect(machine.flushed(now: 0) == .none, "resumed once per page")
    }

    // MARK: closing

    @Test func aClosingSessionSendsOnlyItsLastLineThenCloses() {
        var machine = connected()
        _ = machine.received(.subscribe(since: 0, filter: AlertFilter()))
        _ = machine.replayPage(Self.frames(1...2))
        #expect(machine.lineTooLong(maxBytes: 64, now: 0) == .sendLastLine)
        #expect(machine.liveAlerts(Self.frames(3...3)) == .none)
        #expect(machine.received(.ping) == .none)
        #expect(machine.replayPage(Self.frames(3...4)) == .cancelReplay)
        #expect(machine.replayDone(lastID: 4) == .none)
        #expect(drain(&machine) == (["error line_too_long"], .close))
    }

    @Test func aSessionThatDoesNotReadItsLastLineIsClosedWhenTheLingerEnds() {
        var machine = connected()
        #expect(machine.closedMidLine(now: 10) == .sendLastLine)
        #expect(machine.nextDeadline == 1_010)
        #expect(machine.tick(now: 1_009) == .none)
        #expect(machine.tick(now: 1_010) == .close)
    }

    @Test func aReplayThatCannotReadTheStoreEndsTheSessionWithTheLastAlertSent() {
        var machine = connected()
        _ = machine.received(.subscribe(since: 0, filter: AlertFilter()))
        _ = machine.replayPage(Self.frames(1...2))
        drain(&machine)
        #expect(machine.replayFailed("cannot read alerts after 2: disk I/O error", now: 0) == .sendLastLine)
        #expect(drain(&machine) == (["error replay_failed 2"], .close))
    }
}

/// The write bookkeeping under the state machine.
@Suite struct OutboundQueueTests {
    @Test func anAlertCountsAsSentOnlyOnceItsWholeLineIsWritten() {
        var queue = OutboundQueue()
        let frames = SubscriberStateMachineTests.frames(1...2)
        for frame in frames { queue.append(frame, bounded: true) }
        queue.advance(by: frames[0].bytes.count - 1)
        #expect(queue.lastSent == 0)
        #expect(queue.lastWholeAlert == 1, "the line in progress will be finished")
        queue.advance(by: 1)
        #expect(queue.lastSent == 1)
        #expect(queue.boundedCount == 1)
        #expect(queue.count == 1)
    }

    @Test func droppingKeepsOnlyTheLineInProgress() {
        var queue = OutboundQueue()
        let frames = SubscriberStateMachineTests.frames(1...3)
        for frame in frames { queue.append(frame, bounded: true) }
        queue.advance(by: 2)
        queue.dropAllButPartial()
        #expect(queue.entries.map(\.frame.id) == [1])
        #expect(queue.boundedCount == 0)
        #expect(queue.offset == 2)

        var untouched = OutboundQueue()
        for frame in frames { untouched.append(frame, bounded: true) }
        untouched.dropAllButPartial()
        #expect(untouched.isEmpty)
    }
}
