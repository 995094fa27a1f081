import Foundation
import MicrogradScript
import Notebook

/// Everything a lesson's page and copied images depend on, part by part, each part a SHA-256 digest.
///
/// A page is re-woven unless every part is unchanged, so each input that can change the page's bytes is in
/// one: the tool (version, build, cmark, Graphviz), the lesson's path and text, the images it uses, the page
/// template and stylesheet, the titles and files of its neighbours (the pager links), and the options
/// (`--safe`, `--graph-limit`, the run limits). Parts are kept apart, in a fixed order, so `--explain` can say
/// which one changed.
struct RenderKey: Equatable, Codable, Sendable {
    /// One named digest.
    struct Part: Equatable, Codable, Sendable {
        var name: String
        var digest: String
    }

    /// The parts, always in the order of `Part.names`.
    var parts: [Part]

    /// What each part's change means, in `--explain`'s words; the order is the order parts are compared in.
    static let names: [(name: String, meaning: String)] = [
        ("tool", "gradbook, cmark or Graphviz changed (version or build)"),
        ("source", "the lesson changed"),
        ("images", "an image it uses changed"),
        ("template", "the page template or stylesheet changed"),
        ("links", "a neighbouring lesson's title or file changed"),
        ("options", "the options changed (--safe, --graph-limit or the run limits)"),
    ]

    /// The key of `document` as the site would weave it now.
    static func make(
        document: Document, images: [ImageInput], links: PageLinks, templates: PageTemplates, options: SiteOptions,
        limits: Limits
    ) -> RenderKey {
        let source = digest([document.path, Site.pageName(for: document.path), document.source])
        let pictures = digest(images.flatMap { [$0.relativePath, $0.digest ?? "missing"] })
        let template = digest([templates.sources.page, templates.css])
        let neighbours = [links.previous, links.next].flatMap { [$0?.href ?? "-", $0?.title ?? "-"] } + [links.index]
        let settings = [
            "safe \(options.safe)", "graph-limit \(options.graphLimit.map(String.init) ?? "-")",
            "steps \(limits.steps)", "recursion \(limits.recursionDepth)", "nesting \(limits.nestingDepth)",
            "output \(limits.outputCharacters)", "values \(limits.engineValues)",
            "elements \(limits.collectionElements)",
        ]
        let digests = [digest([ToolIdentity.current]), source, pictures, template, digest(neighbours), digest(settings)]
        return RenderKey(parts: zip(names, digests).map { Part(name: $0.name, digest: $1) })
    }

    /// Why `self` differs from `stored`, in words, or nil when it does not.
    func difference(from stored: RenderKey) -> String? {
        for (name, meaning) in Self.names {
            let now = parts.first { $0.name == name }
            let then = stored.parts.first { $0.name == name }
            if now != then { return meaning }
        }
        return parts == stored.parts ? nil : "the cache entry has other parts"
    }

    /// A digest of several strings that cannot be confused with another list (each is length-prefixed).
    static func digest(_ fields: [String]) -> String {
        var digest = SHA256()
        for field in fields {
            digest.update("\(field.utf8.count):")
            digest.update(field)
        }
        return digest.hex()
    }
}

/// One local image a lesson uses: its path relative to the lesson's folder and the digest of its bytes (nil
/// when the file is missing).
struct ImageInput: Equatable, Sendable {
    var relativePath: String
    var digest: String?

    /// The local images of `document`, in order of first use, each read once.
    static func all(of document: Document) -> [ImageInput] {
        let folder = (document.path as NSString).deletingLastPathComponent
        var seen: Set<String> = []
        var images: [ImageInput] = []
        for block in document.blocks {
            guard case .prose(let prose) = block else { continue }
            for reference in ImageAssets.references(in: prose) {
                guard case .local(let relative) = ImageAssets.resolve(reference.url), seen.insert(relative).inserted
                else { continue }
                let source = folder.isEmpty ? relative : "\(folder)/\(relative)"
                let bytes = FileManager.default.contents(atPath: source)
                images.append(ImageInput(relativePath: relative, digest: bytes.map { SHA256.hex($0) }))
            }
        }
        return images
    }
}
