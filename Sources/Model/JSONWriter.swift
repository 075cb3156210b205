import FoundationEssentials

/// Writes JSON with keys in the order they are given, which the log and the
/// `parse` output keep for people reading them. Absent values are `null`.
///
/// Usage: `var w = JSONWriter(); w.object { w.field("id") { w.int(1) } }`.
package struct JSONWriter: Sendable {
    package private(set) var output: String = ""
    /// One entry per open object/array: true until its first member is written.
    private var atFirstMember: [Bool] = []
    /// A key was just written, so the next value needs no comma.
    private var afterKey = false

    package init() {
        output.reserveCapacity(256)
    }

    package mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        output.append("{")
        atFirstMember.append(true)
        body(&self)
        atFirstMember.removeLast()
        output.append("}")
    }

    package mutating func array(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        output.append("[")
        atFirstMember.append(true)
        body(&self)
        atFirstMember.removeLast()
        output.append("]")
    }

    /// A key inside an object; the next value written belongs to it.
    package mutating func key(_ name: String) {
        beginValue()
        appendQuoted(name)
        output.append(":")
        afterKey = true
    }

    package mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    package mutating func field(_ name: String, _ value: Int64?) { key(name); int(value) }
    package mutating func field(_ name: String, _ value: Int?) { key(name); int(value.map(Int64.init)) }
    package mutating func field(_ name: String, _ value: Double?) { key(name); double(value) }
    package mutating func field(_ name: String, _ value: Bool?) { key(name); bool(value) }
    package mutating func field(_ name: String, date value: Date?) { key(name); string(value.map(Timestamp.rfc3339)) }
    package mutating func field(_ name: String, strings: [String]) {
        key(name)
        array { w in for s in strings { w.string(s) } }
    }

    package mutating func string(_ value: String?) {
        beginValue()
        if let value { appendQuoted(value) } else { output.append("null") }
    }

    mutating func int(_ value: Int64?) {
        beginValue()
        if let value { output.append(String(value)) } else { output.append("null") }
    }

    mutating func double(_ value: Double?) {
        beginValue()
        guard let value, value.isFinite else { output.append("null"); return }
        if value == value.rounded(), abs(value) < 1e15 {
            output.append(String(Int64(value)))
        } else {
            output.append(String(value))
        }
    }

    mutating func bool(_ value: Bool?) {
        beginValue()
        output.append(value.map { $0 ? "true" : "false" } ?? "null")
    }

    package mutating func null() {
        beginValue()
        output.append("null")
    }

    /// Inserts already-serialised JSON as a value.
    mutating func raw(_ json: String) {
        beginValue()
        output.append(json)
    }

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = atFirstMember.indices.last else { return }
        if !atFirstMember[last] { output.append(",") }
        atFirstMember[last] = false
    }

    private mutating func appendQuoted(_ s: String) {
        output.append("\"")
        var plainStart = s.utf8.startIndex
        let utf8 = s.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            if b < 0x20 || b == 0x22 || b == 0x5C {
                output.append(contentsOf: s[plainStart..<i])
                switch b {
                case 0x22: output.append("\\\"")
                case 0x5C: output.append("\\\\")
                case 0x0A: output.append("\\n")
                case 0x0D: output.append("\\r")
                case 0x09: output.append("\\t")
                default:
                    let hex = String(b, radix: 16)
                    output.append("\\u00" + (hex.count == 1 ? "0" + hex : hex))
                }
                plainStart = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        output.append(contentsOf: s[plainStart..<utf8.endIndex])
        output.append("\"")
    }
}
