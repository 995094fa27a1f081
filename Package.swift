// swift-tools-version:6.0
import PackageDescription

/// Gradbook: Markdown lessons with runnable micrograd cells, woven into self-contained HTML and checked as
/// regression tests. Modules flow one way: Micrograd → MicrogradScript → Notebook → Weave → Preview → gradbook.
let package = Package(
    name: "Gradbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gradbook", targets: ["gradbook"]),
        .executable(name: "micrograd-bench", targets: ["micrograd-bench"]),
        .library(name: "Micrograd", targets: ["Micrograd"]),
        .library(name: "MicrogradScript", targets: ["MicrogradScript"]),
        .library(name: "Notebook", targets: ["Notebook"]),
        .library(name: "Weave", targets: ["Weave"]),
    ],
    // Each dependency is pinned to one exact version, and none of them has dependencies of its own, so every
    // clone resolves the same four packages whether or not a Package.resolved is present (none is committed).
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
        .systemLibrary(
            name: "Cgraphviz", pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev", "graphviz"]), .brew(["graphviz"])]),
        .target(name: "Micrograd"),
        .target(name: "MicrogradScript", dependencies: ["Micrograd"]),
        .target(
            name: "Notebook",
            dependencies: ["MicrogradScript", "Ccmark", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Weave",
            dependencies: [
                "Notebook", "Cgraphviz", .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")]),
        .target(
            name: "Preview",
            dependencies: ["Weave", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "gradbook",
            dependencies: [
                "Notebook", "Weave", "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "micrograd-bench", dependencies: ["Micrograd", "MicrogradScript"]),
        .testTarget(name: "MicrogradTests", dependencies: ["Micrograd"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MicrogradScriptTests", dependencies: ["MicrogradScript"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"], resources: [.copy("Lessons")]),
        .testTarget(name: "WeaveTests", dependencies: ["Weave"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),
        .testTarget(name: "GradbookEndToEndTests", dependencies: ["Notebook"]),
    ],
    swiftLanguageModes: [.v6]
)
