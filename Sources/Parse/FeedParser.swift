import CLibXML2
import Model

/// Parses RSS 0.90-0.94/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 with libxml2
/// into a normalised `Feed`, recovering broken XML where it can. Never
/// touches the network or the file system, and never expands external or
/// parameter entities.
public enum FeedParser {
    /// Parses a document. `source` names it in errors (a path or URL);
    /// `baseURL` (the feed's address) resolves relative links.
    /// `charset`: the HTTP Content-Type's, for a document that declares no
    /// encoding and is not UTF-8.
    public static func parse(_ bytes: [UInt8], source: String, baseURL: String? = nil,
                             charset: String? = nil) throws(FeedParseError) -> Feed {
        let result: Result<Feed, FeedParseError> = bytes.withUnsafeBytes { raw in
            Result { () throws(FeedParseError) -> Feed in try parse(raw, source: source, baseURL: baseURL, charset: charset) }
        }
        return try result.get()
    }

    /// Parses a document in memory the caller owns, without copying it
    /// unless it needs repair.
    static func parse(_ bytes: UnsafeRawBufferPointer, source: String, baseURL: String? = nil,
                             charset: String? = nil) throws(FeedParseError) -> Feed {
        try parse(bytes, source: source, baseURL: baseURL, charset: charset, pruningItems: true).feed
    }

    /// `pruningItems: false` keeps the whole tree and lets the adapters find
    /// every item in it: the reference the tests hold `ItemPruner` to.
    /// `takenEarly`: how many items `ItemPruner` took while parsing.
    static func parse(_ bytes: UnsafeRawBufferPointer, source: String, baseURL: String?, charset: String? = nil,
                      pruningItems: Bool) throws(FeedParseError) -> (feed: Feed, takenEarly: Int) {
        _ = LibXML.ready
        guard let base = bytes.baseAddress, bytes.count > 0 else { throw .notAFeed(source, "empty file") }
        let p = base.assumingMemoryBound(to: UInt8.self)
        let input: PreparedInput
        do {
            input = try PreparedInput.prepare(p, count: bytes.count, charset: charset)
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
        let pruner = ItemPruner(undoesDoubleEncoding: input.isUTF8)
        if pruningItems { pruner.install(on: ctxt) }
        let options = LibXML.options(ignoringDeclaredEncoding: input.isUTF8)
        let doc: xmlDocPtr?
        if let repaired = input.repaired {
            doc = repaired.withUnsafeBytes { read(UnsafeRawBufferPointer($0), ctxt, documentURL, input.encoding, options) }
        } else {
            doc = read(UnsafeRawBufferPointer(start: p + input.start, count: bytes.count - input.start), ctxt, documentURL,
                       input.encoding, options)
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
        // The pruner's reader, if it made one: the entity budget is per document.
        var reader = pruner.reader ?? NodeReader(doc: doc, undoesDoubleEncoding: input.isUTF8)
        var feed: Feed
        switch format {
        case .rss, .rdf: feed = RSSAdapter.feed(root: feedRoot, reader: &reader)
        case .atom: feed = AtomAdapter.feed(root: feedRoot, reader: &reader)
        case .atomEntry: feed = AtomAdapter.entryFeed(root: feedRoot, reader: &reader)
        }
        if !pruner.items.isEmpty { feed.items = pruner.items + feed.items }
        return (feed, pruner.items.count)
    }

    /// Parses `bytes` through libxml2's I/O callbacks rather than
    /// `xmlCtxtReadMemory`, which in libxml2 2.9 first copies the whole
    /// document into its own buffer: read in chunks, the input buffer stays a
    /// few KiB (consumed input is discarded), so a 1.6 MB feed costs its tree
    /// and not a second copy of itself (peak RSS of a 399-feed cycle).
    private static func read(_ bytes: UnsafeRawBufferPointer, _ ctxt: xmlParserCtxtPtr,
                             _ url: String?, _ encoding: String?, _ options: Int32) -> xmlDocPtr? {
        var cursor = ChunkCursor(bytes: bytes)
        return withUnsafeMutablePointer(to: &cursor) { cursorPointer in
            xmlCtxtReadIO(ctxt, { context, buffer, length in
                guard let context, let buffer, length > 0 else { return 0 }
                return context.assumingMemoryBound(to: ChunkCursor.self).pointee.copy(into: buffer, max: Int(length))
            }, nil, UnsafeMutableRawPointer(cursorPointer), url, encoding, options)
        }
    }
}

/// The read position in a document libxml2 pulls in chunks.
private struct ChunkCursor {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    mutating func copy(into buffer: UnsafeMutablePointer<CChar>, max: Int) -> Int32 {
        let n = min(max, bytes.count - offset)
        guard n > 0, let base = bytes.baseAddress else { return 0 }
        UnsafeMutableRawPointer(buffer).copyMemory(from: base + offset, byteCount: n)
        offset += n
        return Int32(n)
    }
}
