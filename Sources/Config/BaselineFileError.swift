/// A baseline file that cannot be used, naming the file, the line and the key.
public struct BaselineFileError: Error, CustomStringConvertible, Equatable {
    var file: String
    package var line: Int?
    package var key: String?
    package var message: String

    package init(file: String, line: Int?, key: String?, message: String) {
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
