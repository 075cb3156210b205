import Foundation
import Testing
import TestSupport

/// A daemon that cannot read its config says which file, who owns it, its
/// mode and who the daemon runs as: the mistake an install makes when the
/// config is `root:root 0640` and the service runs as its own user.
@Suite struct UnreadableConfigTests {
    @Test(.enabled(if: getuid() == 0, "needs root to run the binary as another user"))
    func runNamesFileOwnerModeAndUser() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("tradewatch.toml").path
        try "[daemon]\n".write(toFile: config, atomically: false, encoding: .utf8)
        #expect(chown(config, 0, 0) == 0)
        #expect(chmod(config, 0o640) == 0)

        let run = try CommandRun.run("/usr/bin/setpriv",
                                     ["--reuid=nobody", "--regid=nogroup", "--clear-groups",
                                      TradewatchBinary.path, "run", "--config", config])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(config): cannot read the config file: Permission denied"), "\(run.stderr)")
        #expect(run.stderr.contains("the file is root:root, mode 0640"), "\(run.stderr)")
        #expect(run.stderr.contains("runs as user nobody (uid 65534), groups nogroup"), "\(run.stderr)")
    }

    @Test func missingConfigSaysSo() throws {
        let config = "/nonexistent-\(UUID().uuidString)/tradewatch.toml"
        let run = try CommandRun.tradewatch(["check-config", "--config", config])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(config): cannot read the config file: No such file or directory"), "\(run.stderr)")
    }
}
