// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "orgtui",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "orgtui", targets: ["OrgTUIMain"]),
        .executable(name: "orgtui-server", targets: ["OrgServerMain"]),
        .executable(name: "orgbench", targets: ["OrgBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // ncurses and terminfo, named in the module map. Not through pkg-config: the -L it adds for the system's
        // library folder would come before `orgtui`'s Linker/, and pick the shared libraries.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libcurl, loaded with dlopen on the first HTTP request (the headers come from libcurl4-openssl-dev).
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "OrgModel"),
        // What every store shares, whatever its database: members, seeds, audit entries, tokens, the outbox,
        // invitations and snapshots, with no database driver.
        .target(name: "OrgRecords", dependencies: ["OrgModel"]),
        .target(
            name: "OrgAPI",
            dependencies: ["OrgModel", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .target(
            name: "OrgStore",
            dependencies: [
                "OrgModel", "OrgRecords", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Text safe for the terminal: the sanitizer, display width, tables; no I/O and no dependency.
        .target(name: "OrgText"),
        // Where orgtui keeps its files: the XDG base directories, as the environment names them.
        .target(name: "OrgFiles"),
        // `orgtui`'s scriptable commands, with the connection to a backend they share with the terminal UI, and
        // (`Shared/`) what orgtui-server's commands use too: --store, failures and exit statuses, the console, the log.
        .target(
            name: "OrgCLI",
            dependencies: [
                "OrgAPI", "OrgFiles", "OrgHTTP", "OrgModel", "OrgRecords", "OrgStore", "OrgText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `orgtui`: the terminal UI and the root command over OrgCLI's commands; no HTTP server in it, so it
        // starts fast.
        .target(
            name: "OrgTUI",
            dependencies: [
                "CNcurses", "OrgCLI", "OrgFiles", "OrgHTTP", "OrgModel", "OrgRecords", "OrgStore", "OrgText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `orgtui`'s thin main: it runs OrgTUI's root command. Linked by lld with packed relative relocations
        // (glibc 2.36+): the loader reads 17 KB of them instead of 2.2 MB, 0.3 ms of every start. It exports no
        // symbols (swiftc exported the 13,800 public ones of every module): each symbol the loader binds for a
        // shared library searched them first, and the runtime's dladdr walked them, 0.9 ms of CPU at each start.
        // SQLite, ncurses, libstdc++ and libgcc come from their archives (Linker/ says why, SECURITY.md what it
        // asks): 1.2-1.5 ms of each start.
        .executableTarget(
            name: "OrgTUIMain", dependencies: ["OrgTUI"],
            linkerSettings: [
                .unsafeFlags([
                    "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                    "-Xlinker", "--no-export-dynamic",
                    "-L", Context.packageDirectory + "/Linker", "-Xclang-linker", "-static-libgcc",
                ])
            ]
        ),
        // `orgtui-server`'s commands: serve, token, init (a PostgreSQL database) and store (backup, copy).
        .target(
            name: "OrgServerCLI",
            dependencies: [
                "OrgCLI", "OrgModel", "OrgRecords", "OrgServer", "OrgStore", "OrgPostgres", "OrgText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `orgtui-server`: the root command over OrgServerCLI's commands, which `orgtui serve`, `token` and
        // `store` hand over to.
        .executableTarget(
            name: "OrgServerMain",
            dependencies: [
                "OrgCLI", "OrgServerCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "OrgHTTP",
            dependencies: [
                "CCurl", "OrgFiles", "OrgModel", "OrgAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "OrgServer",
            dependencies: [
                "OrgModel", "OrgAPI", "OrgRecords", "OrgStore",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The PostgreSQL store behind `orgtui serve --database`: only `orgtui-server` links it, never `orgtui`.
        .target(
            name: "OrgPostgres",
            dependencies: [
                "OrgModel", "OrgRecords", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "OrgBench",
            dependencies: [
                "ChildProcesses", "OrgModel", "OrgStore", "OrgHTTP", "OrgServer", "OrgPostgres",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // A child process that the store's durability and concurrency tests start and kill.
        .executableTarget(name: "StoreWriter", dependencies: ["OrgModel", "OrgStore"], path: "Tests/StoreWriter"),
        // A child process that LoopbackProxyTests starts with proxy variables in its environment.
        .executableTarget(name: "HTTPProbe", dependencies: ["OrgHTTP", "OrgModel"], path: "Tests/HTTPProbe"),
        // A loopback HTTP server that answers as a test's script says (faults, held requests), for the HTTP
        // backend's tests and the import's.
        .target(name: "TestHTTPServers", path: "Tests/TestHTTPServers"),
        // Child processes started with posix_spawn and awaited off Swift's shared pool, for the tests and the bench.
        .target(name: "ChildProcesses", path: "Tests/ChildProcesses"),
        .testTarget(name: "ChildProcessesTests", dependencies: ["ChildProcesses"]),
        // The Backend contract suite, written once and run against every Backend.
        .target(name: "BackendContract", dependencies: ["OrgModel"], path: "Tests/BackendContract"),
        .testTarget(name: "OrgModelTests", dependencies: ["OrgModel", "OrgRecords", "OrgStore"]),
        .testTarget(
            name: "OrgStoreTests",
            dependencies: [
                "OrgRecords", "OrgStore", "BackendContract", "ChildProcesses", "StoreWriter",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "OrgPostgresTests",
            dependencies: [
                "OrgPostgres", "OrgRecords", "OrgStore", "OrgServer", "OrgHTTP", "BackendContract", "ChildProcesses",
                "TestHTTPServers",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "OrgHTTPTests",
            dependencies: [
                "OrgHTTP", "OrgServer", "OrgRecords", "OrgStore", "OrgAPI", "BackendContract", "ChildProcesses",
                "HTTPProbe", "TestHTTPServers",
            ]
        ),
        .testTarget(name: "OrgCLITests", dependencies: ["OrgCLI", "OrgHTTP", "OrgModel"]),
        .testTarget(
            name: "OrgTUITests",
            dependencies: [
                "OrgTUI", "OrgCLI", "OrgModel", "OrgRecords", "OrgStore", "OrgHTTP", "OrgText", "TestHTTPServers",
                "ChildProcesses",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["Snapshots"]  // read from the source tree, so that recording rewrites them in place
        ),
    ]
)

// The libFuzzer targets (Fuzz/<Name>/), only in `Fuzz/run.sh`'s build (ORGTUI_FUZZ=1, scratch path .build-fuzz):
// they link libFuzzer, so the ordinary build must not see them.
// Our library targets get coverage and ASan by unsafeFlags, not -Xswiftc, which would also reach the OpenAPI
// generator (a build tool, which then fails to link); the packages we depend on are not instrumented.
if Context.environment["ORGTUI_FUZZ"] != nil {
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        (
            "Responses",
            [
                "OrgHTTP", "OrgModel", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        ("Terminal", ["OrgText"]),
    ]
    let sanitize = ["-sanitize=fuzzer,address"]
    for target in package.targets where target.type == .regular {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(sanitize)]
    }
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/Driver"))
    for target in fuzzTargets {
        package.targets.append(
            .executableTarget(
                name: "Fuzz" + target.name, dependencies: ["FuzzDriver"] + target.dependencies,
                path: "Fuzz/" + target.name,
                swiftSettings: [.unsafeFlags(sanitize)], linkerSettings: [.unsafeFlags(sanitize)]
            ))
        package.products.append(.executable(name: "fuzz-" + target.name.lowercased(), targets: ["Fuzz" + target.name]))
    }
}
