import CLibXML2

/// Process-wide libxml2 set-up, run once before the first parse.
enum LibXML {
    /// Initialises the parser and installs an external entity loader that
    /// refuses everything, so no document can make libxml2 read a file or
    /// open a connection (XXE), whatever its DTD says. `static let` runs
    /// its initialiser exactly once, thread-safely.
    static let ready: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
        // NOERROR does not cover every report: encoding conversion and I/O
        // errors still went to stderr ("encoding error : input conversion
        // failed"). A structured handler that drops them keeps stderr ours;
        // the ThrDef one is what threads that parse later start with.
        xmlThrDefSetStructuredErrorFunc(nil) { _, _ in }
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }()

    /// Parse options: recover from broken XML, never touch the network,
    /// stay quiet, merge CDATA into text. Deliberately without NOENT (entity
    /// substitution), DTDLOAD and HUGE (which lifts libxml2's own limits).
    static func options(ignoringDeclaredEncoding: Bool) -> Int32 {
        var o = XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
        if ignoringDeclaredEncoding { o |= XML_PARSE_IGNORE_ENC.rawValue }
        return Int32(bitPattern: o)
    }
}
