import Foundation

/// The part of XML Schema that Jenkins's `junit-10.xsd` uses, read from the schema file itself: global elements,
/// named simple types restricted by a pattern, complex types (named or inline) with `sequence` and `choice`
/// content, `minOccurs`/`maxOccurs`, `mixed`, and attributes with their types and `use="required"`.
///
/// A structural check that follows the XSD, since FoundationXML on Linux validates against DTDs only.
struct XSDSchema {
    /// What may appear inside an element, with how often.
    indirect enum Particle {
        case element(String, min: Int, max: Int)
        case sequence([Particle], min: Int, max: Int)
        case choice([Particle], min: Int, max: Int)
    }

    /// An attribute's declaration.
    struct Attribute {
        var type: String
        var required: Bool
    }

    /// A complex type: attributes, content, and whether text may sit between child elements.
    struct ComplexType {
        var attributes: [String: Attribute] = [:]
        var content: Particle?
        var mixed = false
    }

    /// How an element is declared: text only (`xs:string` or a simple type), or a complex type.
    enum Declaration {
        case simple(String)
        case complex(ComplexType)
    }

    var elements: [String: Declaration] = [:]
    /// Each named simple type's pattern, anchored as XML Schema anchors patterns.
    var patterns: [String: String] = [:]

    init(_ root: XMLTree) throws {
        var namedComplex: [String: XMLTree] = [:]
        for child in root.children {
            switch child.name {
            case "xs:simpleType":
                let pattern = child.children.first { $0.name == "xs:restriction" }?.children.first { $0.name == "xs:pattern" }
                if let name = child.attributes["name"], let value = pattern?.attributes["value"] { patterns[name] = value }
            case "xs:complexType":
                if let name = child.attributes["name"] { namedComplex[name] = child }
            default: break
            }
        }
        for child in root.children where child.name == "xs:element" {
            guard let name = child.attributes["name"] else { throw SchemaError("a global element without a name") }
            if let type = child.attributes["type"] {
                if let complex = namedComplex[type] {
                    elements[name] = .complex(try Self.complexType(complex))
                } else {
                    elements[name] = .simple(type)
                }
            } else if let inline = child.children.first(where: { $0.name == "xs:complexType" }) {
                elements[name] = .complex(try Self.complexType(inline))
            } else {
                throw SchemaError("element \(name) has neither a type nor a complexType")
            }
        }
    }

    private static func complexType(_ node: XMLTree) throws -> ComplexType {
        var type = ComplexType(mixed: node.attributes["mixed"] == "true")
        for child in node.children {
            switch child.name {
            case "xs:attribute":
                guard let name = child.attributes["name"] else { throw SchemaError("an attribute without a name") }
                type.attributes[name] = Attribute(type: child.attributes["type"] ?? "xs:string", required: child.attributes["use"] == "required")
            case "xs:sequence", "xs:choice":
                type.content = try particle(child)
            default:
                throw SchemaError("\(child.name) in a complexType is not part of what this check reads")
            }
        }
        return type
    }

    private static func particle(_ node: XMLTree) throws -> Particle {
        let min = Int(node.attributes["minOccurs"] ?? "1") ?? 1
        let max = node.attributes["maxOccurs"] == "unbounded" ? Int.max : Int(node.attributes["maxOccurs"] ?? "1") ?? 1
        switch node.name {
        case "xs:element":
            guard let name = node.attributes["ref"] ?? node.attributes["name"] else { throw SchemaError("an element particle without a name") }
            return .element(name, min: min, max: max)
        case "xs:sequence": return .sequence(try node.children.map(particle), min: min, max: max)
        case "xs:choice": return .choice(try node.children.map(particle), min: min, max: max)
        default: throw SchemaError("\(node.name) in a content model is not part of what this check reads")
        }
    }
}

/// The schema uses something this check does not read.
struct SchemaError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
