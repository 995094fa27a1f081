import Foundation

/// Checks an XML document against an `XSDSchema`: each element declared, its attributes declared, required ones
/// present and typed values matching their pattern, its children in an order its content model accepts, and no
/// text where the content is not mixed. Returns every problem found, as `element: what`.
enum XSDValidator {
    static func problems(_ root: XMLTree, schema: XSDSchema) -> [String] {
        var problems: [String] = []
        check(root, schema: schema, into: &problems)
        return problems
    }

    private static func check(_ element: XMLTree, schema: XSDSchema, into problems: inout [String]) {
        guard let declaration = schema.elements[element.name] else {
            problems.append("\(element.name): not an element of the schema")
            return
        }
        switch declaration {
        case .simple(let type):
            if !element.children.isEmpty { problems.append("\(element.name): a \(type) holds no elements") }
            if !element.attributes.isEmpty { problems.append("\(element.name): a \(type) has no attributes") }
        case .complex(let type):
            for (name, value) in element.attributes.sorted(by: { $0.key < $1.key }) {
                guard let attribute = type.attributes[name] else {
                    problems.append("\(element.name): attribute '\(name)' is not allowed")
                    continue
                }
                if let pattern = schema.patterns[attribute.type], !matches(value, pattern: pattern) {
                    problems.append("\(element.name): '\(name)=\"\(value)\"' does not match \(attribute.type)")
                }
            }
            for (name, attribute) in type.attributes.sorted(by: { $0.key < $1.key }) where attribute.required && element.attributes[name] == nil {
                problems.append("\(element.name): the required attribute '\(name)' is missing")
            }
            let names = element.children.map(\.name)
            let accepted = type.content.map { ends($0, names, from: 0).contains(names.count) } ?? names.isEmpty
            if !accepted { problems.append("\(element.name): children \(names) do not fit its content model") }
            if !type.mixed, element.text.contains(where: { !$0.isWhitespace }) {
                problems.append("\(element.name): holds text, but its content is not mixed")
            }
            for child in element.children { check(child, schema: schema, into: &problems) }
        }
    }

    /// True when the whole of `value` matches the XML Schema `pattern` (which is implicitly anchored).
    static func matches(_ value: String, pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { return false }
        return regex.firstMatch(in: value, range: NSRange(value.startIndex..<value.endIndex, in: value)) != nil
    }

    /// The positions in `names` where matching `particle` from `start` can end.
    static func ends(_ particle: XSDSchema.Particle, _ names: [String], from start: Int) -> Set<Int> {
        let (min, max): (Int, Int)
        switch particle {
        case .element(_, let low, let high), .sequence(_, let low, let high), .choice(_, let low, let high): (min, max) = (low, high)
        }
        var results: Set<Int> = min == 0 ? [start] : []
        var frontier: Set<Int> = [start]
        var count = 0
        while !frontier.isEmpty, count < max, count <= names.count {
            var next: Set<Int> = []
            for position in frontier { next.formUnion(once(particle, names, from: position)) }
            count += 1
            if count >= min { results.formUnion(next) }
            frontier = next
        }
        return results
    }

    private static func once(_ particle: XSDSchema.Particle, _ names: [String], from start: Int) -> Set<Int> {
        switch particle {
        case .element(let name, _, _):
            return start < names.count && names[start] == name ? [start + 1] : []
        case .sequence(let items, _, _):
            var positions: Set<Int> = [start]
            for item in items { positions = Set(positions.flatMap { ends(item, names, from: $0) }) }
            return positions
        case .choice(let items, _, _):
            return Set(items.flatMap { ends($0, names, from: start) })
        }
    }
}
