/// A failed SQLite call: what was being done, on which database file, and
/// SQLite's own message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let path: String
    public let operation: String
    public let message: String

    public var description: String { "\(path): \(operation): \(message) (SQLite code \(code))" }
}
