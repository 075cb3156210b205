#if canImport(Glibc)
import Glibc
#endif

/// Writes the report page atomically: a temporary file in the same folder,
/// fsynced, then renamed over the page, so a web server publishing it never
/// serves half a page. The page is world-readable (0644): it is for publishing.
package enum ReportFile {
    package static func write(_ html: String, to path: String) throws(ReportFileError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system("create", temporary) }
        var bytes = Array(html.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                let error = ReportFileError.system("write", temporary)
                close(fd)
                unlink(temporary)
                throw error
            }
            done += n
        }
        bytes = []
        guard fsync(fd) == 0 else {
            let error = ReportFileError.system("fsync", temporary)
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = ReportFileError.system("rename to \(path)", temporary)
            unlink(temporary)
            throw error
        }
    }
}

/// A report page that could not be written: which step, which file, why.
package struct ReportFileError: Error, CustomStringConvertible, Sendable {
    package let description: String

    static func system(_ step: String, _ path: String) -> ReportFileError {
        ReportFileError(description: "report: \(step) \(path): \(String(cString: strerror(errno)))")
    }
}
