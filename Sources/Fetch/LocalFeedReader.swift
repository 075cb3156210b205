import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Reads a local feed file with the same size cap as a download.
enum LocalFeedReader {
    /// Blocks while reading; local feeds are small and on local disks.
    static func read(path: String, limit: Int) -> FetchOutcome {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .fileError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .fileError(path: path, reason: String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .fileError(path: path, reason: "is a directory") }
        if info.st_size > limit { return .tooLarge(limit: limit) }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .fileError(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            // The size can change while reading (a growing file, a FIFO): cap what is read, too.
            guard bytes.count + count <= limit else { return .tooLarge(limit: limit) }
            bytes.append(contentsOf: chunk[..<count])
        }
        return .content(body: bytes, validators: .none, finalURL: path, status: 200)
    }
}
