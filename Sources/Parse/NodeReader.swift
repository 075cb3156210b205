import CLibXML2
import Model
#if canImport(Glibc)
import Glibc
#endif

/// Reads text and markup out of a parsed document. Entity references are
/// decoded here, not by libxml2's parser: HTML named entities from its HTML
/// table, internal entities by expanding their parsed content under a
/// per-document budget (so "billion laughs" stops after about a megabyte),
/// external and parameter entities never.
struct NodeReader {
    let doc: xmlDocPtr
    /// Bytes (and nodes) of internal entity expansion still allowed.
    private(set) var expansionBudget: Int
    /// Whether to undo UTF-8 that was decoded as Latin-1 and encoded again
    /// ("CafÃ©"), which feedparser does for UTF-8 documents.
    let undoesDoubleEncoding: Bool
    private var scratch: [UInt8] = []
    /// Namespace kinds by declaration: a document declares a handful, and
    /// classifying one costs string comparisons.
    private var namespaceKinds: [(UnsafeMutablePointer<xmlNs>, FeedNamespace)] = []

    init(doc: xmlDocPtr, expansionBudget: Int = 1 << 20, undoesDoubleEncoding: Bool = false) {
        self.doc = doc
        self.expansionBudget = expansionBudget
        self.undoesDoubleEncoding = undoesDoubleEncoding
        scratch.reserveCapacity(4096)
    }

