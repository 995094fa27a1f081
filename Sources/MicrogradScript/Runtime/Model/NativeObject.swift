/// An object implemented in Swift with a type of the object model: `property`, `super`, bound class methods, and
/// the objects of the modules lessons import (a numpy array, a graphviz `Digraph`, a torch tensor).
///
/// The interpreter's dispatch layer asks a native object first for each protocol (attributes, calls, operators,
/// printing, items, iteration); a subclass overrides what its type supports, and the defaults answer as CPython
/// does for an object that lacks the special method.
class NativeObject: HeapObject {
    /// `type(obj)`.
    let type: TypeObject

    init(type: TypeObject) {
        self.type = type
        super.init()
    }

    /// `obj.name`, or `nil` when the object has no such attribute (the interpreter then raises AttributeError).
    func attribute(_ name: String, _ rt: Interpreter) throws -> Object? { nil }

    /// `obj.name = value`; `false` when the attribute cannot be set.
    func setAttribute(_ name: String, _ value: Object, _ rt: Interpreter) throws -> Bool { false }

    /// `obj(arguments)`, or `nil` when the object is not callable.
    func call(_ arguments: Arguments, _ rt: Interpreter) throws -> Object? { nil }

    /// `repr(obj)`.
    func repr(_ rt: Interpreter) throws -> String {
        "<\(type.module == "builtins" ? "" : type.module + ".")\(type.name) object at \(rt.address(of: self))>"
    }

    /// `str(obj)`; `repr` unless overridden.
    func str(_ rt: Interpreter) throws -> String { try repr(rt) }

    /// `bool(obj)`, or `nil` for the default (true).
    func truth(_ rt: Interpreter) throws -> Bool? { nil }

    /// `len(obj)`, or `nil` when it has no length.
    func length(_ rt: Interpreter) throws -> Int? { nil }

    /// The elements `iter(obj)` gives, or `nil` when it is not iterable.
    func elements(_ rt: Interpreter) throws -> [Object]? { nil }

    /// `obj[key]`, or `nil` when it is not subscriptable.
    func item(_ key: Object, _ rt: Interpreter) throws -> Object? { nil }

    /// `obj[key] = value`; `false` when it does not support item assignment.
    func setItem(_ key: Object, _ value: Object, _ rt: Interpreter) throws -> Bool { false }

    /// `self op other` (or `other op self` when `reflected`), or `.notImplemented`.
    func binary(_ op: BinaryOperator, _ other: Object, reflected: Bool, _ rt: Interpreter) throws -> Object {
        .notImplemented
    }

    /// `self op= other` done in place (numpy's `a += 1` writes into the array), or `.notImplemented` to fall back
    /// to `self op other`.
    func inPlace(_ op: BinaryOperator, _ other: Object, _ rt: Interpreter) throws -> Object { .notImplemented }

    /// `-obj`, `+obj`, `~obj`, or `nil` when unsupported.
    func unary(_ op: UnaryOperator, _ rt: Interpreter) throws -> Object? { nil }

    /// `self op other` for a comparison, or `.notImplemented` (then `==` falls back to identity).
    func compare(_ op: ComparisonOperator, _ other: Object, _ rt: Interpreter) throws -> Object { .notImplemented }

    /// `hash(obj)`; identity by default.
    func hash(_ rt: Interpreter) throws -> Int { rt.heap.serial(of: self) }

    /// `format(obj, spec)`, or `nil` for the default (`str(obj)` with an empty spec, TypeError otherwise).
    func format(_ spec: String, _ rt: Interpreter) throws -> String? { nil }

    /// What Jupyter shows for the object when it is a cell's value or passed to `display()` (a graphviz graph's
    /// picture, an `IPython.display.HTML`'s markup), or `nil` to show its `repr` as a value.
    func richOutput(_ rt: Interpreter) throws -> Output? { nil }
}
