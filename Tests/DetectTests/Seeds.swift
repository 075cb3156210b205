import Foundation
import Config
import Detect
import Model
import Testing

/// The repository's seeds, found from this file's path.
enum Seeds {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static var baselinePath: String { root.appendingPathComponent("seeds/baseline.toml").path }
    static var articlePath: String { root.appendingPathComponent("seeds/000_a05286936f21040d.txt").path }

    static let baseline: Baseline = {
        do { return try BaselineFile.load(path: baselinePath) } catch { fatalError("\(error)") }
    }()
}

extension Seeds {
    /// The seed baseline's claim extractor, shared by the grammar suites.
    static let extractor = ClaimExtractor(baseline: baseline)
    /// The same without the learned gate: what the wording rules alone decide.
    static let rulesExtractor = ClaimExtractor(baseline: baseline, gate: nil)
}

/// The claims the seed baseline's extractor finds in an item.
func claims(_ title: String, _ text: String = "") -> [Claim] {
    Seeds.extractor.claims(title: title, text: text)
}

/// The claims the wording rules alone find in an item (no learned gate).
func ruleClaims(_ title: String, _ text: String = "") -> [Claim] {
    Seeds.rulesExtractor.claims(title: title, text: text)
}

/// Each headline raises, by the rules alone, a claim with its topic, actor and direction.
func expectEachReads(_ moves: [(String, Topic, Actor, Direction)], sourceLocation: SourceLocation = #_sourceLocation) {
    for (title, topic, actor, direction) in moves {
        #expect(ruleClaims(title).contains { $0.topic == topic && $0.actor == actor && $0.direction == direction }, "\(title)",
                sourceLocation: sourceLocation)
    }
}
