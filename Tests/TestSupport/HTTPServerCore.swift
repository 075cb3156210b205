import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The threads behind `HTTPTestServer`. Separate from it so the threads do
/// not keep the server alive: releasing the server stops the core.
final class HTTPServerCore: Sendable {
    let received = Locked<[HTTPTestRequest]>([])
    let connections = Locked(0)
    private let stopped = Locked(false)
    private let listener: Int32
    private let keepAlive: Bool
    private let handler: HTTPTestServer.Handler

    init(listener: Int32, keepAlive: Bool, handler: @escaping HTTPTestServer.Handler) {
        self.listener = listener
        self.keepAlive = keepAlive
        self.handler = handler
    }

    var isStopped: Bool { stopped.current }

    func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "HTTPTestServer accept"
        thread.start()
    }

    func stop() {
        stopped.withLock { $0 = true }
    }

    private func acceptLoop() {
        defer { close(listener) }
        while !isStopped {
            // Poll with a timeout rather than block in accept(), so stop() is noticed.
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            let number = connections.withLock { count -> Int in count += 1; return count }
            let thread = Thread { [self] in serve(HTTPConnection(fd: client, number: number, core: self)) }
            thread.name = "HTTPTestServer connection \(number)"
            thread.start()
        }
    }

    private func serve(_ connection: HTTPConnection) {
        defer { connection.close() }
        while !isStopped, let request = connection.readRequest() {
            received.withLock { $0.append(request) }
            let response = handler(request)
            if response.closeWithoutResponse { return }
            guard pause(response.delayBeforeHeaders) else { return }
            if let raw = response.raw {
                _ = connection.send(raw)
                return
            }
            let wantsClose = !keepAlive || request.header("Connection")?.lowercased() == "close"
            guard connection.write(response, head: request.method == "HEAD", close: wantsClose) else { return }
            if wantsClose { return }
            if case .endless = response.body { return }
        }
    }

    /// Sleeps in short slices; false if the server stopped meanwhile.
    func pause(_ duration: Duration) -> Bool {
        let deadline = ContinuousClock.now + duration
        while ContinuousClock.now < deadline {
            if isStopped { return false }
            let left = deadline - ContinuousClock.now
            Thread.sleep(forTimeInterval: min(0.05, max(0, Double(left.components.attoseconds) / 1e18 + Double(left.components.seconds))))
        }
        return !isStopped
    }
}
