/// A request as `HTTPTestServer` received it.
public struct HTTPTestRequest: Sendable {
    public let method: String
    /// The request target, query included (e.g. `/feed.xml?x=1`).
    public let path: String
    public let version: String
    /// In the order received, names as sent.
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]
    /// Which accepted connection carried it (1, 2, ...), to check reuse.
    public let connection: Int

    /// The first header with this name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
