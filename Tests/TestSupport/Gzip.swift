import Foundation

/// gzip-compressed bytes for tests, made by the system's `gzip`.
package enum Gzip {
    /// `bytes` compressed.
    package static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("tw-gzip-\(UUID().uuidString)")
        try Data(bytes).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        return try run("/bin/gzip", ["-c", input.path])
    }

    /// `count` zero bytes compressed: a small body that decodes to a huge one.
    package static func zeros(_ count: Int) throws -> [UInt8] {
        try run("/bin/sh", ["-c", "head -c \(count) /dev/zero | /bin/gzip -c -9"])
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments) exited \(process.terminationStatus)"])
        }
        return [UInt8](data)
    }
}
