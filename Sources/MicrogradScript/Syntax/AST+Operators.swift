/// An arithmetic or bitwise operator; the raw value is its Python spelling, as error messages quote it
/// (`unsupported operand type(s) for +: 'int' and 'str'`).
public enum BinaryOperator: String, Equatable, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case matrixMultiply = "@"
    case divide = "/"
    case floorDivide = "//"
    case modulo = "%"
    case power = "**"
    case shiftLeft = "<<"
    case shiftRight = ">>"
    case bitAnd = "&"
    case bitOr = "|"
    case bitXor = "^"

    /// The operator's spelling, e.g. `**`.
    public var symbol: String { rawValue }
}

/// A prefix operator; the raw value is its Python spelling (`not` without the trailing space).
public enum UnaryOperator: String, Equatable, Sendable, CaseIterable {
    case negate = "-"
    case plus = "+"
    case not = "not"
    case invert = "~"

    /// The operator's spelling, e.g. `-`.
    public var symbol: String { rawValue }
}

/// `and` / `or`.
public enum LogicalOperator: String, Equatable, Sendable, CaseIterable {
    case and
    case or

    /// The operator's spelling.
    public var symbol: String { rawValue }
}

/// A comparison operator; the raw value is its Python spelling.
public enum ComparisonOperator: String, Equatable, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in` = "in"
    case notIn = "not in"
    case `is` = "is"
    case isNot = "is not"

    /// The operator's spelling, e.g. `not in`.
    public var symbol: String { rawValue }
}
