/// A failed SQLite call: what was being done, on which database file, and
/// SQLite's own message.
package struct SQLiteError: Error, CustomStringConvertible, Sendable {
    let code: Int32
    let path: String
    let operation: String
    let message: String

    package var description: String { "\(path): \(operation): \(message) (SQLite code \(code))" }
}
