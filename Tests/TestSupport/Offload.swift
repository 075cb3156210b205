import Foundation

/// Runs blocking `body` (a child process, a blocking read) on a thread of its
/// own and suspends until it returns: the tests' tasks share a cooperative
/// pool as small as the machine (2 cores), which the code under test needs.
package func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread {
            do { continuation.resume(returning: try body()) } catch { continuation.resume(throwing: error) }
        }.start()
    }
}
