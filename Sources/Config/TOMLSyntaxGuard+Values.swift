/// Values for `TOMLSyntaxGuard`: strings, arrays, inline tables and scalars,
/// read as far as their extent, so the document-level check knows where each
/// value ends and the next line begins.
extension TOMLSyntaxGuard {
    mutating func value() throws(Problem) {
        guard let c = peek, c != "\n", c != "\r", c != "#" else {
            throw fail("a value is missing after '='")
        }
        switch c {
        case "\"", "'":
            try string(quote: c, multiLine: peek(1) == c && peek(2) == c)
        case "[":
            try nested { (me: inout TOMLSyntaxGuard) throws(Problem) in try me.array() }
        case "{":
            try nested { (me: inout TOMLSyntaxGuard) throws(Problem) in try me.inlineTable() }
        default:
            guard Self.isScalar(c) else { throw fail("a value cannot start with \(Self.describe(c))") }
            // A date-time may hold one space ("1979-05-27 07:32:00"); toml++
            // fails anything else between the tokens read here.
            while let next = peek, Self.isScalar(next) || next == " " || next == "\t" { advance() }
        }
    }

    /// Basic (`"`, escapes) or literal (`'`) string, single- or multi-line.
    mutating func string(quote: Unicode.Scalar, multiLine: Bool) throws(Problem) {
        let opened = line
        for _ in 0..<(multiLine ? 3 : 1) { advance() }
        while true {
            guard let c = peek else {
                throw fail("a string opened on line \(opened) is not closed", line: opened)
            }
            if c == quote {
                guard multiLine else { advance(); return }
                var run = 0
                while peek(run) == quote { run += 1 }
                // Three close the string; up to two more belong to it (as in toml++).
                for _ in 0..<min(run, 5) { advance() }
                if run >= 3 { return }
                continue
            }
            if c == "\n" {
                guard multiLine else { throw fail("a string in single quotes cannot span lines") }
                advance()
                continue
            }
            if c == "\r" && peek(1) == "\n" && multiLine {
                advance()
                continue
            }
            if Self.isControl(c) || c == "\r" { throw fail("\(Self.describe(c)) in a string") }
            if c == "\\" && quote == "\"" {
                advance()
                // The escaped character is toml++'s to judge; only its extent
                // matters here. A line break (a line-ending backslash) is the
                // loop's, like any other.
                guard let escaped = peek, escaped != "\n", escaped != "\r" else { continue }
                if Self.isControl(escaped) { throw fail("\(Self.describe(escaped)) in a string") }
            }
            advance()
        }
    }

    /// `[ value, value, ]` over any number of lines, with comments.
    mutating func array() throws(Problem) {
        let opened = line
        advance()
        var afterValue = false
        while true {
            try skipBlankLinesAndComments()
            guard let c = peek else { throw fail("an array opened on line \(opened) is not closed", line: opened) }
            if c == "]" { advance(); return }
            if c == "," {
                guard afterValue else { throw fail("expected a value or ']' in an array, saw ','") }
                afterValue = false
                advance()
                continue
            }
            if afterValue { throw fail("expected ',' or ']' in an array, saw \(Self.describe(c))") }
            try value()
            afterValue = true
        }
    }

    /// `{ key = value, key = value }` on one line (TOML 1.0: no newline, no trailing comma).
    mutating func inlineTable() throws(Problem) {
        advance()
        var afterPair = false
        var afterComma = false
        while true {
            skipSpaces()
            guard let c = peek, c != "\n", c != "\r" else {
                throw fail("an inline table must close on the line it opens, saw \(Self.describe(peek))")
            }
            if c == "}" {
                if afterComma { throw fail("a trailing ',' in an inline table") }
                advance()
                return
            }
            if c == "," {
                guard afterPair else { throw fail("expected a key or '}' in an inline table, saw ','") }
                afterPair = false
                afterComma = true
                advance()
                continue
            }
            if afterPair { throw fail("expected ',' or '}' in an inline table, saw \(Self.describe(c))") }
            try keyValue()
            afterPair = true
            afterComma = false
        }
    }

    /// Spaces, line breaks and comments between an array's values.
    private mutating func skipBlankLinesAndComments() throws(Problem) {
        while true {
            skipSpaces()
            switch peek {
            case "#": try comment()
            case "\n": advance()
            case "\r" where peek(1) == "\n": advance(); advance()
            default: return
            }
        }
    }

    private mutating func nested(_ body: (inout TOMLSyntaxGuard) throws(Problem) -> Void) throws(Problem) {
        guard depth < Self.maxDepth else { throw fail("arrays and inline tables nested more than \(Self.maxDepth) deep") }
        depth += 1
        defer { depth -= 1 }
        try body(&self)
    }

    /// The characters of numbers, booleans, inf, nan and dates.
    static func isScalar(_ c: Unicode.Scalar) -> Bool {
        isBareKey(c) || c == "+" || c == "." || c == ":"
    }
}
