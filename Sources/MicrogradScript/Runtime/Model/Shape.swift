/// The attribute names of an instance, in the order they were first set, shared by every instance of one class
/// that set the same names in the same order (V8's hidden classes).
///
/// An instance keeps its attribute values in an array aligned with its shape's names, so `vars(obj)` lists them
/// in CPython's order, and a compiled attribute access that saw this shape before knows the value's position
/// without looking the name up. Adding a name moves an instance to the next shape; the shapes form a tree rooted
/// at each class's empty shape, so shape identity implies the class.
final class Shape {
    /// The class whose instances have this shape.
    unowned(unsafe) let owner: TypeObject
    /// The attribute names, in order.
    let names: [String]
    /// Each name's position in `names`.
    private let positions: [String: Int]
    /// The shape an instance moves to when it adds a name.
    @exclusivity(unchecked) private var transitions: [String: Shape] = [:]

    /// A class's empty shape.
    init(owner: TypeObject) {
        self.owner = owner
        names = []
        positions = [:]
    }

    private init(owner: TypeObject, names: [String]) {
        self.owner = owner
        self.names = names
        var positions: [String: Int] = [:]
        for (i, name) in names.enumerated() { positions[name] = i }
        self.positions = positions
    }

    /// The position of `name`, if instances of this shape have it.
    @inline(__always) func position(of name: String) -> Int? { positions[name] }

    /// The shape after adding `name`.
    func adding(_ name: String) -> Shape {
        if let next = transitions[name] { return next }
        let next = Shape(owner: owner, names: names + [name])
        transitions[name] = next
        return next
    }

    /// The shape without `name` (after `del obj.name`): rebuilt from the class's empty shape.
    func removing(_ name: String) -> Shape {
        var shape = owner.emptyShape
        for other in names where other != name { shape = shape.adding(other) }
        return shape
    }
}
