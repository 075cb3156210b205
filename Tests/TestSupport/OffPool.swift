import Foundation

/// Waiting without holding a thread of the cooperative pool: the whole test
/// process shares a pool as small as the machine (2 cores), so a test that
/// blocks a pool thread (usleep polling, waiting for a process) starves the
/// async tests beside it.
package enum OffPool {
    /// Runs blocking `body` on a thread of its own.
    package static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do { continuation.resume(returning: try body()) } catch { continuation.resume(throwing: error) }
            }.start()
        }
    }

    /// Polls `condition` every 50 ms, sleeping in between, until it holds or
    /// `seconds` pass; returns whether it held.
    package static func until(seconds: Double, _ condition: () throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return try condition()
    }
}
