import Foundation

/// Debian's `chromium` in headless mode, for tests that look at a page as a
/// browser renders it: the DOM after load, what the page logged to the
/// console (errors, Content-Security-Policy violations), screenshots.
/// `scripts/deps.sh chromium` installs it (`make test` does).
public enum HeadlessChromium {
    public struct Rendered: Sendable {
        /// The serialised DOM after load (`--dump-dom`).
        public var dom: String
        /// Every console message the page produced (`:CONSOLE` log lines).
        public var console: [String]
    }

    public static var path: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static func dumpDOM(_ file: String) throws -> Rendered {
        let run = try chromium(["--enable-logging=stderr", "--v=0", "--dump-dom", "file://" + file])
        let console = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Rendered(dom: run.stdout, console: console)
    }

    /// A PNG of the page in a window `width` x `height` CSS pixels.
    public static func screenshot(_ file: String, width: Int, height: Int, to png: String) throws {
        _ = try chromium(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png)", "file://" + file])
    }

    private static func chromium(_ arguments: [String]) throws -> CommandRun {
        guard let path else { throw HeadlessChromiumError(description: "chromium is not installed (scripts/deps.sh chromium)") }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("tw-chromium-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        // --no-sandbox: tests may run as root, where chromium's sandbox refuses to start.
        let run = try CommandRun.run(path, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                            "--user-data-dir=\(profile)"] + arguments)
        guard run.status == 0 else {
            throw HeadlessChromiumError(description: "chromium exited \(run.status): \(run.stderr.suffix(2000))")
        }
        return run
    }
}

public struct HeadlessChromiumError: Error, CustomStringConvertible {
    public let description: String
}
