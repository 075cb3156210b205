#if canImport(Glibc)
import Glibc
#endif

/// Writes a shell script tests run as a program (a stand-in `sendmail`).
/// Opened close-on-exec: a process the test process spawns meanwhile must
/// not inherit the open file, or running the script fails with "Text file busy".
package enum ExecutableScript {
    package static func write(_ text: String, to path: String) throws(ExecutableScriptError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw ExecutableScriptError(description: "create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw ExecutableScriptError(description: "write \(path): \(String(cString: strerror(errno)))")
        }
    }
}

package struct ExecutableScriptError: Error, CustomStringConvertible {
    package let description: String
}
