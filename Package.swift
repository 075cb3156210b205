// swift-tools-version:6.0
import PackageDescription

// One target per pipeline stage, so the compiler keeps C out of everything
// above the interop layer: only Fetch imports CCurl, only Parse imports CLibXML2.
//
// Linux only (Debian 12 is what is built and tested): the sources use glibc and
// Linux interfaces (SO_PEERCRED, /proc/self/exe, mallopt, sd_notify) with no
// Darwin path, so no Apple platform is declared.
let package = Package(
    name: "tradewatch",
    products: [
        .executable(name: "tradewatch", targets: ["tradewatch"]),
        .executable(name: "tradewatch-train-gate", targets: ["GateTrainer"]),
        // For the libFuzzer harnesses in fuzz/, a package of their own that
        // depends on this one by path. What they call is `public`; every
        // other cross-target declaration is `package`.
        .library(name: "TradewatchCore", targets: ["Model", "Parse", "Detect", "Config", "Publish"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        // SHA-256 (BoringSSL's assembly, fast in debug builds too); 4.x
        // imports FoundationEssentials only.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        // Deque for the fetch queue and the subscribers' outbound queues.
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // FileDescriptor and Errno: EINTR-retrying reads and writes with typed errno.
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // The cluster store's PostgreSQL client (and the NIO it runs on, TLS by NIOSSL).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // libcurl: curl_easy_setopt/getinfo are variadic, so typed static-inline shims.
        .target(
            name: "CCurl",
            linkerSettings: [.linkedLibrary("curl")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "Model", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Fetch", dependencies: [
            "CCurl", "Model",
            .product(name: "DequeModule", package: "swift-collections"),
            .product(name: "SystemPackage", package: "swift-system"),
        ]),
        .target(name: "Parse", dependencies: ["CLibXML2", "Model"]),
        .target(name: "Detect", dependencies: ["Model"]),
        .target(name: "Store", dependencies: ["CSQLite", "Model"]),
        // The shared store of a cluster (`[store] url`): PostgreSQL behind
        // Store's `StateStoring`, through postgres-nio on one event-loop
        // thread started only when a store opens; the store's own thread
        // waits on each query, as it waits on SQLite's. Only this target sees NIO.
        .target(name: "PostgresStore", dependencies: [
            "Store", "Model",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(
            name: "Publish",
            dependencies: [
                "Model",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The engines of the hidden `bench-*` commands (socket fan-out,
        // detection, SHA-256): measuring code kept out of the library targets;
        // only the executable links it.
        .target(
            name: "Bench",
            dependencies: ["Model", "Parse", "Detect", "Publish", "Daemon", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Daemon",
            dependencies: [
                "Model", "Fetch", "Parse", "Detect", "Config", "Store", "PostgresStore", "Publish", "Telemetry", "Report", "Sinks",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Webhooks and mail fed from the store, each with its own high-water mark.
        .target(name: "Sinks", dependencies: ["Model", "Fetch", "Config", "Store", .product(name: "Logging", package: "swift-log")]),
        // What people look at: the positions board and the report page. Pure.
        .target(name: "Report", dependencies: ["Model", "Detect", "Store"]),
        .target(name: "Config", dependencies: ["Model", "Detect", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The daemon's Prometheus metrics: swift-metrics instruments on a
        // swift-prometheus registry, a textfile writer and a loopback listener.
        .target(
            name: "Telemetry",
            dependencies: [
                "Model",
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "tradewatch",
            dependencies: [
                "Model", "Fetch", "Parse", "Detect", "Config", "Store", "Publish", "Daemon", "Report", "Bench",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds link the Swift runtime and Foundation statically
            // (what `swift build --static-swift-stdlib` does): only the parts
            // tradewatch uses are mapped and relocated, ~9 MB less resident
            // memory for the daemon (bench: 399-feed cycle 44.7 -> 36 MB).
            // With postgres-nio the binary holds all of Foundation, NIO and two
            // BoringSSLs (150 MB), so, with lld: relative relocations packed
            // (DT_RELR; glibc 2.36) instead of 2.8 MB of RELA entries read at
            // start, and no dynamic symbol table of every Swift symbol (which
            // each library's symbol lookups walked): the PostgreSQL cold cycle's
            // peak RSS 48.7 -> 41.7 MB.
            // The functions a poll cycle runs are laid out first, in the order
            // of link-order.txt (`make link-order`, from callgrind): the kernel
            // maps code 64 kB around each page faulted in, so hot code spread
            // among cold costs its neighbourhood too (bench, cold cycle: SQLite
            // 40.3-40.8 -> 34.7-36.0 MB, PostgreSQL 41.0-41.4 -> 35.5-36.4 MB).
            // A name no longer in the binary is skipped, silently.
            exclude: ["link-order.txt"],
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-use-ld=lld",
                              "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                              "-Xlinker", "--no-export-dynamic",
                              "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Sources/tradewatch/link-order.txt",
                              "-Xlinker", "--no-warn-symbol-ordering"],
                             .when(configuration: .release)),
                // What static FoundationEssentials needs besides what
                // -static-stdlib brings (Swift 6.3 on Linux)...
                .linkedLibrary("_FoundationCollections", .when(configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(configuration: .release)),
                // ...and static Foundation, which postgres-nio and swift-crypto
                // import whole.
                .linkedLibrary("FoundationInternationalization", .when(configuration: .release)),
                .linkedLibrary("CoreFoundation", .when(configuration: .release)),
                .linkedLibrary("_FoundationICU", .when(configuration: .release)),
            ]
        ),
        // `make train-gate`: fits the detector's learned gate to the label
        // sets and writes its weights into Detect as data.
        .executableTarget(
            name: "GateTrainer",
            dependencies: ["Detect", "Config", "Model", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["Model"], path: "Tests/TestSupport"),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "FetchTests", dependencies: ["Fetch", "TestSupport"]),
        .testTarget(name: "ParseTests", dependencies: ["Parse", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DetectTests", dependencies: ["Detect", "Config", "Parse"]),
        .testTarget(name: "StoreTests", dependencies: [
            "Store", "Model", "PostgresStore", "TestSupport",
        ]),
        .testTarget(name: "PublishTests", dependencies: ["Publish", "Model", "Store", "TestSupport"]),
        .testTarget(name: "ConfigTests", dependencies: ["Config"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Detect", "Store", "Model"]),
        .testTarget(name: "SinkTests", dependencies: ["Sinks", "Store", "Config", "Model", "TestSupport",
                                                     .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "DaemonTests", dependencies: ["Daemon", "Model", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "HostileTests", dependencies: ["TestSupport", "Parse", "Fetch", "Model"]),
    ],
    swiftLanguageModes: [.v6]
)

// A member is visible only through a module the file imports itself, so
// nothing reaches full Foundation (CoreFoundation: several MB resident) by
// way of a dependency that imports it (TOMLKit does).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
