import Ccmark
import Foundation

/// The one place Gradbook talks to cmark's C API.
///
/// Everything else works on Swift values: `parse` converts cmark's tree into `MarkdownNode`s in a single
/// iterative pass and frees it before returning; `html` parses, renders and frees in one call. No C pointer
/// escapes this file.
public enum Cmark {
    /// Parses CommonMark text into a Swift tree. Never fails: CommonMark has no syntax errors.
    public static func parse(_ markdown: String) -> MarkdownNode {
        withDocument(markdown, options: CMARK_OPT_DEFAULT) { root in
            root.map(convert) ?? MarkdownNode(kind: .document)
        }
    }

    /// The linked cmark's version (`0.30.2`): an incremental render re-weaves pages when it changes.
    public static var version: String { String(cString: cmark_version_string()) }

    /// Renders a Markdown fragment as HTML.
    ///
    /// Raw HTML in the fragment passes through unless `safe` is true, when cmark replaces it with a comment and
    /// drops `javascript:` links. `headingIDs[i]`, when present, becomes the `id` of the fragment's i-th heading
    /// (in document order), so a table of contents can link to it; give only URL-safe ids
    /// (`MarkdownHeading.uniqueSlugs`).
    public static func html(_ markdown: String, safe: Bool = false, headingIDs: [String] = []) -> String {
        let options = safe ? CMARK_OPT_SAFE : CMARK_OPT_UNSAFE
        return withDocument(markdown, options: options) { root in
            guard let root else { return "" }
            if !headingIDs.isEmpty { labelHeadings(in: root, ids: headingIDs) }
            guard let rendered = cmark_render_html(root, options) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// The headings of a Markdown fragment in document order, for a table of contents.
    public static func headings(in markdown: String) -> [MarkdownHeading] {
        parse(markdown).descendants.filter { $0.kind == .heading }.map { node in
            MarkdownHeading(level: node.headingLevel, text: node.plainText, line: node.startLine)
        }
    }

    private static func withDocument<Result>(
        _ markdown: String, options: Int32, _ body: (OpaquePointer?) -> Result
    ) -> Result {
        let length = markdown.utf8.count
        let parsed = markdown.withCString { pointer in cmark_parse_document(pointer, length, options) }
        guard let root = parsed ?? emptyDocument() else { return body(nil) }
        defer { cmark_node_free(root) }
        return body(root)
    }

    private static func emptyDocument() -> OpaquePointer? {
        cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
    }

    /// Walks the C tree with cmark's iterator (no recursion, so deep nesting cannot overflow the stack).
    private static func convert(_ root: OpaquePointer) -> MarkdownNode {
        var stack: [MarkdownNode] = []
        var finished = MarkdownNode(kind: .document)
        guard let iterator = cmark_iter_new(root) else { return finished }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                let value = swiftNode(node)
                if isLeaf(node) {
                    if stack.isEmpty { finished = value } else { stack[stack.count - 1].children.append(value) }
                } else {
                    stack.append(value)
                }
            } else if event == CMARK_EVENT_EXIT, let done = stack.popLast() {
                if stack.isEmpty { finished = done } else { stack[stack.count - 1].children.append(done) }
            }
        }
        return finished
    }

    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private static func swiftNode(_ node: OpaquePointer) -> MarkdownNode {
        let kind = kindOf(cmark_node_get_type(node))
        return MarkdownNode(
            kind: kind,
            literal: string(cmark_node_get_literal(node)),
            fenceInfo: kind == .codeBlock ? string(cmark_node_get_fence_info(node)) ?? "" : nil,
            url: kind == .link || kind == .image ? string(cmark_node_get_url(node)) : nil,
            headingLevel: kind == .heading ? Int(cmark_node_get_heading_level(node)) : 0,
            startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node)))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func kindOf(_ type: cmark_node_type) -> MarkdownNode.Kind {
        switch type {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .unknown
        }
    }

    /// Replaces each heading with a custom block that writes `<hN id="…">` … `</hN>` around the same inlines.
    private static func labelHeadings(in root: OpaquePointer, ids: [String]) {
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_HEADING
            {
                headings.append(node)
            }
        }
        cmark_iter_free(iterator)
        for (heading, id) in zip(headings, ids) {
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let level = cmark_node_get_heading_level(heading)
            let safeID = String(id.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
            cmark_node_set_on_enter(custom, "<h\(level) id=\"\(safeID)\">")
            cmark_node_set_on_exit(custom, "</h\(level)>")
            while let child = cmark_node_first_child(heading) {
                cmark_node_append_child(custom, child)
            }
            cmark_node_replace(heading, custom)
            cmark_node_free(heading)
        }
    }
}
