/// Finds table headers that crash TOMLKit's parser instead of failing it.
///
/// toml++ (inside TOMLKit) asserts that a table header starts with a bare-key
/// character or a quote: `[é]`, `[!x]`, `[#]`, `[[[a]]]` or `[[\u{FFFD}feed]]`
/// (invalid UTF-8, repaired) abort the process in a debug build and are
/// undefined behaviour in a release one. Found by fuzz/FuzzConfig. This check
/// runs first and reports such a line as a TOML error.
///
/// A line starting with `[` is a header only outside a multi-line array or
/// string; there every character but a key's is refused. Inside an array (as
/// far as a simple bracket count can tell) only characters that cannot begin
/// any TOML value are, so a valid file is never rejected.
enum TOMLHeaderGuard {
    /// The 1-based line of the first header toml++ would crash on, and what
    /// it starts with ("'é'", "the end of the line"); nil when there is none.
    static func firstBadHeader(in source: String) -> (line: Int, start: String)? {
        var inMultilineString = false
        var arrayDepth = 0
        // Split on the scalar: as Characters, "\r\n" is one and never equals "\n".
        for (index, scalars) in source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Substring(String(scalars))
            // Triple quotes in a comment open no string (found by FuzzConfig).
            let code = inMultilineString ? line : beforeComment(line)
            let quotes = code.split(separator: "\"\"\"", omittingEmptySubsequences: false).count - 1
                + code.split(separator: "'''", omittingEmptySubsequences: false).count - 1
            if inMultilineString {
                if quotes % 2 == 1 { inMultilineString = false }
                continue
            }
            if quotes % 2 == 1 { inMultilineString = true; continue }
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.first == "[" {
                rest = rest.dropFirst()
                if arrayDepth == 0, rest.first == "[" { rest = rest.dropFirst() }
                if let first = rest.first(where: { $0 != " " && $0 != "\t" }) {
                    let bad = arrayDepth == 0 ? !(isKeyStart(first) || first == "]") : neverStartsAValue(first)
                    // A lone CR is not whitespace to toml++ either.
                    if bad { return (index + 1, first == "\r" ? "a carriage return" : "'\(first)'") }
                } else if arrayDepth == 0 {
                    // "[[" and nothing after it: toml++ asserts on the newline.
                    return (index + 1, "the end of the line")
                }
                if arrayDepth == 0 { continue }
            }
            arrayDepth = max(0, arrayDepth + bracketBalance(line))
        }
        return nil
    }

    private static func isKeyStart(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-" || c == "\"" || c == "'")
    }

    private static func neverStartsAValue(_ c: Character) -> Bool {
        !c.isASCII || "!$%&()*/:;<=>?@\\^`|~,.}".contains(c)
    }

    /// The line up to a `#` that is outside quotes.
    private static func beforeComment(_ line: Substring) -> Substring {
        var quote: Character?
        for index in line.indices {
            let c = line[index]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                return line[..<index]
            }
        }
        return line
    }

    /// Opening minus closing brackets outside strings and comments.
    private static func bracketBalance(_ line: Substring) -> Int {
        var balance = 0
        var quote: Character?
        var escaped = false
        for c in line {
            if let open = quote {
                if escaped { escaped = false } else if c == "\\" && open == "\"" { escaped = true } else if c == open { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "#": return balance
            case "[": balance += 1
            case "]": balance -= 1
            default: break
            }
        }
        return balance
    }
}
