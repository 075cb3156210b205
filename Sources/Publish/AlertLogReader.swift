#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// Reads the alert log line by line, and with `follow` keeps reading as the
/// daemon appends, reopening the path when logrotate replaces the file.
public struct AlertLogReader: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Calls `body` with each complete line. With `follow`, never returns
    /// unless `body` returns false; a torn last line waits until it is whole.
    public func read(follow: Bool, pollInterval: Duration = .milliseconds(250),
                     _ body: (Substring) -> Bool) throws(AlertLogError) {
        var file = try openFile()
        var pending = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(file.fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                close(file.fd)
                throw AlertLogError(path: path, operation: "read", errno: errno)
            }
            if n > 0 {
                pending.append(contentsOf: buffer[0..<n])
                var start = 0
                while let newline = pending[start...].firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[start..<newline], as: UTF8.self)
                    start = newline + 1
                    if !line.isEmpty, !body(line[...]) { close(file.fd); return }
                }
                pending.removeFirst(start)
                continue
            }
            guard follow else { break }
            // At the end: sleep, then switch files if the path now names another one.
            let (seconds, attos) = pollInterval.components
            usleep(useconds_t(seconds * 1_000_000 + attos / 1_000_000_000_000))
            if let current = try? identity(ofPath: path), current != file.identity {
                close(file.fd)
                file = try openFile()
                pending.removeAll()
            }
        }
        close(file.fd)
    }

    private struct OpenFile {
        var fd: Int32
        var identity: FileIdentity
    }

    private struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    private func openFile() throws(AlertLogError) -> OpenFile {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw AlertLogError(path: path, operation: "open", errno: errno) }
        var st = stat()
        fstat(fd, &st)
        return OpenFile(fd: fd, identity: FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)))
    }

    private func identity(ofPath path: String) throws(AlertLogError) -> FileIdentity {
        var st = stat()
        guard stat(path, &st) == 0 else { throw AlertLogError(path: path, operation: "stat", errno: errno) }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }
}
