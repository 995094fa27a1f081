import Foundation
import MicrogradScript
import Notebook

/// The images a lesson's prose refers to, copied into the output folder at the same relative path.
///
/// Only local paths inside the lesson's folder are copied. A path that climbs out of it (`../x.png`) or is
/// absolute is refused with a warning, and a missing file gets a warning; neither stops the page.
/// Web addresses and `data:` URLs are the author's business and are left alone.
public enum ImageAssets {
    /// One image reference in a lesson.
    public struct Reference: Equatable, Sendable {
        /// The destination as written.
        public var url: String
        /// File line and column of the image.
        public var line: Int
        /// Column of the image, from 1.
        public var column: Int
    }

    /// Every image destination in `prose`, with file positions.
    public static func references(in prose: Prose) -> [Reference] {
        Cmark.parse(prose.markdown).descendants.compactMap { node in
            guard node.kind == .image, let url = node.url else { return nil }
            return Reference(url: url, line: prose.line + node.startLine - 1, column: node.startColumn)
        }
    }

    /// What to do with one destination.
    public enum Resolution: Equatable, Sendable {
        /// Not a local file (a web address, `data:`, an in-page anchor): nothing to copy.
        case external
        /// A local file, as a clean path relative to the lesson's folder.
        case local(String)
        /// A path outside the lesson's folder; the reason says why.
        case refused(String)
    }

    /// Classifies `url` (percent-decoded, query and fragment removed, `.` and `..` resolved).
    public static func resolve(_ url: String) -> Resolution {
        if url.isEmpty || url.hasPrefix("#") { return .external }
        if url.hasPrefix("//") { return .external }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return .external }
        var path = url
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        if path.hasPrefix("/") || path.hasPrefix("\\") {
            return .refused("the image path '\(url)' is absolute; use a path inside the lessons folder")
        }
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard components.popLast() != nil else {
                    return .refused("the image path '\(url)' leaves the lessons folder; nothing was copied")
                }
            default: components.append(component)
            }
        }
        guard !components.isEmpty else { return .external }
        return .local(components.joined(separator: "/"))
    }

    /// True when `path`, with every symbolic link followed, still lies inside `folder` (also resolved), so a
    /// link inside the lessons folder cannot smuggle out a file from elsewhere.
    static func resolves(_ path: String, inside folder: String) -> Bool {
        let base = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        return target.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    /// Copies the images of `document` from its folder into `outputDirectory`; returns warnings.
    public static func copy(for document: Document, to outputDirectory: String) -> [Diagnostic] {
        let lessonFolder = (document.path as NSString).deletingLastPathComponent
        var warnings: [Diagnostic] = []
        var copied: Set<String> = []
        for block in document.blocks {
            guard case .prose(let prose) = block else { continue }
            for reference in references(in: prose) {
                func warn(_ message: String) {
                    warnings.append(
                        Diagnostic(
                            file: document.path, line: reference.line, column: reference.column, kind: "ImageWarning",
                            message: message, severity: .warning))
                }
                switch resolve(reference.url) {
                case .external: continue
                case .refused(let reason): warn(reason)
                case .local(let relative):
                    guard copied.insert(relative).inserted else { continue }
                    let source = lessonFolder.isEmpty ? relative : "\(lessonFolder)/\(relative)"
                    guard Self.resolves(source, inside: lessonFolder.isEmpty ? "." : lessonFolder) else {
                        warn("the image path '\(reference.url)' leads out of the lessons folder through a link; nothing was copied")
                        continue
                    }
                    guard let data = FileManager.default.contents(atPath: source) else {
                        warn("the image '\(reference.url)' does not exist (looked for \(source))")
                        continue
                    }
                    let target = "\(outputDirectory)/\(relative)"
                    do {
                        try FileManager.default.createDirectory(
                            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                        try AtomicFile.write([UInt8](data), to: target)
                    } catch {
                        warn("the image '\(reference.url)' could not be copied: \(error)")
                    }
                }
            }
        }
        return warnings
    }
}
