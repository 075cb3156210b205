import Config
import Daemon
import Detect
import Foundation
import Logging
import Parse
import Store
import Testing

/// The daemon's failures are typed: each case names what failed and where.
@Suite struct DaemonErrorTests {
    let pipeline = FeedPipeline(detector: Detector(baseline: Baseline(positions: [])))

    @Test func aBodyThatIsNotAFeedIsUnparsableNamingTheFeed() throws {
        let url = "https://example.org/news.xml"
        let parsed = try #require(pipeline.parse(Array("<html><body>hi</body></html>".utf8),
                                                 feedURL: url, finalURL: url, charset: nil))
        guard case .failure(.unparsable(let error)) = parsed else {
            Issue.record("parsed: \(parsed)")
            return
        }
        #expect(error.source == url)
        #expect("\(FeedProcessingError.unparsable(error))".hasPrefix("\(url): not a feed"))
        #expect(throws: FeedProcessingError.unparsable(error)) {
            try pipeline.process(FeedInput(body: Array("<html><body>hi</body></html>".utf8), feedURL: url,
                                           finalURL: url, seen: [:], firstContact: false, maxAge: .seconds(0),
                                           ledger: [], recentMoves: [], now: Date()))
        }
    }

    @Test func aStateFolderThatCannotBeMadeStopsTheDaemonNamingTheFolder() throws {
        let (config, folder) = DaemonConfig.inTemporaryFolder("error", feeds: [])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The state folder's path is taken by a file.
        #expect(FileManager.default.createFile(atPath: config.stateDir, contents: Data()))
        #expect {
            _ = try DaemonRuntime(config: config, processor: pipeline, logger: Logger(label: "test"))
        } throws: { error in
            guard case DaemonError.stateNotOpened(.notAFolder(let path)) = error else { return false }
            return path == config.stateDir
                && "\(error)" == "cannot open the state database: \(config.stateDir): cannot create the state folder: not a directory"
        }
    }
}
