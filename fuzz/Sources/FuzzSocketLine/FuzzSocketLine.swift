import Publish

/// libFuzzer entry: any bytes as one line a subscriber sent on the socket.
/// A message or a `ProtocolError` with its code; never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSocketLine(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = UnsafeBufferPointer(start: data, count: size)
    do {
        _ = try ClientMessage.parse(line)
    } catch {
        precondition(!error.code.isEmpty, "a protocol error without a code")
    }
    return 0
}
