import Foundation

/// Runs a program (by default the built `tradewatch`) and collects its output.
package struct CommandRun: Sendable {
    package let status: Int32
    package let stdout: String
    package let stderr: String

    package static func tradewatch(_ arguments: [String], stdin: String? = nil,
                                  environment: [String: String]? = nil) async throws -> CommandRun {
        try await run(TradewatchBinary.path, arguments, stdin: stdin, environment: environment)
    }

    /// Runs `executable` with `arguments`, in `directory` when given, on a
    /// thread of its own (see `offload`).
    package static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                           stdin: String? = nil, environment: [String: String]? = nil) async throws -> CommandRun {
        try await offload { try runBlocking(executable, arguments, in: directory, stdin: stdin, environment: environment) }
    }

    private static func runBlocking(_ executable: String, _ arguments: [String], in directory: String?,
                                    stdin: String?, environment: [String: String]?) throws -> CommandRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a large stderr cannot block stdout.
        let errData = LockedData()
        let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // This is the helper's own thread: waiting for the reader's end here holds no cooperative one.
        while !errData.isSet { usleep(1000) }
        return CommandRun(status: process.terminationStatus,
                          stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData.value, as: UTF8.self))
    }
}

final class LockedData: @unchecked Sendable {
    // Guarded by `lock`; shared between the reader thread and the caller.
    private let lock = NSLock()
    private var data: Data?
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
}
