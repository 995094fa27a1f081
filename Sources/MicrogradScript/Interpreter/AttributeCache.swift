/// What one compiled `obj.name` learned the last time it met an instance: for instances of that shape (and while
/// no class changed), where the attribute is, so the next read is a comparison and an array load.
final class AttributeCache {
    enum Entry {
        /// The instance's own attribute at this position of the shape.
        case own(Int)
        /// A function found on the class (the instance has no attribute of that name). Unretained: a hit means an
        /// instance of the class is alive, whose class holds the function as long as the epoch is unchanged; a
        /// retained function would keep compiled code alive in a cycle the collector cannot see.
        case method(Unmanaged<FunctionObject>)
        /// A store that adds the attribute: the instance moves to this shape and appends the value.
        case add(Shape)
    }

    @exclusivity(unchecked) private(set) var shape: Shape?
    @exclusivity(unchecked) private(set) var epoch = -1
    @exclusivity(unchecked) private(set) var entry = Entry.own(0)

    /// The entry for `instance`, if the cache holds one for its shape and the classes have not changed.
    @inline(__always) func lookup(_ instance: Instance, epoch current: Int) -> Entry? {
        guard instance.shape === shape, epoch == current else { return nil }
        return entry
    }

    /// Remembers that storing `name` moved instances shaped `before` to `instance`'s shape, if nothing but the
    /// instance's own attributes took part (no property, no `__setattr__`, not an exception's special fields).
    func learnAddition(from before: Shape, _ instance: Instance, _ name: String, epoch current: Int) {
        guard before !== instance.shape, instance.exception == nil,
            before.adding(name) === instance.shape, instance.type.lookup(name, epoch: current) == nil
        else { return }
        entry = .add(instance.shape)
        shape = before
        epoch = current
    }

    /// Remembers where `name` is for instances shaped like `instance`, if that can be cached: an own attribute no
    /// data descriptor overrides, or a plain function on the class.
    func learn(_ instance: Instance, _ name: String, epoch current: Int) {
        let found = instance.type.lookup(name, epoch: current)
        if let position = instance.shape.position(of: name) {
            if case .native? = found { return }
            entry = .own(position)
        } else if case .function(let function)? = found {
            entry = .method(Unmanaged.passUnretained(function))
        } else {
            return
        }
        shape = instance.shape
        epoch = current
    }
}

extension Compiler {
    /// `object.name`: a `Value`'s `data` or `grad` read in place; a lesson instance's attribute through an
    /// `AttributeCache`; anything else through the attribute protocol.
    func attributeRead(_ object: Expression, _ name: String, at position: SourcePosition) throws -> Evaluate {
        let receiver = try expression(object)
        unowned(unsafe) let rt = self.rt
        let heap = rt.heap
        let cache = AttributeCache()
        let line = position.line, column = position.column, cell = self.cell
        let field = ValueField(name)
        let general: (Object) throws -> Object = { owner in
            if case .instance(let instance) = owner {
                if let entry = cache.lookup(instance, epoch: heap.typeEpoch) {
                    switch entry {
                    case .own(let position): return instance.value(at: position)
                    case .method(let function):
                        return .boundMethod(
                            BoundMethod(receiver: owner, name: name, function: .function(function.takeUnretainedValue())))
                    case .add: break
                    }
                }
                let value = try rt.attribute(of: owner, name)
                cache.learn(instance, name, epoch: heap.typeEpoch)
                return value
            }
            if let field, case .value(let value) = owner { return .float(field.read(value)) }
            return try rt.attribute(of: owner, name)
        }
        if let field, case .name(let variable) = object.kind {
            // `p.grad`: the field is read in place, without taking the value out of its variable.
            let slot = address(of: variable)
            return { frame in
                if let pointer = slot.pointer(in: frame) {
                    if case .value(let value) = pointer.pointee { return .float(field.read(value)) }
                } else if let value = slot.engineValue(in: frame) {
                    return .float(field.read(value))
                }
                do { return try general(try receiver(frame)) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        }
        return { frame in
            let owner = try receiver(frame)
            do { return try general(owner) } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }
}
