import DequeModule

/// The lines still to be written to one subscriber, in order, and how far
/// the one at the front has gone. Bookkeeping only: the session writes.
struct OutboundQueue {
    struct Entry {
        let frame: Frame
        /// Counts against the queue bound (live alerts and control lines;
        /// replay pages are flow-controlled instead).
        let bounded: Bool
    }

    private(set) var entries: Deque<Entry> = []
    /// Bytes of the front entry already written.
    private(set) var offset = 0
    private(set) var boundedCount = 0
    /// The id of the last alert completely handed to the kernel.
    private(set) var lastSent: Int64 = 0

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// The id of the last alert the client will have whole once the line in
    /// progress is finished.
    var lastWholeAlert: Int64 {
        guard offset > 0, let front = entries.first else { return lastSent }
        return front.frame.id ?? lastSent
    }

    /// Hands `body` the unwritten bytes of up to `limit` lines from the
    /// front, in order, for one gathered write (the queue is only borrowed).
    func forEachPending(limit: Int, _ body: (Int, UnsafeRawBufferPointer) -> Void) {
        var i = 0
        var index = entries.startIndex
        while i < limit, index < entries.endIndex {
            let bytes = UnsafeRawBufferPointer(entries[index].frame.bytes)
            body(i, i == 0 ? UnsafeRawBufferPointer(rebasing: bytes[offset...]) : bytes)
            i += 1
            index = entries.index(after: index)
        }
    }

    mutating func append(_ frame: Frame, bounded: Bool) {
        entries.append(Entry(frame: frame, bounded: bounded))
        if bounded { boundedCount += 1 }
    }

    /// The socket took `written` bytes from the front.
    mutating func advance(by written: Int) {
        var left = written
        while left > 0, let front = entries.first {
            let remaining = front.frame.bytes.count - offset
            if left < remaining {
                offset += left
                return
            }
            left -= remaining
            entries.removeFirst()
            offset = 0
            if let id = front.frame.id { lastSent = id }
            if front.bounded { boundedCount -= 1 }
        }
    }

    /// Drops every line except the one in progress, so the client never sees
    /// half a line before whatever comes next.
    mutating func dropAllButPartial() {
        let partial = offset > 0 ? entries.first : nil
        entries.removeAll()
        boundedCount = 0
        if let partial { entries.append(Entry(frame: partial.frame, bounded: false)) }
    }
}
