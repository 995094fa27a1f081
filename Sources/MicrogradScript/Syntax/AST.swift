/// The syntax tree of one cell, as the parser hands it to the interpreter.
///
/// Entry point:
/// ```swift
/// let program = try Parser.parse("x = 2 * 3\nprint(x)", limits: Limits())   // throws(Diagnostic)
/// for statement in program.body { … statement.kind … statement.position … }
/// ```
/// `Parser.parse` throws a `Diagnostic` whose `kind` is `SyntaxError`, `IndentationError`, `TabError` or (for
/// absurdly deep expressions) `RecursionError`, at the offending token, in Python's words. `description` on a
/// `Program`, `Statement` or `Expression` prints it back as fully parenthesized Python, for tests and debugging.
///
/// The shape follows Python's `ast` module, simplified where the simplification loses nothing:
/// `elif` chains are one `if` statement with several branches, `a or b or c` is one node with three operands,
/// `a < b < c` is one comparison with two steps. Parentheses leave no node behind. Every node carries the
/// 1-based line and column of its first character (Python's `lineno`/`col_offset + 1`), with columns counted
/// in Unicode scalars from the start of the line in the cell.
///
/// Depth: brackets nest at most `Limits.nestingDepth` deep and indented blocks at most 100 deep, and no
/// expression tree is deeper than `Limits.recursionDepth` (`Expression.depth`), so a recursive walk over a parsed
/// tree is bounded. The parser itself recurses once per bracket level; in debug builds that costs about 30 KB of
/// stack a level (6 MB at the default 200), in release far less, so call it on a thread with a roomy stack.

/// Where a node or token starts: line and column, both counting from 1, within the cell's source.
public struct SourcePosition: Equatable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1, in Unicode scalars.
    public var column: Int

    /// Makes a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Earlier positions sort first, so diagnostics can be ordered by place.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, as diagnostics print it.
    public var description: String { "\(line):\(column)" }
}

/// A parsed cell: its statements in order.
public struct Program: Equatable, Sendable {
    /// The top-level statements. The interpreter shows the value of a trailing expression statement, as Jupyter does.
    public var body: [Statement]

    /// Makes a program.
    public init(body: [Statement]) {
        self.body = body
    }
}

/// One statement with its position.
public struct Statement: Equatable, Sendable {
    /// What the statement is.
    public var kind: Kind
    /// Where its first token is.
    public var position: SourcePosition

    /// Makes a statement.
    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    /// The statements of the language: Python's, minus `with`, `async`, generators and pattern matching.
    public indirect enum Kind: Equatable, Sendable {
        /// An expression evaluated for its effect (or, last in a cell, its displayed value).
        case expression(Expression)
        /// `a = b = value`: every target, left to right, receives the one value. Targets are names, attributes,
        /// subscripts, or tuples/lists (possibly with one `.starred`) of targets.
        case assign(targets: [Expression], value: Expression)
        /// `target op= value`, e.g. `o.grad += 1.0`. The target is a name, attribute or subscript.
        case augmentedAssign(target: Expression, operator: BinaryOperator, value: Expression)
        /// `if … elif … else`: the first branch whose condition is true runs, otherwise `orElse`.
        case `if`(branches: [ConditionalBranch], orElse: [Statement])
        /// `for target in iterable: body` with an optional `else` that runs when the loop was not broken.
        case `for`(target: Expression, iterable: Expression, body: [Statement], orElse: [Statement])
        /// `while condition: body` with an optional `else` that runs when the loop was not broken.
        case `while`(condition: Expression, body: [Statement], orElse: [Statement])
        /// `break`.
        case `break`
        /// `continue`.
        case `continue`
        /// `pass`.
        case pass
        /// `def name(parameters): body`, with its decorators.
        case functionDefinition(FunctionDefinition)
        /// `class Name(bases): body`, with its decorators.
        case classDefinition(ClassDefinition)
        /// `try: … except …: … else: … finally: …`.
        case `try`(TryStatement)
        /// `return` or `return value` (`return a, b` returns a tuple).
        case `return`(Expression?)
        /// `assert test` or `assert test, message`.
        case assert(test: Expression, message: Expression?)
        /// `import a.b as c, d`.
        case `import`([ImportedModule])
        /// `from a.b import x, y as z` (or `import *`, a single name `*`).
        case importFrom(module: [String], names: [ImportedName])
        /// `del a, b[0]`.
        case delete([Expression])
        /// `global a, b`.
        case global([String])
        /// `nonlocal a, b`.
        case nonlocal([String])
        /// `raise`, `raise SomeError("message")` or `raise error from cause`.
        case raise(Expression?, cause: Expression?)
    }
}

