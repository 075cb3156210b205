import TOMLKit

/// Reads typed values out of TOMLKit tables and collects every problem with
/// its file, line and key instead of stopping at the first.
struct TOMLReader {
    let path: String
    let lines: TOMLKeyLines
    private(set) var issues: [ConfigIssue] = []

    init(path: String, lines: TOMLKeyLines) {
        self.path = path
        self.lines = lines
    }

    mutating func issue(table: String, index: Int? = nil, key: String, _ message: String) {
        let line = key.isEmpty ? lines.line(table: table, index: index)
            : (lines.line(table: table, index: index, key: key) ?? lines.line(table: table, index: index))
        var name = table
        if let index { name += "[\(index + 1)]" }
        if !key.isEmpty { name = name.isEmpty ? key : "\(name).\(key)" }
        issues.append(ConfigIssue(file: path, line: line, key: name, message: message))
    }

    mutating func checkKeys(_ table: TOMLTable, table name: String, index: Int? = nil, allowed: Set<String>) {
        for key in table.keys.sorted() where !allowed.contains(key) {
            issue(table: name, index: index, key: key,
                  "unknown key (known: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    mutating func string(_ table: TOMLTable, _ name: String, _ key: String, index: Int? = nil,
                         required: Bool = false) -> String? {
        guard let value = table[key] else {
            if required { issue(table: name, index: index, key: key, "missing") }
            return nil
        }
        guard let s = value.string else {
            issue(table: name, index: index, key: key, "must be a string, not \(value.type)")
            return nil
        }
        return s
    }

    mutating func duration(_ table: TOMLTable, _ name: String, _ key: String, index: Int? = nil) -> Duration? {
        guard let text = string(table, name, key, index: index) else { return nil }
        guard let d = DurationText.parse(text) else {
            issue(table: name, index: index, key: key,
                  "bad duration \"\(text)\" (use e.g. \"90s\", \"5m\", \"1h\"; at least 1s)")
            return nil
        }
        return d
    }

    mutating func positiveInt(_ table: TOMLTable, _ name: String, _ key: String, max: Int) -> Int? {
        guard let value = table[key] else { return nil }
        guard let n = value.int else {
            issue(table: name, key: key, "must be an integer, not \(value.type)")
            return nil
        }
        guard n >= 1, n <= max else {
            issue(table: name, key: key, "must be between 1 and \(max), not \(n)")
            return nil
        }
        return n
    }
}
