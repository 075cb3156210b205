/// Who is at the other end of a connection, for log lines about bad input.
public struct PeerCredentials: Sendable, Equatable, CustomStringConvertible {
    public let pid: Int32
    public let uid: UInt32
    public let gid: UInt32

    public var description: String { "pid \(pid) uid \(uid)" }
}