/// One `if`/`elif` arm: its condition and body.
public struct ConditionalBranch: Equatable, Sendable {
    /// The condition.
    public var condition: Expression
    /// The statements that run when it holds.
    public var body: [Statement]

    /// Makes a branch.
    public init(condition: Expression, body: [Statement]) {
        self.condition = condition
        self.body = body
    }
}

/// A `def`: its name, parameters and body.
public struct FunctionDefinition: Equatable, Sendable {
    /// The function's name.
    public var name: String
    /// The parameters in order.
    public var parameters: [Parameter]
    /// The body; a leading string expression is the docstring and is also kept here as a statement.
    public var body: [Statement]
    /// `@decorator` lines above the `def`, outermost first.
    public var decorators: [Expression]

    /// Makes a function definition.
    public init(name: String, parameters: [Parameter], body: [Statement], decorators: [Expression] = []) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
    }
}

/// A `class`: its name, bases, keywords and body.
public struct ClassDefinition: Equatable, Sendable {
    /// The class's name.
    public var name: String
    /// The base classes, in order (`class C(A, B)`); empty means `object`.
    public var bases: [Expression]
    /// Keyword arguments of the class statement (`metaclass=…`), which Gradbook refuses with a clear error.
    public var keywords: [Argument]
    /// The body; a leading string expression is the docstring.
    public var body: [Statement]
    /// `@decorator` lines above the `class`, outermost first.
    public var decorators: [Expression]

    /// Makes a class definition.
    public init(
        name: String, bases: [Expression], keywords: [Argument] = [], body: [Statement], decorators: [Expression] = []
    ) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

/// `try` with its handlers, `else` and `finally` blocks.
public struct TryStatement: Equatable, Sendable {
    /// The guarded block.
    public var body: [Statement]
    /// The `except` clauses, tried in order.
    public var handlers: [ExceptHandler]
    /// Runs when the body raised nothing.
    public var orElse: [Statement]
    /// Runs however the statement is left.
    public var finally: [Statement]

    /// Makes a `try` statement.
    public init(body: [Statement], handlers: [ExceptHandler], orElse: [Statement], finally: [Statement]) {
        self.body = body
        self.handlers = handlers
        self.orElse = orElse
        self.finally = finally
    }
}

/// One `except Type as name:` clause; a bare `except:` has no type.
public struct ExceptHandler: Equatable, Sendable {
    /// The exception type (or tuple of types) it catches; `nil` catches everything.
    public var type: Expression?
    /// The name the exception is bound to, if any.
    public var name: String?
    /// The handler's block.
    public var body: [Statement]
    /// Where the `except` keyword is.
    public var position: SourcePosition

    /// Makes a handler.
    public init(type: Expression?, name: String?, body: [Statement], position: SourcePosition) {
        self.type = type
        self.name = name
        self.body = body
        self.position = position
    }
}

/// `import a.b as c`: one imported module.
public struct ImportedModule: Equatable, Sendable {
    /// The dotted path, e.g. `["a", "b"]`.
    public var path: [String]
    /// The `as` name, if any.
    public var alias: String?
    /// Where the module path starts.
    public var position: SourcePosition

    /// Makes an imported module.
    public init(path: [String], alias: String?, position: SourcePosition) {
        self.path = path
        self.alias = alias
        self.position = position
    }
}

/// `x as y` in a `from … import`: one imported name.
public struct ImportedName: Equatable, Sendable {
    /// The imported name, or `*`.
    public var name: String
    /// The `as` name, if any.
    public var alias: String?
    /// Where the name starts.
    public var position: SourcePosition

    /// Makes an imported name.
    public init(name: String, alias: String?, position: SourcePosition) {
        self.name = name
        self.alias = alias
        self.position = position
    }
}
