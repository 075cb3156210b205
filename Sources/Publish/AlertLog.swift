#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Model

/// The append-only JSON-lines alert log.
///
/// Fed only from committed alerts: `append` writes every alert whose id is
/// above the last one in the log, then fsyncs. A torn last line (a crash in
/// the middle of a write, or a full disk) is cut off before appending, and the
/// alert it held is written again whole. Used from one task at a time.
public final class AlertLog {
    public let path: String
    private var fd: Int32 = -1
    /// The id of the last alert known to be in the log (this file or, after
    /// rotation, an earlier one).
    public private(set) var lastID: Int64
    private var needsRepair = true

    /// Opens (creating, mode 0640) the log at `path`. `highWater` is the last
    /// id the caller knows was logged before (so a rotated-away log is not
    /// written again); the log's own last line wins when it is higher.
    public init(path: String, highWater: Int64 = 0) throws(AlertLogError) {
        self.path = path
        self.lastID = highWater
        try open()
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Closes and opens the path again: after logrotate moved the file away.
    public func reopen() throws(AlertLogError) {
        if fd >= 0 { close(fd) }
        fd = -1
        try open()
    }

    /// Appends the alerts with id above `lastID`, in id order, then fsyncs.
    /// On failure nothing is counted as written; the next call retries.
    public func append(_ alerts: [StoredAlert]) throws(AlertLogError) {
        let fresh = alerts.filter { $0.id > lastID }.sorted { $0.id < $1.id }
        guard !fresh.isEmpty else { return }
        if needsRepair { try repairTornLine() }
        var buffer = [UInt8]()
        buffer.reserveCapacity(fresh.reduce(0) { $0 + $1.record.utf8.count + 1 })
        for alert in fresh {
            buffer.append(contentsOf: alert.record.utf8)
            buffer.append(0x0A)
        }
        do throws(AlertLogError) {
            try writeAll(buffer)
            guard fsync(fd) == 0 else { throw AlertLogError(path: path, operation: "fsync", errno: errno) }
        } catch {
            needsRepair = true
            throw error
        }
        lastID = fresh.last!.id
    }

    private func open() throws(AlertLogError) {
        // A new log gets mode 0640 whatever the umask; an existing one keeps
        // the mode its administrator gave it.
        var descriptor = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        if descriptor >= 0 {
            fchmod(descriptor, 0o640)
        } else if errno == EEXIST {
            descriptor = Glibc.open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        }
        guard descriptor >= 0 else { throw AlertLogError(path: path, operation: "open", errno: errno) }
        fd = descriptor
        try repairTornLine()
        if let last = try Self.lastLoggedID(inFileAt: path) {
            lastID = max(lastID, last)
        } else if let rotated = (try? Self.lastLoggedID(inFileAt: path + ".1")) ?? nil {
            // A log just rotated away (logrotate's first generation, kept
            // uncompressed by `delaycompress`): what it holds was logged,
            // even if the daemon died before recording that in the store.
            lastID = max(lastID, rotated)
        }
    }

    private func writeAll(_ bytes: [UInt8]) throws(AlertLogError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw AlertLogError(path: path, operation: "write", errno: errno)
            }
            offset += n
        }
    }

    /// Cuts the file back to its last newline when it does not end with one.
    private func repairTornLine() throws(AlertLogError) {
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { needsRepair = false; return }
        let tail = try Self.readTail(of: path, size: Int(size), upTo: 1)
        if tail.last == 0x0A { needsRepair = false; return }
        var end = Int(size)
        var chunk = 64 * 1024
        while true {
            let bytes = try Self.readTail(of: path, size: end, upTo: chunk)
            if let newline = bytes.lastIndex(of: 0x0A) {
                end = end - bytes.count + newline + 1
                break
            }
            if bytes.count == end { end = 0; break }
            chunk *= 4
        }
        guard ftruncate(fd, off_t(end)) == 0 else {
            throw AlertLogError(path: path, operation: "truncate torn last line", errno: errno)
        }
        needsRepair = false
    }

    /// The id of the last complete line of the log at `path` (this one, or
    /// a rotated one), nil when it holds none. A torn last line (a crash
    /// mid-write) does not count.
    public static func lastLoggedID(inFileAt path: String) throws(AlertLogError) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { throw AlertLogError(path: path, operation: "stat", errno: errno) }
        let size = Int(info.st_size)
        guard size > 0 else { return nil }
        var chunk = 64 * 1024
        while true {
            let bytes = try readTail(of: path, size: size, upTo: chunk)
            let whole = bytes.count == size
            if let end = bytes.lastIndex(of: 0x0A) {
                let body = bytes[..<end]
                if let newline = body.lastIndex(of: 0x0A) { return id(ofLine: body[(newline + 1)...]) }
                if whole { return id(ofLine: body) }
            } else if whole {
                return nil
            }
            chunk *= 4
        }
    }

    /// The last `count` bytes of the first `size` of the file at `path`,
    /// through a descriptor of its own (the log is opened write-only).
    private static func readTail(of path: String, size: Int, upTo count: Int) throws(AlertLogError) -> [UInt8] {
        let reader = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard reader >= 0 else { throw AlertLogError(path: path, operation: "open for reading", errno: errno) }
        defer { close(reader) }
        let length = min(count, size)
        var bytes = [UInt8](repeating: 0, count: length)
        let n = bytes.withUnsafeMutableBytes { pread(reader, $0.baseAddress!, length, off_t(size - length)) }
        guard n >= 0 else { throw AlertLogError(path: path, operation: "read", errno: errno) }
        return Array(bytes.prefix(n))
    }

    static func id(ofLine line: ArraySlice<UInt8>) -> Int64? {
        JSONValue(parsing: line)?["id"]?.int64
    }
}
