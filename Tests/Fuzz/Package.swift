// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for Gradbook's parsers and generators. Not part of the main build: `scripts/fuzz TARGET
/// SECONDS` builds this package with `-sanitize=fuzzer,address` in `.build-fuzz/` and runs one target on its
/// corpus in `Corpus/TARGET/`. Each target is an executable whose `main` hands libFuzzer's driver a test
/// function (`FuzzDriver.run`), because SwiftPM renames an executable's `main` and libFuzzer's own would never
/// be linked.
let package = Package(
    name: "GradbookFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Gradbook", path: "../..")],
    targets: [
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
        .executableTarget(
            name: "fuzz-script",
            dependencies: [
                "FuzzSupport", .product(name: "MicrogradScript", package: "Gradbook"),
                .product(name: "Weave", package: "Gradbook"),
            ]),
        .executableTarget(
            name: "fuzz-lesson",
            dependencies: [
                "FuzzSupport", .product(name: "Notebook", package: "Gradbook"),
                .product(name: "Weave", package: "Gradbook"),
            ]),
        .executableTarget(
            name: "fuzz-math", dependencies: ["FuzzSupport", .product(name: "Weave", package: "Gradbook")]),
        .executableTarget(
            name: "fuzz-dot",
            dependencies: [
                "FuzzSupport", .product(name: "Micrograd", package: "Gradbook"),
                .product(name: "Weave", package: "Gradbook"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
