import Model

/// One line to send, serialised once and shared by every subscriber that
/// gets it: the bytes live in one allocation that `sendmsg` points into.
///
/// `@unchecked Sendable`: the bytes are written once in `init` and only read
/// afterwards, from any thread; the allocation is freed when the last
/// reference goes.
final class Frame: @unchecked Sendable {
    /// The alert's id; nil for control lines (hello, pong, errors).
    let id: Int64?
    /// What subscriptions filter an alert on; nil for control lines.
    let facets: AlertFacets?
    let bytes: UnsafeMutableRawBufferPointer

    init(id: Int64?, line: String, facets: AlertFacets? = nil) {
        self.id = id
        self.facets = facets
        var text = line
        bytes = text.withUTF8 { utf8 in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: utf8.count, alignment: 1)
            buffer.copyMemory(from: UnsafeRawBufferPointer(utf8))
            return buffer
        }
    }

    /// `{"type":"alert", ...record}` and its newline: the stored record spliced in.
    convenience init(alert: StoredAlert) {
        self.init(id: alert.id, line: ServerMessage.alert(alert.record), facets: alert.facets)
    }

    /// Whether a subscription with `filter` gets this line (control lines always).
    func passes(_ filter: AlertFilter) -> Bool {
        guard let id, let facets else { return true }
        return filter.accepts(id: id, facets: facets)
    }

    deinit { bytes.deallocate() }
}
