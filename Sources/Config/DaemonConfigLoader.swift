import FoundationEssentials
import TOMLKit

extension DaemonConfig {
    static let daemonKeys: Set<String> = [
        "state_dir", "log", "socket", "socket_mode", "socket_group", "baseline", "interval", "concurrency",
        "max_age", "timeout", "connect_timeout", "max_body_bytes", "subscriber_queue",
    ]
    static let feedKeys: Set<String> = ["url", "name", "interval"]

    /// Reads and validates a config file. Throws every problem found (unknown
    /// keys, wrong types, bad durations, duplicate feed URLs, an unreadable
    /// baseline), each naming the file, line and key.
    package static func load(path: String) throws(ConfigErrors) -> DaemonConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            let why = UnreadableFile.explain(path, what: "config file") ?? "cannot read the config file"
            throw ConfigErrors([ConfigIssue(file: path, line: nil, key: "", message: why)])
        }
        let source = String(decoding: data, as: UTF8.self)
        return try parse(source: source, path: path)
    }

    public static func parse(source: String, path: String) throws(ConfigErrors) -> DaemonConfig {
        if let bad = TOMLSyntaxGuard.firstProblem(in: source) {
            throw ConfigErrors([ConfigIssue(file: path, line: bad.line, key: "",
                                            message: "not valid TOML: \(bad.message)")])
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ConfigErrors([ConfigIssue(file: path, line: error.source.begin.line, key: "",
                                            message: "not valid TOML: \(error.description)")])
        } catch {
            throw ConfigErrors([ConfigIssue(file: path, line: nil, key: "", message: "not valid TOML: \(error)")])
        }
        var reader = TOMLReader(path: path, lines: TOMLKeyLines(source: source))
        var config = DaemonConfig(path: path)
        // Relative to the config file's folder, made absolute so a relative
        // config path (`--config config/demo.toml`) gives absolute paths and
        // well-formed file:// URLs.
        let absolute = Self.resolve(path, in: FileManager.default.currentDirectoryPath)
        let folder = absolute.lastIndex(of: "/").map { $0 == absolute.startIndex ? "/" : String(absolute[..<$0]) } ?? "/"

        for key in root.keys where !["daemon", "feed", "metrics", "report", "sink", "store", "node"].contains(key) {
            reader.issue(table: "", key: key, "unknown key (expected [daemon], [[feed]], [metrics], [report], [[sink]], [store], [node])")
        }
        if let value = root["metrics"] {
            if let table = value.table {
                readMetrics(table, into: &config, reader: &reader, folder: folder)
            } else {
                reader.issue(table: "", key: "metrics", "must be a table ([metrics])")
            }
        }
        readCluster(root, into: &config, reader: &reader, folder: folder)
        if let value = root["daemon"] {
            if let daemon = value.table {
                reader.checkKeys(daemon, table: "daemon", allowed: daemonKeys)
                let t = "daemon"
                if let v = reader.string(daemon, t, "state_dir") { config.stateDir = resolve(v, in: folder) }
                if let v = reader.string(daemon, t, "log") { config.log = resolve(v, in: folder) }
                if let v = reader.string(daemon, t, "socket") { config.socket = resolve(v, in: folder) }
                if let v = reader.string(daemon, t, "socket_mode") {
                    if let mode = UInt32(v, radix: 8), mode <= 0o777 { config.socketMode = mode }
                    else { reader.issue(table: t, key: "socket_mode", "bad mode \"\(v)\" (use octal, e.g. \"0660\")") }
                }
                config.socketGroup = reader.string(daemon, t, "socket_group")
                if let v = reader.string(daemon, t, "baseline") { config.baseline = resolve(v, in: folder) }
                if let v = reader.duration(daemon, t, "interval") { config.interval = v }
                if let v = reader.positiveInt(daemon, t, "concurrency", max: 1024) { config.concurrency = v }
                if let v = reader.duration(daemon, t, "max_age") { config.maxAge = v }
                if let v = reader.duration(daemon, t, "timeout") { config.timeout = v }
                if let v = reader.duration(daemon, t, "connect_timeout") { config.connectTimeout = v }
                if let v = reader.positiveInt(daemon, t, "max_body_bytes", max: 1 << 30) { config.maxBodyBytes = v }
                if let v = reader.positiveInt(daemon, t, "subscriber_queue", max: 1_000_000) { config.subscriberQueue = v }
            } else {
                reader.issue(table: "", key: "daemon", "must be a table ([daemon])")
            }
        }
        if let value = root["feed"] {
            if let feeds = value.array {
                var seen: [String: Int] = [:]
                for index in 0..<feeds.count {
                    guard let feed = feeds[index].table else {
                        reader.issue(table: "feed", index: index, key: "", "must be a table ([[feed]])")
                        continue
                    }
                    reader.checkKeys(feed, table: "feed", index: index, allowed: feedKeys)
                    guard let url = reader.string(feed, "feed", "url", index: index, required: true) else { continue }
                    guard let resolved = feedURL(url, in: folder) else {
                        reader.issue(table: "feed", index: index, key: "url",
                                     "\"\(url)\" is not an http, https or file URL or a path")
                        continue
                    }
                    if let first = seen[resolved] {
                        reader.issue(table: "feed", index: index, key: "url",
                                     "duplicate feed URL \"\(url)\" (also feed[\(first + 1)])")
                        continue
                    }
                    seen[resolved] = index
                    config.feeds.append(FeedConfig(
                        url: resolved,
                        name: reader.string(feed, "feed", "name", index: index),
                        interval: reader.duration(feed, "feed", "interval", index: index)))
                }
            } else {
                reader.issue(table: "", key: "feed", "must be an array of tables ([[feed]])")
            }
        }
        if let value = root["report"] { readReport(value, into: &config, reader: &reader, folder: folder) }
        if let value = root["sink"] { readSinks(value, into: &config, reader: &reader) }
        if !FileManager.default.isReadableFile(atPath: config.baseline) {
            reader.issue(table: "daemon", key: "baseline", "cannot read the baseline file \(config.baseline)")
        }
        guard reader.issues.isEmpty else { throw ConfigErrors(reader.issues) }
        return config
    }

    /// `path` made absolute against `folder`, with "." and ".." removed by
    /// spelling only. Symlinks are kept: Foundation's `standardizingPath`
    /// resolves them on Linux, which pinned a symlinked log to its target
    /// for the daemon's life (SIGHUP then reopened the old target).
    static func resolve(_ path: String, in folder: String) -> String {
        let expanded = expandingTilde(path)
        let absolute = expanded.hasPrefix("/") ? expanded : folder + "/" + expanded
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// "~" and "~/..." under $HOME, as a shell would.
    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst()
    }

    /// http(s) URLs stay as written; `file://` URLs and plain paths become
    /// `file://` URLs with an absolute path.
    static func feedURL(_ text: String, in folder: String) -> String? {
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return URL(string: text)?.host != nil ? text : nil
        }
        if lower.hasPrefix("file://") {
            let path = String(text.dropFirst("file://".count))
            return path.hasPrefix("/") ? "file://" + path : "file://" + resolve(path, in: folder)
        }
        if text.firstRange(of: "://") != nil || text.isEmpty { return nil }
        return "file://" + resolve(text, in: folder)
    }
}
