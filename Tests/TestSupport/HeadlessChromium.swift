import Foundation

/// Debian's `chromium` in headless mode, for tests that look at a page as a
/// browser renders it: the DOM after load, what the page logged to the
/// console (errors, Content-Security-Policy violations), screenshots.
/// `scripts/deps.sh chromium` installs it (`make test` does).
package enum HeadlessChromium {
    package struct Rendered: Sendable {
        /// The serialised DOM after load (`--dump-dom`).
        package var dom: String
        /// Every console message the page produced (`:CONSOLE` log lines).
        package var console: [String]
    }

    package static var path: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    package static func dumpDOM(_ file: String) async throws -> Rendered {
        let run = try await chromium(["--enable-logging=stderr", "--v=0", "--dump-dom", "file://" + file])
        let console = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Rendered(dom: run.stdout, console: console)
    }

    /// A PNG of the page in a window `width` x `height` CSS pixels.
    package static func screenshot(_ file: String, width: Int, height: Int, to png: String) async throws {
        _ = try await chromium(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png)", "file://" + file])
    }

    private static func chromium(_ arguments: [String]) async throws -> CommandRun {
        guard let path else { throw HeadlessChromiumError(description: "chromium is not installed (scripts/deps.sh chromium)") }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("tw-chromium-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        // --no-sandbox: tests may run as root, where chromium's sandbox refuses to start.
        let run = try await CommandRun.run(path, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                            "--user-data-dir=\(profile)"] + arguments)
        guard run.status == 0 else {
            throw HeadlessChromiumError(description: "chromium exited \(run.status): \(run.stderr.suffix(2000))")
        }
        return run
    }
}

package struct HeadlessChromiumError: Error, CustomStringConvertible {
    package let description: String
}
