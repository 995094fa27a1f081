/// The package's `a_list` and `attr_list`: `label=…` first, then the keyword attributes sorted by name, then
/// `_attributes` (sorted when it is a dict, in its own order when it is a list of pairs), each `key=value` quoted
/// by `DOTQuoting`, attributes whose value is `None` left out.
enum GraphvizAttributeList {
    /// `a_list(label, kwargs=keywords, attributes=attributes)`. `keywords` is a mapping object (a dict) or nil.
    /// With `checked`, each attribute also passes `GraphvizAttributePolicy` (a refused one is a `ValueError`).
    static func aList(
        label: Object?, keywords: Object?, attributes: Object?, checked: Bool, _ rt: Interpreter
    ) throws -> String {
        var parts: [String] = []
        if let label, !Interpreter.isNone(label) {
            let text = try string(label, rt)
            if checked { try GraphvizStatements.checkPolicy(name: "label", value: text) }
            parts.append("label=" + DOTQuoting.quote(text))
        }
        func add(_ pairs: [(Object, Object)]) throws {
            for (key, value) in pairs where !Interpreter.isNone(value) {
                let name = try string(key, rt), text = try string(value, rt)
                if checked { try GraphvizStatements.checkPolicy(name: name, value: text) }
                parts.append(DOTQuoting.quote(name) + "=" + DOTQuoting.quote(text))
            }
        }
        if let keywords, try rt.truth(keywords) { try add(try sortedItems(keywords, rt)) }
        if let attributes, try rt.truth(attributes) {
            if case .dict = attributes {
                try add(try sortedItems(attributes, rt))
            } else {
                try add(try rt.elements(of: attributes).map { try pair($0, rt) })
            }
        }
        return parts.joined(separator: " ")
    }

    /// `attr_list(…)`: ` [a_list]`, or nothing when the list is empty.
    static func attrList(
        label: Object?, keywords: Object?, attributes: Object?, checked: Bool, _ rt: Interpreter
    ) throws -> String {
        let content = try aList(label: label, keywords: keywords, attributes: attributes, checked: checked, rt)
        return content.isEmpty ? "" : " [" + content + "]"
    }

    /// `**attrs` as the dict Python would make of them.
    static func keywordDict(_ keywords: [(name: String, value: Object)], _ rt: Interpreter) throws -> Object? {
        guard !keywords.isEmpty else { return nil }
        let dict = DictObject()
        for keyword in keywords { try dict.set(.string(keyword.name), keyword.value, rt) }
        return .dict(dict)
    }

    /// `_tools.mapping_items(mapping)` for a plain dict: its items, sorted as Python sorts tuples.
    static func sortedItems(_ mapping: Object, _ rt: Interpreter) throws -> [(Object, Object)] {
        guard case .dict(let dict) = mapping else {
            throw PyError("AttributeError", "'\(rt.typeName(mapping))' object has no attribute 'items'")
        }
        let items = dict.entries.map { Object.tuple([$0.0, $0.1]) }
        return try rt.sorted(items, key: nil, reverse: nil).map { try pair($0, rt) }
    }

    /// `k, v = item`.
    static func pair(_ item: Object, _ rt: Interpreter) throws -> (Object, Object) {
        if case .tuple(let tuple) = item, tuple.items.count == 2 { return (tuple.items[0], tuple.items[1]) }
        switch item {
        case .none, .bool, .int, .float, .value:
            throw PyError.type("cannot unpack non-iterable \(rt.typeName(item)) object")
        default: break
        }
        let elements = try rt.elements(of: item)
        if elements.count > 2 { throw PyError.value("too many values to unpack (expected 2)") }
        if elements.count < 2 { throw PyError.value("not enough values to unpack (expected 2, got \(elements.count))") }
        return (elements[0], elements[1])
    }

    /// The text of a name or value, which the package's regular expressions insist is a `str`.
    static func string(_ object: Object, _ rt: Interpreter) throws -> String {
        guard case .string(let text) = object else {
            throw PyError.type("expected string or bytes-like object, got '\(rt.typeName(object))'")
        }
        return text
    }
}