    /// Replaces the collected text by its Latin-1 bytes when it consists
    /// only of characters up to U+00FF, some not ASCII, and those bytes are
    /// valid UTF-8: then it was double-encoded, since real Latin-1 text
    /// practically never forms valid UTF-8 multi-byte sequences.
    private mutating func undoDoubleEncoding() {
        guard undoesDoubleEncoding else { return }
        // Only text made of U+0000-U+00FF with some non-ASCII qualifies;
        // one pass over raw bytes rejects everything else early.
        let qualifies = scratch.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            var i = 0
            let n = buffer.count
            var sawHigh = false
            while i < n {
                // Eight ASCII bytes at a time: most text is mostly ASCII.
                if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = base[i]
                if b < 0x80 { i += 1; continue }
                guard b == 0xC2 || b == 0xC3, i + 1 < n else { return false }
                sawHigh = true
                i += 2
            }
            return sawHigh
        }
        guard qualifies else { return }
        let latin = scratch.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { out, count in
                let n = source.count
                var i = 0, k = 0
                while i < n {
                    let b = source[i]
                    if b < 0x80 {
                        out[k] = b
                        i += 1
                    } else {
                        out[k] = b == 0xC2 ? source[i + 1] : source[i + 1] &+ 0x40
                        i += 2
                    }
                    k += 1
                }
                count = k
            }
        }
        let valid = latin.withUnsafeBufferPointer { ByteRepair.isValidUTF8($0.baseAddress!, 0, $0.count) }
        if valid { scratch = latin }
    }

    /// Drops the namespace cache: declarations on freed nodes (`ItemPruner`)
    /// must not be matched by a later declaration at the same address.
    mutating func forgetNamespaces() {
        namespaceKinds.removeAll(keepingCapacity: true)
    }

    /// `XMLNode.namespace(_:home:)`, with each namespace declaration
    /// classified once: a document declares a handful, and classifying one
    /// costs string comparisons.
    mutating func namespace(_ e: NodePointer, home: NodePointer) -> FeedNamespace {
        guard let ns = e.pointee.ns else { return XMLNode.namespace(e) }
        var kind: FeedNamespace?
        for (declaration, known) in namespaceKinds where declaration == ns { kind = known; break }
        if kind == nil {
            kind = XMLNode.namespace(e)
            if namespaceKinds.count < 32 { namespaceKinds.append((ns, kind!)) }
        }
        if kind == .other, let homeNS = home.pointee.ns,
           ns == homeNS || xmlStrEqual(ns.pointee.href, homeNS.pointee.href) != 0 {
            return .plain
        }
        return kind!
    }

    /// The element's text, trimmed: its text children, or, when it has
    /// element children (unescaped HTML in a description), its inner markup.
    mutating func text(_ node: NodePointer) -> String? {
        collect(node)
        undoDoubleEncoding()
        return TextBytes.trimmedString(scratch)
    }

    /// Text that may hold HTML (a title, summary or content): `text(_:)`
    /// with relative links made absolute against the base in effect at
    /// `node` (its `xml:base` chain, then the document URL).
    mutating func html(_ node: NodePointer) -> String? {
        let isMarkup = collect(node)
        undoDoubleEncoding()
        // Inline markup had its links resolved element by element.
        if !isMarkup, let rebased = LinkResolver.rebasedHTML(scratch, at: node, in: doc) { scratch = rebased }
        return TextBytes.trimmedString(scratch)
    }

    /// Fills `scratch` with the element's text children or, when it has
    /// element children, its inner markup; true for markup.
    @discardableResult
    private mutating func collect(_ node: NodePointer) -> Bool {
        scratch.removeAll(keepingCapacity: true)
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendContent(c, escaped: false)
            case XML_ENTITY_REF_NODE:
                appendEntity(c, escaped: false)
            case XML_ELEMENT_NODE:
                scratch.removeAll(keepingCapacity: true)
                appendInnerMarkup(node)
                return true
            default:
                break
            }
            child = c.pointee.next
        }
        return false
    }

    /// Atom `type="xhtml"` content: the children of the wrapping `<div>`
    /// serialised as HTML.
    mutating func xhtml(_ node: NodePointer) -> String? {
        scratch.removeAll(keepingCapacity: true)
        var onlyDiv: NodePointer?
        var others = false
        for e in XMLNode.elements(node) {
            if onlyDiv == nil, XMLNode.named(XMLNode.localName(e), "div") { onlyDiv = e } else { others = true }
        }
        appendInnerMarkup(others || onlyDiv == nil ? node : onlyDiv!)
        undoDoubleEncoding()
        return TextBytes.trimmedString(scratch)
    }

    /// All children of `node` serialised as markup, trimmed.
    mutating func xhtmlChildren(_ node: NodePointer) -> String? {
        scratch.removeAll(keepingCapacity: true)
        appendInnerMarkup(node)
        undoDoubleEncoding()
        return TextBytes.trimmedString(scratch)
    }

    /// Serialises the children of `root` as markup, walking the tree with
    /// parent pointers (no recursion, so depth costs nothing).
    private mutating func appendInnerMarkup(_ root: NodePointer) {
        var next = root.pointee.children
        while let n = next {
            var descend = false
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                appendStartTag(n)
                if n.pointee.children != nil {
                    scratch.append(UInt8(ascii: ">"))
                    descend = true
                } else {
                    scratch.append(contentsOf: [0x20, 0x2F, 0x3E])  // " />"
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendContent(n, escaped: true)
            case XML_ENTITY_REF_NODE:
                appendEntity(n, escaped: true)
            default:
                break
            }
            if descend {
                next = n.pointee.children
                continue
            }
            var current = n
            next = nil
            while true {
                if let sibling = current.pointee.next { next = sibling; break }
                guard let parent = current.pointee.parent, parent != root else { break }
                appendEndTag(parent)
                current = parent
            }
        }
    }

    private mutating func appendStartTag(_ n: NodePointer) {
        scratch.append(UInt8(ascii: "<"))
        appendQualifiedName(n)
        var attr = n.pointee.properties
        while let a = attr {
            scratch.append(0x20)
            if let ns = a.pointee.ns, let prefix = ns.pointee.prefix {
                appendCString(prefix)
                scratch.append(UInt8(ascii: ":"))
            }
            if let name = a.pointee.name { appendCString(name) }
            scratch.append(contentsOf: [0x3D, 0x22])  // ="
            if let resolved = resolvedLink(a, on: n) {
                for b in resolved.utf8 { appendEscaped(b) }
            } else {
                var child = a.pointee.children
                while let c = child {
                    if c.pointee.type == XML_ENTITY_REF_NODE { appendEntity(c, escaped: true) } else { appendContent(c, escaped: true) }
                    child = c.pointee.next
                }
            }
            scratch.append(0x22)
            attr = a.pointee.next
        }
    }

    /// A URI attribute's relative value (`href`, `src`...) made absolute
    /// against the base in effect at its element; nil to copy it as it is.
    private func resolvedLink(_ a: UnsafeMutablePointer<xmlAttr>, on element: NodePointer) -> String? {
        // Names are compared ignoring ASCII case only: no other character
        // lower-cases into one of these names within their 10 bytes.
        guard a.pointee.ns == nil, let rawName = a.pointee.name,
              HTMLLinks.isLinkAttribute(UnsafeBufferPointer(start: rawName, count: strlen(UnsafeRawPointer(rawName).assumingMemoryBound(to: CChar.self)))),
              let child = a.pointee.children, child.pointee.next == nil,
              child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content,
              let value = HTMLLinks.relativeValue(UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
        else { return nil }
        let resolved = LinkResolver.resolve(value, at: element, in: doc)
        return resolved == value ? nil : resolved
    }

    private mutating func appendEndTag(_ n: NodePointer) {
        scratch.append(contentsOf: [0x3C, 0x2F])  // </
        appendQualifiedName(n)
        scratch.append(UInt8(ascii: ">"))
    }

    private mutating func appendQualifiedName(_ n: NodePointer) {
        if let ns = n.pointee.ns, let prefix = ns.pointee.prefix {
            appendCString(prefix)
            scratch.append(UInt8(ascii: ":"))
        }
        if let name = n.pointee.name { appendCString(name) }
    }

    private mutating func appendCString(_ s: UnsafePointer<xmlChar>) {
        let length = strlen(UnsafeRawPointer(s).assumingMemoryBound(to: CChar.self))
        scratch.append(contentsOf: UnsafeBufferPointer(start: s, count: length))
    }

    private mutating func appendContent(_ n: NodePointer, escaped: Bool) {
        guard let content = n.pointee.content else { return }
        let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
        let bytes = UnsafeBufferPointer(start: content, count: length)
        if escaped { appendEscaped(bytes) } else { scratch.append(contentsOf: bytes) }
    }

    /// Copies runs that need no escape in one piece.
    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var run = 0
        for k in 0..<bytes.count {
            let b = bytes[k]
            guard b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&") || b == UInt8(ascii: "\"")
            else { continue }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<k]))
            appendEscaped(b)
            run = k + 1
        }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    @inline(__always)
    private mutating func appendEscaped(_ b: UInt8) {
            switch b {
            case UInt8(ascii: "<"): scratch.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])
            case UInt8(ascii: ">"): scratch.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])
            case UInt8(ascii: "&"): scratch.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])
            case UInt8(ascii: "\""): scratch.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])
            default: scratch.append(b)
            }
    }

    /// An entity reference: an HTML named entity (libxml2's table), an internal
    /// entity expanded within the budget, an unknown one kept as written (as
    /// feedparser does), an external one dropped unread.
    private mutating func appendEntity(_ ref: NodePointer, escaped: Bool) {
        guard let rawName = ref.pointee.name else { return }
        if let scalar = HTMLEntities.scalar(named: rawName) {
            if escaped, scalar.value < 0x80 {
                appendEscaped(UInt8(scalar.value))
            } else {
                UTF8Encoding.append(scalar.value, to: &scratch)
            }
            return
        }
        guard let entity = xmlGetDocEntity(doc, rawName) else {
            scratch.append(contentsOf: escaped ? [0x26, 0x61, 0x6D, 0x70, 0x3B] : [0x26])
            appendCString(rawName)
            scratch.append(UInt8(ascii: ";"))
            return
        }
        guard entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY else { return }
        expand(entity, escaped: escaped)
    }

    /// Expands an internal entity's parsed content, following nested
    /// references with an explicit stack and spending the budget on every
    /// node and byte, so exponential and quadratic blow-ups stop early.
    private mutating func expand(_ entity: xmlEntityPtr, escaped: Bool) {
        var stack: [NodePointer] = []
        if let first = entity.pointee.children {
            stack.append(UnsafeMutableRawPointer(first).assumingMemoryBound(to: xmlNode.self))
        } else if let content = entity.pointee.content, expansionBudget > 0 {
            // Never parsed by libxml2 (it gave up on it); take the raw text
            // only if it holds no markup or references.
            let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
            let bytes = UnsafeBufferPointer(start: content, count: min(length, expansionBudget))
            if !bytes.contains(UInt8(ascii: "&")), !bytes.contains(UInt8(ascii: "<")) {
                if escaped { appendEscaped(bytes) } else { scratch.append(contentsOf: bytes) }
            }
            expansionBudget -= length + 1
        }
        while let n = stack.popLast() {
            expansionBudget -= 1
            if expansionBudget <= 0 { return }
            if let sibling = n.pointee.next { stack.append(sibling) }
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = n.pointee.content else { break }
                let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                let allowed = min(length, max(expansionBudget, 0))
                let bytes = UnsafeBufferPointer(start: content, count: allowed)
                if escaped { appendEscaped(bytes) } else { scratch.append(contentsOf: bytes) }
                expansionBudget -= length
            case XML_ENTITY_REF_NODE:
                guard let rawName = n.pointee.name else { break }
                if let scalar = HTMLEntities.scalar(named: rawName) {
                    UTF8Encoding.append(scalar.value, to: &scratch)
                } else if let nested = xmlGetDocEntity(doc, rawName), nested.pointee.etype == XML_INTERNAL_GENERAL_ENTITY,
                          let first = nested.pointee.children {
                    stack.append(UnsafeMutableRawPointer(first).assumingMemoryBound(to: xmlNode.self))
                }
            case XML_ELEMENT_NODE:
                if let first = n.pointee.children { stack.append(first) }
            default:
                break
            }
        }
    }
}
