/// A Markdown syntax node converted from cmark's C tree: an immutable Swift value, safe to keep and share.
///
/// Positions are cmark's: lines and columns from 1, relative to the text that was parsed. Columns count bytes.
public struct MarkdownNode: Equatable, Sendable {
    /// The CommonMark node types.
    public enum Kind: String, Equatable, Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image
        case unknown
    }

    /// What kind of node this is.
    public var kind: Kind
    /// Text content of leaves (text, code, code blocks, HTML).
    public var literal: String?
    /// A code block's info string (`micrograd hide`), empty for indented blocks.
    public var fenceInfo: String?
    /// A link's or image's destination.
    public var url: String?
    /// A heading's level, 1 to 6; 0 for other nodes.
    public var headingLevel: Int
    /// Where the node starts and ends (line, column), from 1.
    public var startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
    /// Child nodes in order.
    public var children: [MarkdownNode]

    /// Makes a node.
    public init(
        kind: Kind, literal: String? = nil, fenceInfo: String? = nil, url: String? = nil, headingLevel: Int = 0,
        startLine: Int = 0, startColumn: Int = 0, endLine: Int = 0, endColumn: Int = 0, children: [MarkdownNode] = []
    ) {
        self.kind = kind
        self.literal = literal
        self.fenceInfo = fenceInfo
        self.url = url
        self.headingLevel = headingLevel
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.children = children
    }

    /// The concatenated text of this node's inline content, as a table of contents shows it.
    public var plainText: String {
        var result = ""
        var pending: [MarkdownNode] = [self]
        while let node = pending.popLast() {
            switch node.kind {
            case .text, .code: result += node.literal ?? ""
            case .softBreak, .lineBreak: result += " "
            default: pending.append(contentsOf: node.children.reversed())
            }
        }
        return result
    }

    /// Every node below this one (and this one), depth first in document order, without recursion.
    public var descendants: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var pending: [MarkdownNode] = [self]
        while let node = pending.popLast() {
            result.append(node)
            pending.append(contentsOf: node.children.reversed())
        }
        return result
    }
}
