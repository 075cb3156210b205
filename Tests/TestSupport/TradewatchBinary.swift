import Foundation

/// The built `tradewatch` executable, for tests that run it as a user would.
/// `swift test` builds it next to the test bundle; TRADEWATCH_BIN overrides.
package enum TradewatchBinary {
    package static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["TRADEWATCH_BIN"] { return explicit }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        for dir in [bundle, bundle.deletingLastPathComponent(), Bundle.main.bundleURL] {
            let candidate = dir.appendingPathComponent("tradewatch").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return bundle.appendingPathComponent("tradewatch").path
    }

    /// The repository's root folder (for seeds/, config/ and ../shared).
    package static func repoRoot(file: StaticString = #filePath) -> URL {
        var url = URL(fileURLWithPath: "\(file)")
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}
