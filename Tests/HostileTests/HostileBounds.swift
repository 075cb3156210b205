import Foundation

/// The bounds for one run of the binary: under 5 s of CPU time and
/// 200 MB (CPU, not wall time: the bound is on the work a hostile document
/// causes, which other tests running beside it on 2 cores do not change).
/// `make sanitize` builds everything with ASan or TSan, whose shadow memory
/// and checks multiply time and memory; it sets TRADEWATCH_SANITIZER so the
/// bounds stretch there (that run looks for memory errors and races, the
/// plain suite holds the real bounds).
enum HostileBounds {
    static let sanitized = ProcessInfo.processInfo.environment["TRADEWATCH_SANITIZER"] != nil
    static let scale = sanitized ? 5.0 : 1.0
    static let seconds = 5.0 * scale
    static let megabytes = 200.0 * scale
}
