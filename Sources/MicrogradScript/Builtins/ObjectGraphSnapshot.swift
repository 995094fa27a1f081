import Micrograd

/// What the built-in `draw_dot(root)` draws for an object that is not a built-in `Value`: any object shaped like
/// the lecture's `Value` (`data`, `grad`, `_prev`, `_op`, and `label` when it has one), such as a lesson's own
/// `class Value`. The result is the same `GraphSnapshot` the built-in values give, so both draw alike.
///
/// The order is deterministic and topological: a depth-first walk from the root that visits each node's `_prev`
/// in iteration order (sets iterate in insertion order here, so operands come in the order they were given) and
/// places a node after all of its children. The walk keeps its own stack, so a deep chain cannot overflow the
/// native one; a cycle through `_prev` (which backpropagation could not handle either) drops its closing edge.
/// Every node costs steps and counts against `Limits.collectionElements`.
struct ObjectGraphSnapshot {
    unowned(unsafe) let rt: Interpreter

    /// One node whose children are still being visited.
    private struct Pending {
        let object: Object
        let key: ObjectIdentity
        let children: [Object]
        var next = 0
    }

    /// Identity of a node, as Python's `is` sees it.
    private enum ObjectIdentity: Hashable {
        case heap(ObjectIdentifier)
        case number(Int)
    }

    /// The snapshot of the graph ending at `root`.
    func snapshot(of root: Object) throws -> GraphSnapshot {
        var position: [ObjectIdentity: Int] = [:]
        var onPath: Set<ObjectIdentity> = []
        var nodes: [GraphSnapshot.Node] = []
        var stack = [try pending(root)]
        onPath.insert(stack[0].key)
        while let top = stack.last {
            if top.next < top.children.count {
                let child = top.children[top.next]
                stack[stack.count - 1].next += 1
                let key = identity(of: child)
                if position[key] != nil || onPath.contains(key) { continue }
                let entry = try pending(child)
                onPath.insert(entry.key)
                stack.append(entry)
                try rt.checkSize(stack.count + nodes.count)
                continue
            }
            stack.removeLast()
            onPath.remove(top.key)
            let children = top.children.compactMap { position[identity(of: $0)] }
            nodes.append(try node(top.object, children: children))
            position[top.key] = nodes.count - 1
        }
        return GraphSnapshot(nodes: nodes)
    }

    /// A node to visit: its identity and its operands, read from `_prev`.
    private func pending(_ object: Object) throws -> Pending {
        let children = try rt.elements(of: try rt.attribute(of: object, "_prev"))
        try rt.charge(1 + children.count)
        return Pending(object: object, key: identity(of: object), children: children)
    }

    /// The drawn fields of `object`, read when all of its children are placed.
    private func node(_ object: Object, children: [Int]) throws -> GraphSnapshot.Node {
        let data = try number(try rt.attribute(of: object, "data"))
        let grad = try number(try rt.attribute(of: object, "grad"))
        let op = try rt.str(try rt.attribute(of: object, "_op"))
        let label: String
        do {
            label = try rt.str(try rt.attribute(of: object, "label"))
        } catch let error as PyError where error.kind == "AttributeError" {
            label = ""
        }
        return GraphSnapshot.Node(label: label, data: data, grad: grad, op: op, children: children)
    }

    /// A number as `"%.4f" % x` reads it, with its error for anything else.
    private func number(_ object: Object) throws -> Double {
        guard object.isNumber, let number = object.asDouble else {
            throw PyError.type("must be real number, not \(rt.typeName(object))")
        }
        return number
    }

    /// The key that tells nodes apart: the heap object itself, or `id()` for anything else (an engine value).
    private func identity(of object: Object) -> ObjectIdentity {
        if let heapObject = object.heapObject { return .heap(ObjectIdentifier(heapObject)) }
        return .number(rt.identity(of: object))
    }
}
