/// A request as `HTTPTestServer` received it.
package struct HTTPTestRequest: Sendable {
    package let method: String
    /// The request target, query included (e.g. `/feed.xml?x=1`).
    package let path: String
    package let version: String
    /// In the order received, names as sent.
    package let headers: [(name: String, value: String)]
    package let body: [UInt8]
    /// Which accepted connection carried it (1, 2, ...), to check reuse.
    package let connection: Int

    /// The first header with this name, compared case-insensitively.
    package func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
