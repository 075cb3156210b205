/// The system's random numbers, for scheduling jitter, with one word of
/// state. Only so: ThreadSanitizer (Swift 6.3) crashes with SEGV on an inout
/// access to a zero-sized value in generic code, and `SystemRandomNumberGenerator`
/// is empty, so the daemon died under `--sanitize=thread` at its first failing
/// feed and nothing behind that point could be checked for races.
struct JitterRandom: RandomNumberGenerator {
    private var system = SystemRandomNumberGenerator()
    private var draws: UInt64 = 0

    mutating func next() -> UInt64 {
        draws &+= 1
        return system.next()
    }
}
