/// Why a document could not be read as a feed: the source (path or URL), the
/// problem, and the line libxml2 reported where there is one. Prints as
/// `page.html: not a feed (root element <html>)` or `x.xml:12: ...`.
public struct FeedParseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The name the caller gave the document (a path or URL).
    package var source: String
    /// What is wrong, in words.
    var problem: String
    /// The 1-based line of the problem, when known.
    var line: Int?

    init(source: String, problem: String, line: Int? = nil) {
        self.source = source
        self.problem = problem
        self.line = line
    }

    public var description: String {
        if let line { return "\(source):\(line): \(problem)" }
        return "\(source): \(problem)"
    }

    static func notAFeed(_ source: String, _ why: String, line: Int? = nil) -> FeedParseError {
        FeedParseError(source: source, problem: "not a feed (\(why))", line: line)
    }
}
