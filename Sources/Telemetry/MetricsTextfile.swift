#if canImport(Glibc)
import Glibc
#endif

/// Writes the exposition for node_exporter's textfile collector: to a
/// temporary file in the same folder, fsynced, then renamed over the old
/// one, so the collector never reads half a file.
package enum MetricsTextfile {
    package static func write(_ bytes: [UInt8], to path: String) throws(MetricsWriteError) {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw MetricsWriteError(path: temporary, operation: "open", code: errno) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw MetricsWriteError(path: temporary, operation: "write", code: code)
            }
            offset += n
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            unlink(temporary)
            throw MetricsWriteError(path: temporary, operation: "fsync", code: code)
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw MetricsWriteError(path: path, operation: "rename", code: code)
        }
    }
}

/// The metrics file or listener could not be written or opened: what, where, why.
package struct MetricsWriteError: Error, CustomStringConvertible, Sendable {
    let path: String
    let operation: String
    let code: Int32

    package var description: String { "\(path): \(operation): \(String(cString: strerror(code)))" }
}
