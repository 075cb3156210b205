import Daemon
import Foundation
import Testing

@Suite struct SystemdNotifierTests {
    /// A real datagram socket standing in for systemd's notify socket.
    func withNotifySocket(abstract: Bool, _ body: (String) -> Void) throws -> [String] {
        let name = "tw-notify-\(UUID().uuidString.prefix(8))"
        let path = abstract ? "@" + name : FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd); if !abstract { unlink(path) } }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if abstract { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        #expect(rc == 0)
        body(path)
        var messages: [String] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if n <= 0 { break }
            messages.append(String(decoding: buffer[0..<n], as: UTF8.self))
        }
        return messages
    }

    @Test func sendsStatesToAPathSocket() throws {
        let got = try withNotifySocket(abstract: false) { path in
            let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": path])
            #expect(notifier.notify("READY=1"))
            #expect(notifier.notify("STATUS=3 feeds, 0 failing"))
        }
        #expect(got == ["READY=1", "STATUS=3 feeds, 0 failing"])
    }

    @Test func sendsToAnAbstractSocket() throws {
        let got = try withNotifySocket(abstract: true) { path in
            #expect(SystemdNotifier(environment: ["NOTIFY_SOCKET": path]).notify("WATCHDOG=1"))
        }
        #expect(got == ["WATCHDOG=1"])
    }

    @Test func withoutNotifySocketNothingIsSent() {
        #expect(!SystemdNotifier(environment: [:]).notify("READY=1"))
    }

    @Test func watchdogIntervalIsHalfOfWatchdogUsecForThisProcess() {
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "10000000"], pid: 42) == .seconds(5))
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "10000000", "WATCHDOG_PID": "7"],
                                                 pid: 42) == nil)
        #expect(SystemdNotifier.watchdogInterval(environment: [:], pid: 42) == nil)
    }
}
