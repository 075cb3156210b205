import Detect
import FoundationEssentials
import Model
import TOMLKit

/// Reads `seeds/baseline.toml`: `[[position]]` tables with id, topic, actor,
/// stance, status, quote and terms. Every error names file, line and key.
public enum BaselineFile {
    static let keys: Set<String> = ["id", "topic", "actor", "stance", "status", "quote", "terms"]

    package static func load(path: String) throws(BaselineFileError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BaselineFileError(file: path, line: nil, key: nil, message: "cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) throws(BaselineFileError) -> Baseline {
        if let bad = TOMLSyntaxGuard.firstProblem(in: text) {
            throw BaselineFileError(file: file, line: bad.line, key: nil,
                                    message: "not valid TOML: \(bad.message)")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw BaselineFileError(file: file, line: error.source.begin.line, key: nil, message: error.description)
        } catch {
            throw BaselineFileError(file: file, line: nil, key: nil, message: "\(error)")
        }
        let lines = TOMLKeyLines(source: text)
        for key in table.keys where key != "source" && key != "position" {
            throw BaselineFileError(file: file, line: lines.line(table: "", key: key), key: key, message: "unknown key")
        }
        guard let array = table["position"]?.array else {
            throw BaselineFileError(file: file, line: nil, key: "position", message: "no [[position]] tables")
        }
        var positions: [BaselinePosition] = []
        var ids: Set<String> = []
        for (index, value) in array.enumerated() {
            func fail(_ key: String?, _ message: String) -> BaselineFileError {
                BaselineFileError(file: file, line: key.flatMap { lines.line(table: "position", index: index, key: $0) }
                                      ?? lines.line(table: "position", index: index),
                                  key: key.map { "position[\(index)].\($0)" }, message: message)
            }
            guard let entry = value.table else { throw fail(nil, "a position must be a table") }
            for key in entry.keys where !keys.contains(key) { throw fail(key, "unknown key") }
            func string(_ key: String) throws(BaselineFileError) -> String {
                guard let raw = entry[key] else { throw fail(nil, "missing key '\(key)'") }
                guard let s = raw.string, !s.isEmpty else { throw fail(key, "must be a non-empty string") }
                return s
            }
            let id = try string("id")
            guard ids.insert(id).inserted else { throw fail("id", "duplicate id '\(id)'") }
            let topicText = try string("topic")
            guard let topic = Topic(rawValue: topicText) else {
                throw fail("topic", "unknown topic '\(topicText)' (one of \(Topic.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let actorText = try string("actor")
            guard let actor = Actor(rawValue: actorText) else { throw fail("actor", "unknown actor '\(actorText)' (US or China)") }
            let statusText = try string("status")
            guard let status = PositionStatus(rawValue: statusText) else {
                throw fail("status", "unknown status '\(statusText)' (\(PositionStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let termValues = entry["terms"]?.array else { throw fail(entry["terms"] == nil ? nil : "terms", entry["terms"] == nil ? "missing key 'terms'" : "must be an array of strings") }
            var terms: [String] = []
            for t in termValues {
                guard let s = t.string, !s.isEmpty else { throw fail("terms", "must be an array of non-empty strings") }
                terms.append(s)
            }
            positions.append(BaselinePosition(id: id, topic: topic, actor: actor, stance: try string("stance"),
                                              status: status, quote: try string("quote"), terms: terms))
        }
        return Baseline(positions: positions)
    }
}
