#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Publish
import Testing

/// `LineConnection.send` to a server that has gone away, over a real Unix socket.
@Suite struct LineConnectionSendTests {
    private static var sigpipeHandler: UnsafeRawPointer? {
        var action = sigaction()
        sigaction(SIGPIPE, nil, &action)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: UnsafeRawPointer?.self)
    }

    // Synchronous on purpose: the signal mask checked is this thread's.
    @Test func sendingToAPeerThatClosedIsEPIPEAndNoSIGPIPE() throws {
        let folder = SocketFixture.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/s.sock"
        let listener = SocketFixture.listeningSocket(at: path)
        let connection = try LineConnection(path: path)
        let peer = accept(listener, nil, nil)
        #expect(peer >= 0)
        close(peer)
        close(listener)
        let handlerBefore = Self.sigpipeHandler

        // The first write may still land in the buffer; one soon after must fail.
        var failure: SocketError?
        for _ in 0..<10 where failure == nil {
            do throws(SocketError) {
                try connection.send(#"{"type":"status"}"# + "\n")
            } catch {
                failure = error
            }
        }
        #expect(failure == SocketError(path: path, operation: "send", errno: EPIPE))

        // No SIGPIPE left pending, none blocked after, the disposition untouched:
        // were it raised while not blocked, SIG_DFL would have ended the test run.
        var pending = sigset_t()
        sigpending(&pending)
        #expect(sigismember(&pending, SIGPIPE) == 0)
        var mask = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &mask)
        #expect(sigismember(&mask, SIGPIPE) == 0)
        #expect(Self.sigpipeHandler == handlerBefore)
    }

    @Test func sendingAfterCloseNamesTheOperation() throws {
        let folder = SocketFixture.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/s.sock"
        let listener = SocketFixture.listeningSocket(at: path)
        defer { close(listener) }
        let connection = try LineConnection(path: path)
        connection.close()
        #expect(throws: SocketError(path: path, operation: "send", errno: EBADF)) { try connection.send("x\n") }
    }
}
