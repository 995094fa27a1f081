/// A JSON value as a notebook holds it, keeping what a faithful rewrite needs: object members in file order,
/// numbers as spelt, and, for a value that was read, the bytes it came from.
///
/// `check --update` replaces one cell's outputs by splicing new text over `range`, so every other byte of the
/// notebook stays as its author's tool wrote it.
public struct JSONValue: Equatable, Sendable {
    /// What the value is.
    public indirect enum Kind: Equatable, Sendable {
        case null
        case bool(Bool)
        /// A number exactly as written (`1`, `-0.5`, `1e-09`), so nothing is lost to a round trip through Double.
        case number(String)
        case string(String)
        case array([JSONValue])
        /// Members in file order; keys are unique (the reader refuses a repeated key).
        case object([JSONMember])
    }

    /// The value.
    public var kind: Kind
    /// The UTF-8 byte offsets of the value in the text it was read from; empty for a value built in code.
    public var range: Range<Int>

    /// Makes a value; `range` is only meaningful for values the reader made.
    public init(_ kind: Kind, range: Range<Int> = 0..<0) {
        self.kind = kind
        self.range = range
    }

    /// Values are equal when their contents are, wherever they were read from.
    public static func == (left: JSONValue, right: JSONValue) -> Bool { left.kind == right.kind }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Equatable, Sendable {
    /// The key.
    public var key: String
    /// The value.
    public var value: JSONValue

    /// Makes a member.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

extension JSONValue {
    /// A string value.
    public static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    /// An integer value.
    public static func integer(_ number: Int) -> JSONValue { JSONValue(.number(String(number))) }
    /// An array value.
    public static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }
    /// An object value with members in the order given.
    public static func object(_ members: [JSONMember]) -> JSONValue { JSONValue(.object(members)) }
    /// `null`.
    public static let null = JSONValue(.null)

    /// The member named `key` of an object, or nil (also for a value that is not an object).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text of a string value.
    public var stringValue: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The elements of an array value.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The members of an object value.
    public var objectValue: [JSONMember]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    /// A number written as a whole number that fits an `Int` (`4`, not `4.0`).
    public var integerValue: Int? {
        if case .number(let spelling) = kind { return Int(spelling) }
        return nil
    }

    /// Any number, as a `Double`.
    public var doubleValue: Double? {
        if case .number(let spelling) = kind { return Double(spelling) }
        return nil
    }

    /// The value of a boolean.
    public var boolValue: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    /// nbformat's "multiline string": a string, or an array of strings to be joined.
    public var multilineString: String? {
        switch kind {
        case .string(let text): return text
        case .array(let parts):
            var joined = ""
            for part in parts {
                guard let text = part.stringValue else { return nil }
                joined += text
            }
            return joined
        default: return nil
        }
    }

    /// The JSON type's name, for messages: `an object`, `a string`, ….
    public var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
