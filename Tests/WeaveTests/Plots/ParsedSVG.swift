import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG read back with Foundation's XML parser, so tests can count elements and read attributes, and so every
/// rendered plot is checked to be well-formed XML.
final class ParsedSVG: NSObject, XMLParserDelegate {
    /// One element: its name, its attributes, and the text directly inside it.
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    /// Whether the parser read the whole document without an error.
    private(set) var isWellFormed = false

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        isWellFormed = parser.parse()
    }

    /// The elements named `name`, in document order.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The elements whose `class` attribute lists `className`.
    func withClass(_ className: String) -> [Element] {
        elements.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }

    /// The index in document order of the first element with `className`, if any.
    func firstIndex(ofClass className: String) -> Int? {
        elements.firstIndex { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }
}
