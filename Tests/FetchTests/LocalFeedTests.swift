import Fetch
import Foundation
import Testing

@Suite struct LocalFeedTests {
    private func temporaryFeed(_ text: String, name: String = "feed.xml") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func plainPathIsReadDirectly() async throws {
        let file = try temporaryFeed(sampleFeed)
        let result = await Fetcher().fetch(FetchRequest(url: file.path))
        #expect(result.outcome == .content(body: Array(sampleFeed.utf8), validators: .none, finalURL: file.path, status: 200))
    }

    @Test func fileURLIsReadDirectly() async throws {
        let file = try temporaryFeed(sampleFeed, name: "with space.xml")
        let result = await Fetcher().fetch(FetchRequest(url: file.absoluteString))
        #expect(file.absoluteString.contains("%20"))
        #expect(result.outcome.body == Array(sampleFeed.utf8))
    }

    @Test func missingFileIsFileError() async throws {
        let result = await Fetcher().fetch(FetchRequest(url: "/nonexistent/tradewatch/feed.xml"))
        #expect(result.outcome == .fileError(path: "/nonexistent/tradewatch/feed.xml", reason: "No such file or directory"))
        #expect(result.outcome.description == "cannot read /nonexistent/tradewatch/feed.xml: No such file or directory")
    }

    @Test func directoryIsFileError() async throws {
        let result = await Fetcher().fetch(FetchRequest(url: NSTemporaryDirectory()))
        guard case .fileError(_, let reason) = result.outcome else {
            Issue.record("expected a file error, got \(result.outcome)")
            return
        }
        #expect(reason == "is a directory")
    }

    @Test func localFileOverTheCapIsTooLarge() async throws {
        let file = try temporaryFeed(String(repeating: "x", count: 2000))
        let result = await Fetcher(options: FetchOptions(maxBodyBytes: 1000)).fetch(FetchRequest(url: file.path))
        #expect(result.outcome == .tooLarge(limit: 1000))
    }

    @Test func otherSchemesAreRefused() async throws {
        let result = await Fetcher().fetch(FetchRequest(url: "ftp://127.0.0.1/feed.xml"))
        guard case .networkError(let message) = result.outcome else {
            Issue.record("expected a network error, got \(result.outcome)")
            return
        }
        #expect(message.contains("ftp"))
    }
}
