/// A baseline file that cannot be used, naming the file, the line and the key.
public struct BaselineFileError: Error, CustomStringConvertible, Equatable {
    var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var where_ = file
        if let line { where_ += ":\(line)" }
        if let key { where_ += ": key '\(key)'" }
        return "\(where_): \(message)"
    }
}
