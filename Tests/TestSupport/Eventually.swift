import Foundation

/// Polls `condition` every 20 ms until it holds or `timeout` seconds pass,
/// suspending between polls (no cooperative thread is held). True when it held.
package func eventually(timeout: Double, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
        if try await condition() { return true }
        if Date() >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(20))
    }
}
