import Foundation
import Model
import Parse

/// Parses inline XML the way `tradewatch parse` parses a file.
func parse(_ xml: String, source: String = "inline.xml", base: String? = nil) throws(FeedParseError) -> Feed {
    try FeedParser.parse(Array(xml.utf8), source: source, baseURL: base)
}

/// Parses raw bytes.
func parse(bytes: [UInt8], source: String = "inline.xml") throws(FeedParseError) -> Feed {
    try FeedParser.parse(bytes, source: source)
}

/// The bytes of a copied corpus file in Fixtures/.
func fixture(_ name: String) throws -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
        throw FixtureMissing(name: name)
    }
    return [UInt8](try Data(contentsOf: url))
}

struct FixtureMissing: Error { var name: String }

/// A date as tradewatch writes it, for readable expectations.
func utc(_ date: Date?) -> String? { date.map(Timestamp.rfc3339) }

/// The error a parse throws, or nil.
func parseError(_ bytes: [UInt8], source: String = "inline.xml") -> FeedParseError? {
    do {
        _ = try FeedParser.parse(bytes, source: source)
        return nil
    } catch {
        return error
    }
}

/// The shared corpus (../shared/corpus from the repository root), if present.
func corpusFolder(file: StaticString = #filePath) -> URL? {
    var url = URL(fileURLWithPath: "\(file)")
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            let corpus = url.deletingLastPathComponent().appendingPathComponent("shared/corpus")
            return FileManager.default.fileExists(atPath: corpus.appendingPathComponent("MANIFEST.tsv").path) ? corpus : nil
        }
    }
    return nil
}

/// The folder of the copied fixtures (Fixtures/ in the test bundle).
func fixturesFolder() -> String {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.path ?? ""
}
