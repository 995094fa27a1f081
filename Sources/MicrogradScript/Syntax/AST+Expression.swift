/// One expression with its position: the start of its first token (for `a + b`, where `a` starts).
///
/// An expression knows its `depth` (a leaf is 1), so the parser can refuse trees deeper than
/// `Limits.recursionDepth` and a recursive walk over them stays bounded.
public struct Expression: Equatable, Sendable {
    /// What the expression is.
    public let kind: Kind
    /// Where it starts.
    public let position: SourcePosition
    /// The number of nodes on the longest path from this node down to a leaf, this node included.
    public let depth: Int

    /// Makes an expression; its depth follows from its children's. O(number of direct children).
    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
        self.depth = 1 + kind.children.reduce(0) { max($0, $1.depth) }
    }

    /// The expressions of the language.
    public indirect enum Kind: Equatable, Sendable {
        /// An integer literal (`1_000`, `0x1f`). Literals beyond 64 bits are a `SyntaxError`.
        case integer(Int)
        /// A float literal (`1e-4`, `0.5`, `3.`).
        case float(Double)
        /// A string literal; adjacent literals (`"a" 'b'`) are already joined and escapes resolved.
        case string(String)
        /// An f-string; adjacent plain and f-string literals are joined into one list of parts.
        case formattedString([FormattedStringPart])
        /// `True` or `False`.
        case boolean(Bool)
        /// `None`.
        case none
        /// A name to look up: `x`, `print`, `Value`.
        case name(String)
        /// `[a, b]`.
        case list([Expression])
        /// `(a, b)`, `a, b`, `1,` or `()`.
        case tuple([Expression])
        /// `{k: v, …}` (`{}` is an empty dictionary).
        case dictionary([DictionaryEntry])
        /// `{a, b}`.
        case set([Expression])
        /// `*xs` inside a list, tuple, set, or assignment target.
        case starred(Expression)
        /// `object.name`.
        case attribute(Expression, name: String)
        /// `object[index]`; `a[1, 2]` has a `.tuple` index and `a[1:2]` a `.slice` index.
        case `subscript`(Expression, index: Expression)
        /// `lower:upper:step` inside a subscript; absent parts are `nil`.
        case slice(lower: Expression?, upper: Expression?, step: Expression?)
        /// `callee(arguments)`.
        case call(Expression, arguments: [Argument])
        /// `-x`, `+x`, `not x`, `~x`.
        case unary(UnaryOperator, Expression)
        /// `lhs op rhs` for arithmetic and bitwise operators. `**` is right-associative.
        case binary(BinaryOperator, Expression, Expression)
        /// `a and b and c` or `a or b`: two or more operands, evaluated left to right with short circuit.
        case logical(LogicalOperator, [Expression])
        /// `first op1 e1 op2 e2 …`: a chained comparison, one or more steps, each operand evaluated once.
        case comparison(Expression, [ComparisonStep])
        /// `then if condition else otherwise`.
        case conditional(condition: Expression, then: Expression, otherwise: Expression)
        /// `lambda parameters: body`.
        case lambda(parameters: [Parameter], body: Expression)
        /// `[element for … in … if …]`.
        case listComprehension(element: Expression, clauses: [ComprehensionClause])
        /// `(element for … in …)`, also the bare sole argument in `sum(x*x for x in xs)`.
        case generator(element: Expression, clauses: [ComprehensionClause])
        /// `{key: value for … in …}`.
        case dictionaryComprehension(key: Expression, value: Expression, clauses: [ComprehensionClause])
        /// `{element for … in …}`.
        case setComprehension(element: Expression, clauses: [ComprehensionClause])
    }
}

/// A piece of an f-string: literal text or an interpolated value.
public enum FormattedStringPart: Equatable, Sendable {
    /// Text taken as is (`{{` and `}}` already reduced to braces).
    case literal(String)
    /// `{expression!conversion:spec}`.
    case interpolation(FormattedValue)
}

/// `{expression!conversion:spec}` inside an f-string.
///
/// `f"{x=}"` is already expanded by the parser into the literal `x=` followed by `{x!r}` (or `{x:spec}` when a
/// spec is given), exactly as Python does.
public struct FormattedValue: Equatable, Sendable {
    /// `!r`, `!s` or `!a`.
    public enum Conversion: Character, Equatable, Sendable {
        case repr = "r", str = "s", ascii = "a"
    }

    /// The interpolated expression.
    public var expression: Expression
    /// The conversion, if any.
    public var conversion: Conversion?
    /// The format spec after `:`; may itself interpolate (`{x:{width}}`). Empty when absent.
    public var formatSpec: [FormattedStringPart]

    /// Makes an interpolated value.
    public init(expression: Expression, conversion: Conversion?, formatSpec: [FormattedStringPart]) {
        self.expression = expression
        self.conversion = conversion
        self.formatSpec = formatSpec
    }
}

/// `key: value` in a dictionary display, or `**mapping` when `key` is `nil`.
public struct DictionaryEntry: Equatable, Sendable {
    /// The key, or `nil` for `**mapping`.
    public var key: Expression?
    /// The value (or the unpacked mapping).
    public var value: Expression

    /// Makes an entry.
    public init(key: Expression?, value: Expression) {
        self.key = key
        self.value = value
    }
}

/// One step of a chained comparison: the operator and its right operand.
public struct ComparisonStep: Equatable, Sendable {
    /// The operator.
    public var `operator`: ComparisonOperator
    /// The right operand.
    public var operand: Expression

    /// Makes a step.
    public init(_ operator: ComparisonOperator, _ operand: Expression) {
        self.operator = `operator`
        self.operand = operand
    }
}

/// `for target in iterable if c1 if c2` inside a comprehension.
public struct ComprehensionClause: Equatable, Sendable {
    /// The loop target (a name or a tuple/list of targets).
    public var target: Expression
    /// What the loop runs over.
    public var iterable: Expression
    /// Filters, all of which must hold.
    public var conditions: [Expression]

    /// Makes a clause.
    public init(target: Expression, iterable: Expression, conditions: [Expression]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
    }
}

/// One argument in a call.
public struct Argument: Equatable, Sendable {
    /// How the argument is passed.
    public enum Kind: Equatable, Sendable {
        /// `f(x)`.
        case positional
        /// `f(name=x)`.
        case keyword(String)
        /// `f(*xs)`.
        case unpackedSequence
        /// `f(**mapping)`.
        case unpackedMapping
    }

    /// How the argument is passed.
    public var kind: Kind
    /// Its value.
    public var value: Expression
    /// Where the argument starts (the keyword, or the `*`).
    public var position: SourcePosition

    /// Makes an argument.
    public init(_ kind: Kind, _ value: Expression, at position: SourcePosition) {
        self.kind = kind
        self.value = value
        self.position = position
    }
}

/// One parameter of a `def` or `lambda`.
public struct Parameter: Equatable, Sendable {
    /// What sort of parameter it is.
    public enum Kind: Equatable, Sendable {
        /// A plain parameter, passed by position or keyword.
        case normal
        /// After `*` or `*args`: keyword only.
        case keywordOnly
        /// `*args`.
        case variadic
        /// `**kwargs`.
        case keywordVariadic
    }

    /// The parameter's name.
    public var name: String
    /// What sort of parameter it is.
    public var kind: Kind
    /// The default value's expression (evaluated once, at `def` time, as in Python).
    public var defaultValue: Expression?
    /// Where the name starts.
    public var position: SourcePosition

    /// Makes a parameter.
    public init(name: String, kind: Kind = .normal, defaultValue: Expression? = nil, position: SourcePosition) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.position = position
    }
}
