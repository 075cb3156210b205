#if canImport(Glibc)
import Glibc
#endif
import SystemPackage

extension FileDescriptor {
    /// Writes every byte to a socket or pipe whose reader may be gone: a
    /// closed peer is `Errno.brokenPipe`, never a SIGPIPE.
    ///
    /// write(2) cannot take MSG_NOSIGNAL, and ignoring SIGPIPE for the whole
    /// process would stop `tradewatch subscribe | head` from ending when
    /// `head` does (print ignores its errors). So SIGPIPE is blocked on this
    /// thread for the write, one it raised is taken back before the mask is
    /// restored, and the disposition is left alone (libpq's
    /// `pq_block_sigpipe`/`pq_reset_sigpipe` do the same).
    func writeAllWithoutSIGPIPE(_ bytes: [UInt8]) throws(Errno) {
        var pipe = sigset_t()
        sigemptyset(&pipe)
        sigaddset(&pipe, SIGPIPE)
        var saved = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipe, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        // One already pending (sent from outside) is not ours to take.
        var pending = sigset_t()
        sigpending(&pending)
        let pendingBefore = sigismember(&pending, SIGPIPE) == 1
        do throws(Errno) {
            try writeAllRetrying(bytes)
        } catch .brokenPipe {
            if !pendingBefore { Self.takePendingSIGPIPE(&pipe) }
            throw .brokenPipe
        }
    }

    /// write(2) until all is written: again on EINTR, and after waiting for
    /// room on EAGAIN (a descriptor someone made non-blocking).
    private func writeAllRetrying(_ bytes: [UInt8]) throws(Errno) {
        var offset = 0
        while offset < bytes.count {
            do {
                offset += try bytes.withUnsafeBytes {
                    try write(UnsafeRawBufferPointer(rebasing: $0[offset...]), retryOnInterrupt: true)
                }
            } catch Errno.wouldBlock {
                var p = pollfd(fd: rawValue, events: Int16(POLLOUT), revents: 0)
                _ = poll(&p, 1, -1)
            } catch {
                // swift-system throws nothing but Errno; its signatures are untyped.
                throw (error as? Errno) ?? .ioError
            }
        }
    }

    /// Takes the SIGPIPE this thread's write raised while it was blocked.
    private static func takePendingSIGPIPE(_ pipe: inout sigset_t) {
        var none = timespec(tv_sec: 0, tv_nsec: 0)
        while sigtimedwait(&pipe, nil, &none) < 0, errno == EINTR {}
    }
}
