#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Model
import Logging

/// What subscribers send: lines read and parsed, answered, and subscribes
/// turned into a replay. Runs on the I/O thread, like the rest of the server.
extension AlertSocketServer {
    func readFrom(_ session: SubscriberSession) {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while session.isActive {
            let n = read(session.fd, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { return }
                logger.debug("subscriber read failed", metadata: meta(session, ["error": "\(String(cString: strerror(errno)))"]))
                remove(session)
                return
            }
            if n == 0 {
                if session.readBuffer.isEmpty {
                    logger.debug("subscriber disconnected", metadata: meta(session))
                    remove(session)
                } else {
                    logger.warning("subscriber closed its end in the middle of a line", metadata: meta(session))
                    disconnect(session, final: ServerMessage.error(code: "incomplete_line",
                                                                   message: "the connection was closed in the middle of a line"))
                }
                return
            }
            session.readBuffer.append(contentsOf: chunk[0..<n])
            processLines(session)
        }
    }

    private func processLines(_ session: SubscriberSession) {
        var start = 0
        let buffer = session.readBuffer
        while session.isActive, let newline = buffer[start...].firstIndex(of: 0x0A) {
            let line = buffer[start..<newline]
            start = newline + 1
            if line.count > options.maxLineBytes {
                tooLong(session)
                return
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                handle(try ClientMessage.parse(line), from: session)
            } catch {
                logger.warning("bad subscriber input", metadata: meta(session, ["error": "\(error)"]))
                session.enqueue(Frame(id: nil, line: ServerMessage.error(code: error.code, message: error.message)),
                                bounded: true)
                checkBound(session)
                if !session.closed { flush(session) }
            }
        }
        guard session.isActive else { return }
        session.readBuffer.removeFirst(start)
        if session.readBuffer.count > options.maxLineBytes { tooLong(session) }
    }

    private func tooLong(_ session: SubscriberSession) {
        logger.warning("subscriber sent a line over \(options.maxLineBytes) bytes; disconnected", metadata: meta(session))
        disconnect(session, final: ServerMessage.error(code: "line_too_long",
                                                       message: "a line may have at most \(options.maxLineBytes) bytes"))
    }

    private func handle(_ message: ClientMessage, from session: SubscriberSession) {
        switch message {
        case .ping:
            session.enqueue(Frame(id: nil, line: ServerMessage.pong), bounded: true)
            checkBound(session)
            if !session.closed { flush(session) }
        case .status:
            let number = session.number
            let source = source
            // Every connection hears live alerts; the one asking is not counted.
            let others = max(0, subscriberCount - 1)
            Task { [self] in
                let object = await source.status()
                post(.control(session: number, line: ServerMessage.status(object, subscribers: others)))
            }
        case .subscribe(let since, let filter):
            guard session.mode == .initial else {
                session.enqueue(Frame(id: nil, line: ServerMessage.error(code: "already_subscribed",
                                                                        message: "one subscribe per connection")),
                                bounded: true)
                checkBound(session)
                if !session.closed { flush(session) }
                return
            }
            session.filter = filter
            session.filterIsEmpty = filter == AlertFilter()
            logger.debug("subscribe", metadata: meta(session, ["since": "\(since.map(String.init) ?? "live")"]))
            guard let since else {
                // Live only, from here on, now filtered.
                session.mode = .live
                releaseHeld(session)
                return
            }
            let upTo: Int64?
            if let first = session.firstInitialID {
                // Live alerts went out before this subscribe: replay only below them.
                upTo = first - 1
                session.mode = .live
            } else {
                upTo = nil
                session.mode = .replaying
            }
            startReplay(session.number, since: since, upTo: upTo, filter: session.filterIsEmpty ? nil : filter)
        }
    }

    private func startReplay(_ number: Int, since: Int64, upTo: Int64?, filter: AlertFilter?) {
        let source = source
        let pageSize = options.pageSize
        Task { [self] in
            var after = since
            do {
                while upTo.map({ after < $0 }) ?? true {
                    let page = try await source.alerts(after, pageSize)
                    guard let last = page.last else { break }
                    var frames: [Frame] = []
                    frames.reserveCapacity(page.count)
                    for alert in page where upTo.map({ alert.id <= $0 }) ?? true {
                        if let filter {
                            guard let fields = AlertFields(jsonLine: alert.record), filter.accepts(fields) else { continue }
                        }
                        frames.append(Frame(alert: alert))
                    }
                    after = min(last.id, upTo ?? last.id)
                    let alive = await withCheckedContinuation { done in
                        post(.replayPage(session: number, frames: frames, done: done))
                    }
                    guard alive else { return }
                }
                post(.replayDone(session: number, lastID: after, live: upTo != nil))
            } catch {
                post(.replayFailed(session: number, message: "cannot read alerts after \(after): \(error)"))
            }
        }
    }
}
