import Foundation
import Testing
import Config
import Detect
import Model

@Suite struct BaselineFileTests {
    @Test func seedBaselineCoversEveryTopic() {
        #expect(Set(Seeds.baseline.topics) == Set(Topic.allCases))
    }

    @Test func everyQuoteIsVerbatimFromTheArticle() throws {
        let article = try String(contentsOfFile: Seeds.articlePath, encoding: .utf8)
        for p in Seeds.baseline.positions {
            #expect(article.contains(p.quote), "quote of \(p.id) is not in the article")
            #expect(!p.terms.isEmpty)
        }
    }

    @Test func unknownTopicNamesLineAndKey() {
        let text = """
        [[position]]
        id = "a"
        topic = "rare-earths"
        actor = "China"
        stance = "s"
        status = "in force"
        quote = "q"
        terms = ["x"]
        """
        #expect(throws: BaselineFileError(file: "b.toml", line: 3, key: "position[0].topic",
                                          message: "unknown topic 'rare-earths' (one of \(Topic.allCases.map(\.rawValue).joined(separator: ", ")))")) {
            try BaselineFile.parse(text, file: "b.toml")
        }
    }

    @Test func missingKeyNamesThePosition() throws {
        let text = "source = \"s\"\n\n[[position]]\nid = \"a\"\ntopic = \"talks\"\n"
        let error = try #require(throws: BaselineFileError.self) { try BaselineFile.parse(text, file: "b.toml") }
        #expect(error.line == 3)
        #expect(error.message.contains("missing key 'actor'"))
    }

    @Test func syntaxErrorNamesTheLine() throws {
        let error = try #require(throws: BaselineFileError.self) {
            try BaselineFile.parse("source = \"s\"\n[[position]\n", file: "b.toml")
        }
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("b.toml:2"))
    }

    @Test func unknownKeyIsAnError() throws {
        let error = try #require(throws: BaselineFileError.self) {
            try BaselineFile.parse("sauce = 1\n[[position]]\n", file: "b.toml")
        }
        #expect(error.key == "sauce")
        #expect(error.line == 1)
    }

    @Test func renderedTOMLReadsBack() throws {
        let text = BaselineTOML.render(Seeds.baseline.positions, source: "seed.txt")
        #expect(try BaselineFile.parse(text, file: "rendered") == Seeds.baseline)
    }

    @Test func locatorPrefersTheCurrentDirectory() {
        let found = BaselineLocator.locate(explicit: nil, currentDirectory: Seeds.root.path, executable: "/nonexistent/bin/tradewatch")
        #expect(found == Seeds.baselinePath)
        #expect(BaselineLocator.locate(explicit: "/x.toml") == "/x.toml")
        let candidates = BaselineLocator.candidates(currentDirectory: "/tmp/none", executable: "/opt/tw/bin/tradewatch")
        #expect(candidates == ["/tmp/none/seeds/baseline.toml", "/opt/tw/share/tradewatch/seeds/baseline.toml",
                               BaselineLocator.systemPath])
    }

    @Test func aBinaryInTheBuildTreeFindsTheRepositorysSeeds() {
        let candidates = BaselineLocator.candidates(currentDirectory: "/tmp/none",
                                                    executable: "/src/tw/.build/x86_64-unknown-linux-gnu/debug/tradewatch")
        #expect(candidates.contains("/src/tw/seeds/baseline.toml"))
    }
}
