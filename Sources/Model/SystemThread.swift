#if canImport(Glibc)
import Glibc
#endif

/// A plain POSIX thread for the loops that must never run on a Swift
/// concurrency thread (the curl multi loop, the socket's poll loop).
/// Foundation's `Thread` would do the same but pulls CoreFoundation into
/// the process, which costs several MB of memory at rest.
package enum SystemThread {
    /// Starts `body` on a new detached thread named `name` (at most 15
    /// bytes show in `top -H`).
    package static func start(name: String, _ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Start(name: name, body: body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, systemThreadEntry, context)
        // Out of threads is not something a daemon recovers from.
        precondition(started == 0, "pthread_create failed for \(name): \(started)")
        pthread_detach(thread)
    }

    fileprivate static func run(_ context: UnsafeMutableRawPointer) {
        let start = Unmanaged<Start>.fromOpaque(context).takeRetainedValue()
        setName(String(decoding: start.name.utf8.prefix(15), as: UTF8.self))
        start.body()
    }

    /// pthread_setname_np is a GNU extension the Glibc module does not
    /// import; looked up at run time, skipped where missing.
    private static func setName(_ name: String) {
        typealias SetName = @convention(c) (pthread_t, UnsafePointer<CChar>) -> Int32
        guard let symbol = dlsym(nil, "pthread_setname_np") else { return }
        _ = unsafeBitCast(symbol, to: SetName.self)(pthread_self(), name)
    }

    private final class Start: Sendable {
        let name: String
        let body: @Sendable () -> Void
        init(name: String, body: @escaping @Sendable () -> Void) {
            self.name = name
            self.body = body
        }
    }
}

private func systemThreadEntry(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    SystemThread.run(context!)
    return nil
}

