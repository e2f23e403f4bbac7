// swift-tools-version:6.0
import PackageDescription

/// One set of Swift settings for every target: Swift 6 language mode, strict concurrency.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "secretty",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "secretty", targets: ["secretty"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: - C modules (each has exactly one Swift importer)
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl"),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "openssl"),
        .systemLibrary(name: "CThreads", path: "Sources/CThreads"),

        // MARK: - Libraries
        .target(name: "SecrettyCrypto", dependencies: ["COpenSSL", "SecretsCore"], swiftSettings: swiftSettings),
        .target(name: "SecretsCore", dependencies: ["CThreads"], swiftSettings: swiftSettings),
        .target(
            name: "Vault",
            dependencies: ["SecretsCore", "SecrettyCrypto", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        .target(name: "AWSClient", dependencies: ["SecretsCore", "SecrettyCrypto"], swiftSettings: swiftSettings),
        .target(name: "CurlTransport", dependencies: ["AWSClient", "CCurl", "SecretsCore"], swiftSettings: swiftSettings),
        .target(name: "TerminalUI", dependencies: [], swiftSettings: swiftSettings),
        .target(name: "CursesTerminal", dependencies: ["TerminalUI", "CNCurses"], swiftSettings: swiftSettings),
        .target(
            name: "SecretsApp",
            dependencies: ["SecretsCore", "TerminalUI", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .target(
            name: "SecrettyCLI",
            dependencies: [
                "SecretsCore", "Vault", "AWSClient", "SecrettyCrypto",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings),

        // MARK: - Executables
        .executableTarget(
            name: "secretty",
            dependencies: [
                "SecrettyCLI", "SecretsApp", "CursesTerminal", "CurlTransport", "Vault", "AWSClient", "SecretsCore",
                "SecrettyCrypto",
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "TerminalHarness",
            dependencies: ["CursesTerminal", "TerminalUI"],
            path: "Tests/TerminalHarness",
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "secretty-bench",
            dependencies: ["SecretsCore", "Vault", "SecrettyCrypto"],
            path: "Tests/Benchmarks",
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "vault-stress",
            dependencies: ["SecretsCore", "Vault", "SecrettyCrypto"],
            path: "Tests/VaultStress",
            swiftSettings: swiftSettings),

        // MARK: - Tests
        .target(
            name: "TestSupport", dependencies: ["SecretsCore", "TerminalUI"], path: "Tests/Support",
            swiftSettings: swiftSettings),
        .testTarget(name: "SecretsCoreTests", dependencies: ["SecretsCore", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SecrettyCryptoTests", dependencies: ["SecrettyCrypto"], swiftSettings: swiftSettings),
        .testTarget(
            name: "VaultTests", dependencies: ["Vault", "SecretsCore", "SecrettyCrypto", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "SecrettyCLITests", dependencies: ["SecrettyCLI", "SecretsCore", "TestSupport"],
            exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AWSClientTests", dependencies: ["AWSClient", "CurlTransport", "SecretsCore", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "TerminalUITests", dependencies: ["TerminalUI", "CursesTerminal", "TestSupport"],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "SecretsAppTests", dependencies: ["SecretsApp", "TerminalUI", "SecretsCore", "TestSupport"],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings),
    ]
)
