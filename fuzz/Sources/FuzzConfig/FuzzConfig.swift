import Config

/// libFuzzer entry: any text as a daemon config and as a baseline file
/// (TOMLKit, then our validation). A config or errors naming file, line and
/// key; never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try DaemonConfig.parse(source: text, path: "/fuzz/tradewatch.toml")
    } catch {
        precondition(!error.description.isEmpty, "an error without words")
    }
    _ = try? BaselineFile.parse(text, file: "/fuzz/baseline.toml")
    return 0
}
