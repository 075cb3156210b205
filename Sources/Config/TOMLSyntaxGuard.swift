import Model

/// A strict TOML 1.0 syntax check that runs before TOMLKit sees a file.
///
/// toml++ (inside TOMLKit) asserts instead of failing on some inputs: a table
/// header whose name starts with anything but a bare-key character or a quote
/// (`[é]`, `[#]`, `[[[a]]]`, `[[` at the end of a line, a lone CR) aborts the
/// process. Found by fuzz/FuzzConfig, one variant per run while the old check
/// guessed line by line whether a `[` began a header. This one reads the whole
/// document with TOML's own grammar (strings, arrays, inline tables, comments,
/// line breaks), so it knows where every header is, and refuses the file at
/// the first thing outside that grammar. toml++ is then only handed text whose
/// structure is plain TOML; it still checks the values (numbers, dates,
/// escapes, duplicate keys) and reports those itself.
///
/// Every valid TOML 1.0 document passes; scalars are only checked for their
/// characters (`[A-Za-z0-9+-._:]` and the space of a date-time).
struct TOMLSyntaxGuard {
    struct Problem: Error {
        let line: Int
        let message: String
    }

    /// The 1-based line and a description of the first syntax problem; nil
    /// when the document is plain TOML as far as its structure goes.
    static func firstProblem(in source: String) -> (line: Int, message: String)? {
        var guardian = TOMLSyntaxGuard(source)
        do {
            try guardian.document()
            return nil
        } catch {
            return (error.line, error.message)
        }
    }

    /// Arrays and inline tables nested deeper than this are refused (the
    /// check recurses, and no config needs more than two).
    static let maxDepth = 64

    let text: [Unicode.Scalar]
    var index = 0
    var line = 1
    var depth = 0

    private init(_ source: String) {
        text = Array(source.unicodeScalars)
        // toml++ skips a UTF-8 byte-order mark.
        if text.first == "\u{FEFF}" { index = 1 }
    }

    var peek: Unicode.Scalar? { index < text.count ? text[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < text.count ? text[index + offset] : nil
    }

    /// Moves past one scalar, counting lines.
    mutating func advance() {
        if text[index] == "\n" { line += 1 }
        index += 1
    }

    func fail(_ message: String, line: Int? = nil) -> Problem {
        Problem(line: line ?? self.line, message: message)
    }

    // MARK: Document level

    private mutating func document() throws(Problem) {
        while true {
            skipSpaces()
            guard let c = peek else { return }
            if c == "#" || c == "\n" || c == "\r" {
                try endOfLine()
            } else if c == "[" {
                try tableHeader()
            } else if Self.isBareKey(c) || c == "\"" || c == "'" {
                try keyValue()
                try endOfLine()
            } else {
                throw fail("expected a key, a [table] or a comment, saw \(Self.describe(c))")
            }
        }
    }

    /// `[name]` or `[[name]]`, then the end of the line.
    private mutating func tableHeader() throws(Problem) {
        advance()
        let isArray = peek == "["
        if isArray { advance() }
        skipSpaces()
        if peek == "]" { throw fail("a table name cannot be empty") }
        try key(what: "a table name")
        skipSpaces()
        for _ in 0..<(isArray ? 2 : 1) {
            guard peek == "]" else {
                throw fail("expected '\(isArray ? "]]" : "]")' to close the table name, saw \(Self.describe(peek))")
            }
            advance()
        }
        try endOfLine()
    }

    /// `key = value` (the line's end is the caller's).
    mutating func keyValue() throws(Problem) {
        try key(what: "a key")
        skipSpaces()
        guard peek == "=" else { throw fail("expected '=' after the key, saw \(Self.describe(peek))") }
        advance()
        skipSpaces()
        try value()
    }

    /// A dotted key: simple keys joined by `.`, spaces allowed around dots.
    private mutating func key(what: String) throws(Problem) {
        while true {
            guard let c = peek else { throw fail("\(what) cannot start with the end of the file") }
            if Self.isBareKey(c) {
                while let next = peek, Self.isBareKey(next) { advance() }
            } else if c == "\"" || c == "'" {
                if peek(1) == c && peek(2) == c { throw fail("\(what) cannot be a multi-line string") }
                try string(quote: c, multiLine: false)
            } else {
                throw fail("\(what) cannot start with \(Self.describe(c))")
            }
            skipSpaces()
            guard peek == "." else { return }
            advance()
            skipSpaces()
        }
    }

    // MARK: Spaces, comments, line ends

    /// Spaces and tabs: the only whitespace TOML has within a line.
    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" { advance() }
    }

    /// Optional spaces and comment, then a line break or the end of the file.
    mutating func endOfLine() throws(Problem) {
        skipSpaces()
        if peek == "#" { try comment() }
        guard let c = peek else { return }
        if c == "\n" {
            advance()
        } else if c == "\r" && peek(1) == "\n" {
            advance()
            advance()
        } else {
            throw fail("expected the end of the line, saw \(Self.describe(c))")
        }
    }

    /// `#` up to (not including) the line break.
    mutating func comment() throws(Problem) {
        advance()
        while let c = peek, c != "\n" {
            if c == "\r" && peek(1) == "\n" { return }
            if Self.isControl(c) { throw fail("\(Self.describe(c)) in a comment") }
            advance()
        }
    }

    // MARK: Characters

    static func isBareKey(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// Control characters other than tab; line breaks are handled before this.
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t") || c.value == 0x7F
    }

    static func describe(_ c: Unicode.Scalar?) -> String {
        switch c {
        case nil: "the end of the file"
        case "\n": "the end of the line"
        case "\r": "a carriage return"
        case let c? where isControl(c) || c.properties.isWhitespace:
            "U+" + String(c.value, radix: 16, uppercase: true).zeroPadded(to: 4)
        case let c?: "'\(Character(c))'"
        }
    }
}
