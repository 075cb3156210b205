#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Model
import Logging

/// What subscribers send: bytes read and cut into lines, each parsed and
/// handed to the session's state machine; the replays it asks for. Runs on
/// the I/O thread, like the rest of the server (the replays are tasks that
/// post their pages back).
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
                    perform(session.machine.closedMidLine(now: Self.now()), on: session)
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
                perform(session.machine.received(try ClientMessage.parse(line)), on: session)
            } catch {
                logger.warning("bad subscriber input", metadata: meta(session, ["error": "\(error)"]))
                perform(session.machine.badInput(error), on: session)
            }
        }
        guard session.isActive else { return }
        session.readBuffer.removeFirst(start)
        if session.readBuffer.count > options.maxLineBytes { tooLong(session) }
    }

    private func tooLong(_ session: SubscriberSession) {
        logger.warning("subscriber sent a line over \(options.maxLineBytes) bytes; disconnected", metadata: meta(session))
        perform(session.machine.lineTooLong(maxBytes: options.maxLineBytes, now: Self.now()), on: session)
    }

    /// Reads the committed alerts after `since` (up to `upTo`) that pass
    /// `filter`, a page at a time, each once the last is mostly written.
    func startReplay(_ number: Int, since: Int64, upTo: Int64?, filter: AlertFilter) {
        let source = source
        let pageSize = options.pageSize
        Task { [self] in
            var after = since
            do {
                while upTo.map({ after < $0 }) ?? true {
                    let page = try await source.alerts(after, pageSize)
                    guard let last = page.last else { break }
                    let frames = page.lazy
                        .filter { alert in upTo.map { alert.id <= $0 } ?? true }
                        .filter(filter.accepts)
                        .map(Frame.init(alert:))
                    after = min(last.id, upTo ?? last.id)
                    let alive = await withCheckedContinuation { done in
                        post(.replayPage(session: number, frames: Array(frames), done: done))
                    }
                    guard alive else { return }
                }
                post(.replayDone(session: number, lastID: after))
            } catch {
                post(.replayFailed(session: number, message: "cannot read alerts after \(after): \(error)"))
            }
        }
    }
}
