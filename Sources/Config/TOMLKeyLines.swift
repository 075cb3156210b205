import FoundationEssentials
import Model

/// Finds the line of a key in TOML source text. TOMLKit parses values but
/// keeps no positions, and errors must name the line; this scans the text for
/// table headers (`[t]`, `[[t]]`) and `key =` lines, which is all a config or
/// baseline file uses.
struct TOMLKeyLines: Sendable {
    /// (table path, index of the array-of-tables entry or nil, key) -> line.
    private var lines: [String: Int] = [:]
    private var headers: [String: Int] = [:]

    init(source: String) {
        var table = ""
        var arrayCounts: [String: Int] = [:]
        var index: Int?
        var lineNumber = 0
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[[") {
                table = Self.name(line.dropFirst(2).prefix { $0 != "]" })
                let n = arrayCounts[table, default: 0]
                arrayCounts[table] = n + 1
                index = n
                headers[Self.slot(table, index, "")] = lineNumber
            } else if line.hasPrefix("[") {
                table = Self.name(line.dropFirst().prefix { $0 != "]" })
                index = nil
                headers[Self.slot(table, nil, "")] = lineNumber
            } else if let eq = line.firstIndex(of: "="), !line.hasPrefix("#") {
                var key = Self.name(line[..<eq])
                if key.hasPrefix("\""), key.hasSuffix("\""), key.count >= 2 { key = String(key.dropFirst().dropLast()) }
                let slot = Self.slot(table, index, key)
                if lines[slot] == nil { lines[slot] = lineNumber }
            }
        }
    }

    /// The line of `key` in `table` (entry `index` of an array of tables), or
    /// of the table's header when `key` is empty.
    func line(table: String, index: Int? = nil, key: String = "") -> Int? {
        key.isEmpty ? headers[Self.slot(table, index, "")] : lines[Self.slot(table, index, key)]
    }

    private static func name(_ s: Substring) -> String {
        s.trimmingWhitespace()
    }

    private static func slot(_ table: String, _ index: Int?, _ key: String) -> String {
        "\(table)\u{1}\(index.map(String.init) ?? "")\u{1}\(key)"
    }
}
