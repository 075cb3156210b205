// swift-tools-version:6.0
import PackageDescription

// libFuzzer harnesses, one executable per target, built only with
// `-sanitize=fuzzer,address -parse-as-library` (libFuzzer brings main).
// `make fuzz` builds and runs them; see fuzz/README.md.
let core: Target.Dependency = .product(name: "TradewatchCore", package: "tradewatch")

let package = Package(
    name: "tradewatch-fuzz",
    dependencies: [.package(name: "tradewatch", path: "..")],
    targets: [
        .executableTarget(name: "FuzzFeedParser", dependencies: [core]),
        .executableTarget(name: "FuzzFeedDate", dependencies: [core]),
        .executableTarget(name: "FuzzConfig", dependencies: [core]),
        .executableTarget(name: "FuzzDetect", dependencies: [core]),
        .executableTarget(name: "FuzzSocketLine", dependencies: [core]),
    ],
    swiftLanguageModes: [.v6]
)
