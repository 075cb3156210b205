import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One accepted connection of `HTTPTestServer`: reads requests, writes
/// responses. Used by one thread only.
struct HTTPConnection {
    let fd: Int32
    let number: Int
    let core: HTTPServerCore
    /// Bytes read past the previous request (keep-alive pipelining).
    private let pending = Locked<[UInt8]>([])

    init(fd: Int32, number: Int, core: HTTPServerCore) {
        self.fd = fd
        self.number = number
        self.core = core
        // A client that sends nothing must not pin the thread forever; long
        // enough that a keep-alive client on a loaded machine is not cut off
        // between two requests (tests count connections).
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        // Without this, Nagle's algorithm and the client's delayed ACK add
        // ~40 ms to every response written in more than one send().
        var noDelay: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
    }

    func close() { _ = Glibc.close(fd) }

    /// The next request, or nil when the client closed, timed out or sent garbage.
    func readRequest() -> HTTPTestRequest? {
        var buffer = pending.withLock { bytes in defer { bytes = [] }; return bytes }
        let terminator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while true {
            if let end = buffer.firstRange(of: terminator)?.upperBound { headEnd = end; break }
            guard buffer.count < 64 * 1024, let more = receive() else { return nil }
            buffer += more
        }
        guard let headEnd else { return nil }
        let head = String(decoding: buffer[..<(headEnd - 4)], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3 else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        var rest = Array(buffer[headEnd...])
        while rest.count < length {
            guard let more = receive() else { return nil }
            rest += more
        }
        pending.withLock { $0 = Array(rest[length...]) }
        return HTTPTestRequest(method: String(requestLine[0]), path: String(requestLine[1]),
                               version: String(requestLine[2]), headers: headers,
                               body: Array(rest[..<length]), connection: number)
    }

    private func receive() -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 { return Array(chunk[..<count]) }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Writes `response`; false once the client is gone or the server stopped.
    func write(_ response: HTTPTestResponse, head: Bool, close: Bool) -> Bool {
        var lines = ["HTTP/1.1 \(response.status) \(HTTPTestResponse.reason(for: response.status))"]
        lines += response.headers.map { "\($0.name): \($0.value)" }
        let noBody = head || response.forbidsBody
        switch response.body {
        case .bytes(let bytes) where response.header("Content-Length") == nil && !response.forbidsBody:
            lines.append("Content-Length: \(bytes.count)")
        case .drip(let bytes, _) where response.header("Content-Length") == nil:
            lines.append("Content-Length: \(bytes.count)")
        case .chunked:
            lines.append("Transfer-Encoding: chunked")
        default:
            break
        }
        var endless = false
        if case .endless = response.body { endless = true }
        if response.header("Connection") == nil {
            lines.append(close || endless ? "Connection: close" : "Connection: keep-alive")
        }
        let head = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        if noBody { return send(head) }
        if case .bytes(let bytes) = response.body { return send(head + bytes) }
        guard send(head) else { return false }

        switch response.body {
        case .bytes:
            return true
        case .chunked(let chunks, let delay):
            for chunk in chunks where !chunk.isEmpty {
                guard core.pause(delay),
                      send(Array((String(chunk.count, radix: 16) + "\r\n").utf8) + chunk + Array("\r\n".utf8))
                else { return false }
            }
            return send(Array("0\r\n\r\n".utf8))
        case .drip(let bytes, let interval):
            for byte in bytes {
                guard send([byte]), core.pause(interval) else { return false }
            }
            return true
        case .endless(let chunk):
            guard !chunk.isEmpty else { return false }
            while !core.isStopped {
                guard send(chunk) else { return false }
            }
            return false
        }
    }

    /// MSG_NOSIGNAL: a client hanging up must not raise SIGPIPE in the test process.
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }
}
