#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// Where the baseline file is when no `--baseline` is given, in one place
/// for `eval`, `scan` and `run`: `seeds/baseline.toml` under the current
/// directory, then `../share/tradewatch/seeds/baseline.toml` next to the
/// executable, then the repository's seeds when the executable sits in its
/// `.build` folder, then `/usr/share/tradewatch/seeds/baseline.toml`.
package enum BaselineLocator {
    package static let systemPath = "/usr/share/tradewatch/seeds/baseline.toml"

    package static func candidates(currentDirectory: String = FileManager.default.currentDirectoryPath,
                                  executable: String? = executablePath()) -> [String] {
        var paths = [URL(fileURLWithPath: currentDirectory).appendingPathComponent("seeds/baseline.toml").path]
        if let executable {
            let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
            paths.append(exe.deletingLastPathComponent().appendingPathComponent("../share/tradewatch/seeds/baseline.toml")
                .standardizedFileURL.path)
            // A binary in a build tree (REPO/.build/<triple>/debug/tradewatch) finds the repository's seeds.
            var folder = exe.deletingLastPathComponent()
            for _ in 0..<4 {
                folder.deleteLastPathComponent()
                if folder.lastPathComponent == ".build" {
                    paths.append(folder.deletingLastPathComponent().appendingPathComponent("seeds/baseline.toml").path)
                    break
                }
            }
        }
        paths.append(systemPath)
        return paths
    }

    /// This process's executable (what `Bundle.main.executablePath` reads on
    /// Linux), else argv[0].
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return CommandLine.arguments.first }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `explicit` if given, else the first candidate that exists; nil when none does.
    package static func locate(explicit: String?, currentDirectory: String = FileManager.default.currentDirectoryPath,
                              executable: String? = executablePath()) -> String? {
        if let explicit { return explicit }
        return candidates(currentDirectory: currentDirectory, executable: executable)
            .first { FileManager.default.fileExists(atPath: $0) }
    }
}
