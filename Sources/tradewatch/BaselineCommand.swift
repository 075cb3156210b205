import ArgumentParser
import Config
import Detect
import FoundationEssentials
import Model

/// `tradewatch baseline`: the baseline positions as a table (or JSON), and
/// `baseline derive ARTICLE.txt`, the baseline TOML an article implies.
struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Shows the baseline positions, or derives them from a seed article.",
        subcommands: [Show.self, Derive.self],
        defaultSubcommand: Show.self)

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Shows the baseline positions as a table (--json for scripts).")

        @Option(help: "The baseline file (default: seeds/baseline.toml, then the installed copy).")
        var baseline: String?

        @Flag(help: "Print the positions as one JSON object.")
        var json = false

        func run() async throws {
            let positions = try BaselineLoading.load(baseline).positions
            print(json ? Self.json(positions) : Self.table(positions), terminator: json ? "\n" : "")
        }

        static func json(_ positions: [BaselinePosition]) -> String {
            var w = JSONWriter()
            w.object { w in
                w.key("positions")
                w.array { w in
                    for p in positions {
                        w.object { w in
                            w.field("id", p.id)
                            w.field("topic", p.topic.rawValue)
                            w.field("actor", p.actor.rawValue)
                            w.field("stance", p.stance)
                            w.field("status", p.status.rawValue)
                            w.field("quote", p.quote)
                            w.field("terms", strings: p.terms)
                        }
                    }
                }
            }
            return w.output
        }

        static func table(_ positions: [BaselinePosition]) -> String {
            let header = ["TOPIC", "ACTOR", "STATUS", "ID", "STANCE"]
            let rows = positions.map { [$0.topic.rawValue, $0.actor.rawValue, $0.status.rawValue, $0.id, $0.stance] }
            var widths = header.map(\.count)
            for row in rows { for (i, cell) in row.enumerated() where i < 4 { widths[i] = max(widths[i], cell.count) } }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { i, c in i < 4 ? c + String(repeating: " ", count: max(0, widths[i] - c.count)) : c }
                    .joined(separator: "  ")
            }
            return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
        }
    }

    struct Derive: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "derive", abstract: "Runs the claim extractor over an article and prints the baseline TOML it implies.")

        @Argument(help: "The article, plain text.")
        var article: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: article) else {
                throw CommandFailure.unreadable(path: article)
            }
            // The built-in lexicon only: deriving must not lean on the baseline it is meant to produce.
            let extractor = ClaimExtractor(baseline: Baseline(positions: []))
            let positions = BaselineDeriver.derive(article: String(decoding: data, as: UTF8.self), extractor: extractor)
            print(BaselineTOML.render(positions, source: URL(fileURLWithPath: article).lastPathComponent), terminator: "")
        }
    }
}
