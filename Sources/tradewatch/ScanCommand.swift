import ArgumentParser

// Placeholder until its owner lands it.
struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scan")
    func run() async throws { throw CommandFailure("scan: not implemented yet") }
}
