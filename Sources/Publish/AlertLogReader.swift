#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import SystemPackage

/// Reads the alert log line by line, and with `follow` keeps reading as the
/// daemon appends, reopening the path when logrotate replaces the file.
package struct AlertLogReader: Sendable {
    let path: String

    package init(path: String) {
        self.path = path
    }

    /// Calls `body` with each complete line. With `follow`, never returns
    /// unless `body` returns false; a torn last line waits until it is whole.
    package func read(follow: Bool, pollInterval: Duration = .milliseconds(250),
                     _ body: (Substring) -> Bool) throws(AlertLogError) {
        var file = try openFile()
        var pending = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n: Int
            do {
                n = try AlertLogError.naming(path, "read") {
                    try buffer.withUnsafeMutableBytes { try file.fd.read(into: $0) }
                }
            } catch {
                try? file.fd.close()
                throw error
            }
            if n > 0 {
                pending.append(contentsOf: buffer[0..<n])
                var start = 0
                while let newline = pending[start...].firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[start..<newline], as: UTF8.self)
                    start = newline + 1
                    if !line.isEmpty, !body(line[...]) { try? file.fd.close(); return }
                }
                pending.removeFirst(start)
                continue
            }
            guard follow else { break }
            // At the end: sleep, then switch files if the path now names another one.
            let (seconds, attos) = pollInterval.components
            usleep(useconds_t(seconds * 1_000_000 + attos / 1_000_000_000_000))
            if let current = try? identity(ofPath: path), current != file.identity {
                try? file.fd.close()
                file = try openFile()
                pending.removeAll()
            }
        }
        try? file.fd.close()
    }

    private struct OpenFile {
        var fd: FileDescriptor
        var identity: FileIdentity
    }

    private struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64

        static func of(_ stat: Stat) -> FileIdentity {
            FileIdentity(device: UInt64(stat.deviceID.rawValue), inode: UInt64(stat.inode.rawValue))
        }
    }

    private func openFile() throws(AlertLogError) -> OpenFile {
        let fd = try AlertLogError.naming(path, "open") {
            try FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec)
        }
        // A failed fstat leaves an identity no path matches: the next look reopens.
        let identity = (try? fd.stat()).map(FileIdentity.of) ?? FileIdentity(device: 0, inode: 0)
        return OpenFile(fd: fd, identity: identity)
    }

    private func identity(ofPath path: String) throws(AlertLogError) -> FileIdentity {
        do throws(Errno) {
            return FileIdentity.of(try FilePath(path).stat())
        } catch {
            throw AlertLogError(path: path, operation: "stat", errno: error)
        }
    }
}
