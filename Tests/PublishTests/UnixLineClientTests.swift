#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// The test helper that speaks to a daemon's socket from outside
/// (`UnixLineClient`). Every suite runs in one process, so a descriptor it
/// closes twice is closed under another suite's feet: with failed connects
/// running beside FanoutTests, a subscriber's socket went (the server
/// counted 99 of 100, one reader got no alert), and the store's database
/// file or the listening socket with it.
@Suite struct UnixLineClientTests {
    @Test func failedConnectClosesItsDescriptorOnceOnly() async throws {
        let folder = SocketFixture.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let nowhere = folder + "/nobody-listens.sock"
        #expect(throws: (any Error).self) { try UnixLineClient(path: nowhere) }

        // A second close lands on whatever took the number in between (the
        // lowest free one is handed out first), so: failed connects on one
        // thread, as `eventually { try? UnixLineClient(path:) }` makes them,
        // and descriptors of our own on another, each checked before its close.
        let done = Locked(false)
        async let attempts = offload {
            defer { done.withLock { $0 = true } }
            for _ in 0..<20_000 { _ = try? UnixLineClient(path: nowhere) }
            return 20_000
        }
        let lost = try await offload {
            var lost = 0
            var pair: [Int32] = [0, 0]
            while !done.current {
                guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0 else { continue }
                var byte: UInt8 = 7
                // MSG_NOSIGNAL: a lost peer is EPIPE here, not a SIGPIPE that ends the run.
                let intact = send(pair[1], &byte, 1, Int32(MSG_NOSIGNAL)) == 1
                    && recv(pair[0], &byte, 1, Int32(MSG_DONTWAIT)) == 1
                // EBADF from close: someone else closed it first.
                let closedByUs = [close(pair[0]), close(pair[1])].allSatisfy { $0 == 0 }
                if !intact || !closedByUs { lost += 1 }
            }
            return lost
        }
        let made = try await attempts
        #expect(lost == 0, "\(lost) descriptors of this test were closed by \(made) failed connects")
    }
}
