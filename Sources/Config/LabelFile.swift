import Detect
import FoundationEssentials
import Model

/// Reads a labelled set in the JSON-lines format of ../shared/eval/dev.jsonl.
package enum LabelFile {
    package struct LoadError: Error, CustomStringConvertible {
        var file: String
        var line: Int?
        var message: String
        package var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
    }

    private struct Record: Decodable {
        var id: String
        var title: String
        var summary: String?
        var relevant: Bool
        var topics: [String]?
        var actor: String?
        var direction: String?
        var modality: String?
        var note: String?
        var url: String?
    }

    package static func load(path: String) throws(LoadError) -> [LabelledItem] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, line: nil, message: "cannot read the file")
        }
        var items: [LabelledItem] = []
        let decoder = JSONDecoder()
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(trimmed.utf8))
            } catch {
                throw LoadError(file: path, line: n + 1, message: "not a label record: \(error)")
            }
            var topics: [Topic] = []
            for t in record.topics ?? [] {
                guard let topic = Topic(rawValue: t) else { throw LoadError(file: path, line: n + 1, message: "unknown topic '\(t)'") }
                topics.append(topic)
            }
            var label: LabelledItem.Label?
            if let d = record.direction {
                guard let l = LabelledItem.Label(rawValue: d) else {
                    throw LoadError(file: path, line: n + 1, message: "unknown direction '\(d)'")
                }
                label = l
            }
            items.append(LabelledItem(id: record.id, title: record.title, summary: record.summary ?? "",
                                      relevant: record.relevant, topics: topics,
                                      actor: record.actor.flatMap(Actor.init(rawValue:)), label: label, note: record.note, url: record.url,
                                      modality: record.modality.flatMap(Modality.init(rawValue:))))
        }
        return items
    }
}
