import Model
import SystemPackage

/// Reads a local feed file with the same size cap as a download.
enum LocalFeedReader {
    /// Blocks while reading; local feeds are small and on local disks.
    static func read(path: String, limit: Int) -> FetchOutcome {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec)
        } catch {
            return failure(path, error)
        }
        defer { try? fd.close() }
        let info: Stat
        do throws(Errno) {
            info = try fd.stat()
        } catch {
            return failure(path, error)
        }
        if info.type == .directory { return .fileError(path: path, reason: "is a directory") }
        if info.size > limit { return .tooLarge(limit: limit) }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count: Int
            do {
                count = try chunk.withUnsafeMutableBytes { try fd.read(into: $0) }
            } catch {
                return failure(path, error)
            }
            if count == 0 { break }
            // The size can change while reading (a growing file, a FIFO): cap what is read, too.
            guard bytes.count + count <= limit else { return .tooLarge(limit: limit) }
            bytes.append(contentsOf: chunk[..<count])
        }
        return .content(body: bytes, validators: .none, finalURL: path, status: 200)
    }

    /// The OS error's text, as the feed's failure reason.
    private static func failure(_ path: String, _ error: any Error) -> FetchOutcome {
        .fileError(path: path, reason: "\(error)")
    }
}
