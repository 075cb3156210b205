import Foundation
import Testing
import TestSupport

/// The units in systemd/, checked by systemd itself.
@Suite struct SystemdUnitTests {
    let root = TradewatchBinary.repoRoot()

    /// Copies of the units with ExecStart pointed at the built binary.
    func unitCopies() throws -> (folder: String, service: String, socket: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-units-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let service = try String(contentsOf: root.appendingPathComponent("systemd/tradewatch.service"), encoding: .utf8)
            .replacingOccurrences(of: "/usr/bin/tradewatch", with: TradewatchBinary.path)
        try service.write(toFile: folder + "/tradewatch.service", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("systemd/tradewatch.socket").path,
                                         toPath: folder + "/tradewatch.socket")
        return (folder, folder + "/tradewatch.service", folder + "/tradewatch.socket")
    }

    func systemdAnalyze(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        let run = try CommandRun.run("/usr/bin/systemd-analyze", arguments, in: folder)
        return (run.status, run.stdout + run.stderr)
    }

    @Test func unitsPassSystemdAnalyzeVerify() throws {
        let units = try unitCopies()
        let result = try systemdAnalyze(["verify", units.service, units.socket], in: units.folder)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func serviceExposureIsAtMostOneAndAHalf() throws {
        let units = try unitCopies()
        let result = try systemdAnalyze(["security", "--offline=true", units.service], in: units.folder)
        let line = try #require(result.output.split(separator: "\n").first { $0.contains("Overall exposure level") })
        let level = line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }
        let exposure = try #require(level, "\(line)")
        #expect(exposure <= 1.5, "\(result.output)")
    }
}
