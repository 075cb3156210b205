/// Who is at the other end of a connection, for log lines about bad input.
struct PeerCredentials: Sendable, Equatable, CustomStringConvertible {
    let pid: Int32
    let uid: UInt32
    let gid: UInt32

    var description: String { "pid \(pid) uid \(uid)" }
}
