#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Model
import SystemPackage

/// The append-only JSON-lines alert log.
///
/// Fed only from committed alerts: `append` writes every alert whose id is
/// above the last one in the log, then fsyncs. A torn last line (a crash in
/// the middle of a write, or a full disk) is cut off before appending, and the
/// alert it held is written again whole. Used from one task at a time.
package final class AlertLog {
    let path: String
    /// Nil only after a `reopen` that failed.
    private var fd: FileDescriptor?
    /// The id of the last alert known to be in the log (this file or, after
    /// rotation, an earlier one).
    package private(set) var lastID: Int64
    private var needsRepair = true

    /// Opens (creating, mode 0640) the log at `path`. `highWater` is the last
    /// id the caller knows was logged before (so a rotated-away log is not
    /// written again); the log's own last line wins when it is higher.
    package init(path: String, highWater: Int64 = 0) throws(AlertLogError) {
        self.path = path
        self.lastID = highWater
        try open()
    }

    deinit { try? fd?.close() }

    /// Closes and opens the path again: after logrotate moved the file away.
    package func reopen() throws(AlertLogError) {
        try? fd?.close()
        fd = nil
        try open()
    }

    /// Appends the alerts with id above `lastID`, in id order, then fsyncs.
    /// On failure nothing is counted as written; the next call retries.
    package func append(_ alerts: [StoredAlert]) throws(AlertLogError) {
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
            let fd = try descriptor(for: "write")
            try AlertLogError.naming(path, "write") { try fd.writeAll(buffer) }
            // swift-system has no fsync.
            guard fsync(fd.rawValue) == 0 else {
                throw AlertLogError(path: path, operation: "fsync", errno: Errno(rawValue: errno))
            }
        } catch {
            needsRepair = true
            throw error
        }
        lastID = fresh.last!.id
    }

    private func open() throws(AlertLogError) {
        // A new log gets mode 0640 whatever the umask; an existing one keeps
        // the mode its administrator gave it.
        let file = FilePath(path)
        fd = try AlertLogError.naming(path, "open") {
            do {
                let created = try FileDescriptor.open(
                    file, .writeOnly, options: [.append, .create, .exclusiveCreate, .closeOnExec],
                    permissions: [.ownerReadWrite, .groupRead])
                fchmod(created.rawValue, 0o640)
                return created
            } catch Errno.fileExists {
                return try FileDescriptor.open(file, .writeOnly, options: [.append, .closeOnExec])
            }
        }
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

    /// The open log, or an error naming `operation` when a `reopen` failed.
    private func descriptor(for operation: String) throws(AlertLogError) -> FileDescriptor {
        guard let fd else { throw AlertLogError(path: path, operation: operation, errno: .badFileDescriptor) }
        return fd
    }

    /// Cuts the file back to its last newline when it does not end with one.
    private func repairTornLine() throws(AlertLogError) {
        let fd = try descriptor(for: "seek")
        let size = try AlertLogError.naming(path, "seek") { try fd.seek(offset: 0, from: .end) }
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
        try AlertLogError.naming(path, "truncate torn last line") { try fd.resize(to: Int64(end)) }
        needsRepair = false
    }

    /// The id of the last complete line of the log at `path` (this one, or
    /// a rotated one), nil when it holds none. A torn last line (a crash
    /// mid-write) does not count.
    package static func lastLoggedID(inFileAt path: String) throws(AlertLogError) -> Int64? {
        let size: Int
        do throws(Errno) {
            size = Int(try FilePath(path).stat().size)
        } catch {
            throw AlertLogError(path: path, operation: "stat", errno: error)
        }
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
        let reader = try AlertLogError.naming(path, "open for reading") {
            try FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec)
        }
        defer { try? reader.close() }
        let length = min(count, size)
        var bytes = [UInt8](repeating: 0, count: length)
        let n = try AlertLogError.naming(path, "read") {
            try bytes.withUnsafeMutableBytes { try reader.read(fromAbsoluteOffset: Int64(size - length), into: $0) }
        }
        return Array(bytes.prefix(n))
    }

    static func id(ofLine line: ArraySlice<UInt8>) -> Int64? {
        JSONValue(parsing: line)?["id"]?.int64
    }
}
