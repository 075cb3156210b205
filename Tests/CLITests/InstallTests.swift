import Foundation
import Testing
import TestSupport

/// `make install DESTDIR=... PREFIX=/usr` lays out what a package would.
@Suite struct InstallTests {
    func makeInstall(into destdir: String) async throws -> CommandRun {
        try await CommandRun.run("/usr/bin/make", ["-s", "-C", TradewatchBinary.repoRoot().path, "install",
                                             "DESTDIR=\(destdir)", "PREFIX=/usr", "BIN=\(TradewatchBinary.path)"])
    }

    @Test func installsTheWholeTreeAndKeepsAChangedConfig() async throws {
        let destdir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-install-\(UUID().uuidString.prefix(8))").path
        let first = try await makeInstall(into: destdir)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        for path in ["/usr/bin/tradewatch", "/usr/lib/systemd/system/tradewatch.service",
                     "/usr/lib/systemd/system/tradewatch.socket", "/usr/lib/sysusers.d/tradewatch.conf",
                     "/usr/lib/tmpfiles.d/tradewatch.conf", "/etc/logrotate.d/tradewatch",
                     "/etc/tradewatch/tradewatch.toml", "/usr/share/tradewatch/seeds/baseline.toml",
                     "/usr/share/tradewatch/seeds/000_a05286936f21040d.txt", "/usr/share/man/man1/tradewatch.1"] {
            #expect(FileManager.default.fileExists(atPath: destdir + path), "missing \(path)")
        }
        #expect(FileManager.default.isExecutableFile(atPath: destdir + "/usr/bin/tradewatch"))
        let service = try String(contentsOfFile: destdir + "/usr/lib/systemd/system/tradewatch.service", encoding: .utf8)
        #expect(service.contains("ExecStart=/usr/bin/tradewatch run --config /etc/tradewatch/tradewatch.toml"))
        let man = try String(contentsOfFile: destdir + "/usr/share/man/man1/tradewatch.1", encoding: .utf8)
        #expect(man.contains(".TH TRADEWATCH 1") && man.contains("TRADEWATCH SCAN"))

        let config = destdir + "/etc/tradewatch/tradewatch.toml"
        try (try String(contentsOfFile: config, encoding: .utf8) + "# edited by the admin\n")
            .write(toFile: config, atomically: true, encoding: .utf8)
        let second = try await makeInstall(into: destdir)
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(try String(contentsOfFile: config, encoding: .utf8).hasSuffix("# edited by the admin\n"))
        #expect(FileManager.default.fileExists(atPath: config + ".dist"))
    }
}
