import CLibXML2
import Model

/// Parses RSS 0.90-0.94/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 with libxml2
/// into a normalised `Feed`, recovering broken XML where it can. Never
/// touches the network or the file system, and never expands external or
/// parameter entities.
public enum FeedParser {
    /// Parses a document. `source` names it in errors (a path or URL);
    /// `baseURL` (the feed's address) resolves relative links.
    public static func parse(_ bytes: [UInt8], source: String, baseURL: String? = nil) throws(FeedParseError) -> Feed {
        let result: Result<Feed, FeedParseError> = bytes.withUnsafeBytes { raw in
            Result { () throws(FeedParseError) -> Feed in try parse(raw, source: source, baseURL: baseURL) }
        }
        return try result.get()
    }

    /// Parses a document in memory the caller owns, without copying it
    /// unless it needs repair.
    public static func parse(_ bytes: UnsafeRawBufferPointer, source: String, baseURL: String? = nil) throws(FeedParseError) -> Feed {
        _ = LibXML.ready
        guard let base = bytes.baseAddress, bytes.count > 0 else { throw .notAFeed(source, "empty file") }
        let p = base.assumingMemoryBound(to: UInt8.self)
        let input: PreparedInput
        do {
            input = try PreparedInput.prepare(p, count: bytes.count)
        } catch {
            switch error {
            case .empty: throw .notAFeed(source, "empty file")
            case .noMarkup(let json):
                throw .notAFeed(source, json ? "no XML root element; looks like JSON" : "no XML root element")
            }
        }
        guard let ctxt = xmlNewParserCtxt() else {
            throw FeedParseError(source: source, problem: "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let documentURL = baseURL.flatMap { LinkResolver.isAbsolute($0) ? $0 : nil }
        let options = LibXML.options(ignoringDeclaredEncoding: input.isUTF8)
        let doc: xmlDocPtr?
        if let repaired = input.repaired {
            doc = repaired.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(ctxt, $0, Int32(clamping: buffer.count), documentURL, nil, options)
                }
            }
        } else {
            doc = (p + input.start).withMemoryRebound(to: CChar.self, capacity: bytes.count - input.start) {
                xmlCtxtReadMemory(ctxt, $0, Int32(clamping: bytes.count - input.start), documentURL, nil, options)
            }
        }
        let errorLine = Int(ctxt.pointee.lastError.line)
        guard let doc else {
            throw .notAFeed(source, "no XML root element", line: errorLine > 0 ? errorLine : nil)
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw .notAFeed(source, "no XML root element", line: errorLine > 0 ? errorLine : nil)
        }
        guard let (format, feedRoot) = FeedFormat.detect(root) else {
            throw .notAFeed(source, "root element <\(XMLNode.displayName(root))>")
        }
        var reader = NodeReader(doc: doc, undoesDoubleEncoding: input.isUTF8)
        switch format {
        case .rss, .rdf: return RSSAdapter.feed(root: feedRoot, reader: &reader)
        case .atom: return AtomAdapter.feed(root: feedRoot, reader: &reader)
        case .atomEntry: return AtomAdapter.entryFeed(root: feedRoot, reader: &reader)
        }
    }
}
