#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import FoundationEssentials

/// The `tradewatch` command. Exit status per ../shared/DESIGN.md: 0 success,
/// 1 a failure the message explains, 2 a usage error.
struct Tradewatch: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tradewatch",
        abstract: "Watches news feeds and alerts when US-China trade-policy positions move.",
        version: version,
        subcommands: [
            RunCommand.self,
            ParseCommand.self,
            ScanCommand.self,
            EvalCommand.self,
            BaselineCommand.self,
            AlertsCommand.self,
            CheckConfigCommand.self,
            SubscribeCommand.self,
            StatusCommand.self,
            PositionsCommand.self,
            ReportCommand.self,
            BenchFanoutCommand.self,
            BenchDetectCommand.self,
            BenchSHA256Command.self,
        ]
    )
}

@main
enum Main {
    static func main() async {
        // A parent may have spawned us with signals blocked (posix_spawn keeps
        // the mask); SIGTERM and SIGINT must reach us whoever started us.
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        do {
            var command = try Tradewatch.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            printError("tradewatch: \(failure)")
            exit(1)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = Tradewatch.exitCode(for: error)
            if code == .success {
                Tradewatch.exit(withError: error)  // --help, --version
            }
            printError(Tradewatch.fullMessage(for: error))
            // ArgumentParser's own errors are usage errors: exit 2, not EX_USAGE.
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

func printError(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
