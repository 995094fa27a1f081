/// Stores a value into an assignment target.
typealias Store = (Frame, consuming Object) throws -> Void

extension Compiler {
    func assignment(targets: [Expression], value: Expression) throws -> Execute {
        let compute = try expression(value)
        let stores = try targets.map { try target($0) }
        if stores.count == 1, let store = stores.first {
            return { frame in
                try store(frame, try compute(frame))
                return .normal
            }
        }
        return { frame in
            let result = try compute(frame)
            for store in stores { try store(frame, result) }
            return .normal
        }
    }

    /// The store for a name, attribute, subscript or (nested, possibly starred) tuple of targets.
    func target(_ target: Expression) throws -> Store {
        unowned(unsafe) let rt = self.rt
        let position = target.position
        switch target.kind {
        case .name(let name):
            switch scope.resolve(name, globals: rt.globals) {
            // Rebinding a local or global variable may drop the last outside reference to a graph of cycles, such
            // as the loss of a training step (see Heap+Rebinding.swift).
            case .local(let slot), .classLocal(let slot, _):
                let heap = rt.heap
                return { frame, value in
                    var old = value
                    swap(&frame.slots[slot], &old)
                    heap.noteRebinding(&old)
                }
            case .cell(let index):
                return { frame, value in frame.environment.unsafelyUnwrapped[index] = value }
            case .free(let depth, let index):
                return { frame, value in frame.closure.unsafelyUnwrapped.ancestor(depth)[index] = value }
            case .global(let slot):
                let address = rt.globals.address(of: slot)
                let heap = rt.heap
                return { _, value in
                    var old = value
                    swap(&address.pointee, &old)
                    heap.noteRebinding(&old)
                }
            }
        case .attribute(let object, let name):
            let receiver = try expression(object)
            let line = position.line, column = position.column, cell = self.cell
            let field = ValueField(name)
            let heap = rt.heap
            let cache = AttributeCache()
            return { frame, value in
                let owner = try receiver(frame)
                if let field, case .value(let v) = owner, case .float(let number) = value {
                    field.write(v, number)
                    return
                }
                if case .instance(let instance) = owner, let entry = cache.lookup(instance, epoch: heap.typeEpoch),
                    !instance.type.traits(epoch: heap.typeEpoch).hasSetattr
                {
                    switch entry {
                    case .own(let position):
                        instance.setValue(value, at: position)
                        return
                    case .add(let next):
                        instance.append(value, movingTo: next)
                        return
                    case .method: break
                    }
                }
                do {
                    if case .instance(let instance) = owner {
                        let before = instance.shape
                        try rt.setAttribute(of: owner, name, value)
                        if instance.type.traits(epoch: heap.typeEpoch).hasSetattr { return }
                        if before === instance.shape {
                            cache.learn(instance, name, epoch: heap.typeEpoch)
                        } else {
                            cache.learnAddition(from: before, instance, name, epoch: heap.typeEpoch)
                        }
                        return
                    }
                    try rt.setAttribute(of: owner, name, value)
                } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        case .subscript(let object, let index):
            let container = try expression(object)
            let key = try expression(index)
            let line = position.line, column = position.column, cell = self.cell
            return { frame, value in
                let owner = try container(frame), k = try key(frame)
                do { try rt.setItem(of: owner, k, value) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        case .tuple(let items), .list(let items):
            return try unpacking(items, at: position)
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", at: position)
        default:
            throw syntaxError("cannot assign to expression", at: position)
        }
    }

    private func unpacking(_ items: [Expression], at position: SourcePosition) throws -> Store {
        unowned(unsafe) let rt = self.rt
        let starIndex = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
        let stores = try items.map { item -> Store in
            if case .starred(let inner) = item.kind { return try target(inner) }
            return try target(item)
        }
        let line = position.line, column = position.column, cell = self.cell
        if starIndex == nil, stores.count == 2 {
            // `for yi, scorei in zip(…)`: a pair into two targets, the commonest unpacking.
            let first = stores[0], second = stores[1]
            return { frame, value in
                if case .tuple(let items) = value, items.count == 2 {
                    try first(frame, items[0])
                    try second(frame, items[1])
                    return
                }
                let elements: [Object]
                do {
                    elements = try Self.elementsToUnpack(value, rt)
                    try Self.checkUnpackCount(elements.count, targets: 2, starIndex: nil)
                } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
                try first(frame, elements[0])
                try second(frame, elements[1])
            }
        }
        return { frame, value in
            let elements: [Object]
            do {
                elements = try Self.elementsToUnpack(value, rt)
                try Self.checkUnpackCount(elements.count, targets: stores.count, starIndex: starIndex)
            } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
            guard let star = starIndex else {
                for (store, element) in zip(stores, elements) { try store(frame, element) }
                return
            }
            let after = stores.count - star - 1
            for i in 0..<star { try stores[i](frame, elements[i]) }
            try stores[star](frame, .list(ListObject(Array(elements[star..<(elements.count - after)]))))
            for i in 0..<after { try stores[star + 1 + i](frame, elements[elements.count - after + i]) }
        }
    }

    /// The elements a target list takes apart, with Python's complaint for a value that is not iterable.
    private static func elementsToUnpack(_ value: Object, _ rt: Interpreter) throws -> [Object] {
        switch value {
        case .list, .tuple, .range, .string, .dict, .set, .iterator, .instance, .native: return try rt.elements(of: value)
        default: throw PyError.type("cannot unpack non-iterable \(rt.typeName(value)) object")
        }
    }

    private static func checkUnpackCount(_ count: Int, targets: Int, starIndex: Int?) throws {
        if starIndex != nil {
            if count < targets - 1 {
                throw PyError.value("not enough values to unpack (expected at least \(targets - 1), got \(count))")
            }
        } else if count < targets {
            throw PyError.value("not enough values to unpack (expected \(targets), got \(count))")
        } else if count > targets {
            throw PyError.value("too many values to unpack (expected \(targets))")
        }
    }

    func augmentedAssignment(target: Expression, operator op: BinaryOperator, value: Expression) throws -> Execute {
        unowned(unsafe) let rt = self.rt
        let operand = try expression(value)
        let line = target.position.line, column = target.position.column, cell = self.cell
        /// `x op= y`: floats at once, everything else through the in-place protocol (`__iadd__`, list extension).
        let combine: (Object, Object) throws -> Object = { current, change in
            do {
                if case .float(let a) = current, case .float(let b) = change {
                    switch op {
                    case .add: return .float(a + b)
                    case .subtract: return .float(a - b)
                    case .multiply: return .float(a * b)
                    default: break
                    }
                }
                return try rt.inPlace(op, current, change)
            } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
        switch target.kind {
        case .name:
            let read = try expression(target)
            let store = try self.target(target)
            return { frame in
                let current = try read(frame)
                try store(frame, try combine(current, try operand(frame)))
                return .normal
            }
        case .attribute(let object, let name):
            let receiver = try expression(object)
            let field = ValueField(name)
            let heap = rt.heap
            let cache = AttributeCache()
            let general: Execute = { frame in
                let owner = try receiver(frame)
                do {
                    // `self.grad += …` in a lesson's `_backward`: an own attribute, read and written where the
                    // cache says it is, unless the operand changed the instance's shape or a class meanwhile.
                    if case .instance(let instance) = owner, let entry = cache.lookup(instance, epoch: heap.typeEpoch),
                        case .own(let position) = entry, !instance.type.traits(epoch: heap.typeEpoch).hasSetattr
                    {
                        let shape = instance.shape, epoch = heap.typeEpoch
                        let updated = try combine(instance.value(at: position), try operand(frame))
                        if instance.shape === shape, heap.typeEpoch == epoch {
                            instance.setValue(updated, at: position)
                        } else {
                            try rt.setAttribute(of: owner, name, updated)
                        }
                        return .normal
                    }
                    if let field, case .value(let v) = owner {
                        // `p.data -= lr * p.grad`: read, combine and write the engine's column directly.
                        let updated = try combine(.float(field.read(v)), try operand(frame))
                        if case .float(let number) = updated { field.write(v, number) } else {
                            try rt.setAttribute(of: owner, name, updated)
                        }
                        return .normal
                    }
                    let current = try rt.attribute(of: owner, name)
                    let updated = try combine(current, try operand(frame))
                    try rt.setAttribute(of: owner, name, updated)
                    if case .instance(let instance) = owner, !instance.type.traits(epoch: heap.typeEpoch).hasSetattr {
                        cache.learn(instance, name, epoch: heap.typeEpoch)
                    }
                } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
                return .normal
            }
            guard let field, case .name(let variable) = object.kind, Self.isPure(value) else { return general }
            // `p.data -= lr * p.grad`: the field is read and written in place. The operand is pure, so it cannot
            // rebind `p`, and reading the variable again after it finds the same value.
            let slot = address(of: variable)
            return { frame in
                let current: Double
                if let pointer = slot.pointer(in: frame) {
                    guard case .value(let v) = pointer.pointee else { return try general(frame) }
                    current = field.read(v)
                } else {
                    guard let v = slot.engineValue(in: frame) else { return try general(frame) }
                    current = field.read(v)
                }
                let updated = try combine(.float(current), try operand(frame))
                if case .float(let number) = updated {
                    if let pointer = slot.pointer(in: frame) {
                        if case .value(let v) = pointer.pointee {
                            field.write(v, number)
                            return .normal
                        }
                    } else if let v = slot.engineValue(in: frame) {
                        field.write(v, number)
                        return .normal
                    }
                }
                do { try rt.setAttribute(of: slot.value(in: frame), name, updated) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
                return .normal
            }
        case .subscript(let object, let index):
            let container = try expression(object)
            let key = try expression(index)
            return { frame in
                let owner = try container(frame), k = try key(frame)
                do {
                    let current = try rt.item(of: owner, k)
                    try rt.setItem(of: owner, k, try combine(current, try operand(frame)))
                } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
                return .normal
            }
        default:
            throw syntaxError("'\(op.symbol)=' needs a name, attribute or subscript", at: target.position)
        }
    }

    func deletion(_ targets: [Expression]) throws -> Execute {
        unowned(unsafe) let rt = self.rt
        let deletions = try targets.map { try self.deletion(of: $0, rt) }
        return { frame in
            for deletion in deletions { _ = try deletion(frame) }
            return .normal
        }
    }

    private func deletion(of target: Expression, _ rt: Interpreter) throws -> Execute {
        switch target.kind {
        case .name(let name):
            let read = self.name(name, at: target.position)
            let unbind: (Frame) -> Void
            switch scope.resolve(name, globals: rt.globals) {
            case .local(let slot), .classLocal(let slot, _): unbind = { frame in frame.slots[slot] = .unbound }
            case .cell(let index): unbind = { frame in frame.environment.unsafelyUnwrapped[index] = .unbound }
            case .free(let depth, let index):
                unbind = { frame in frame.closure.unsafelyUnwrapped.ancestor(depth)[index] = .unbound }
            case .global(let slot):
                let address = rt.globals.address(of: slot)
                unbind = { _ in address.pointee = .unbound }
            }
            return { frame in
                _ = try read(frame)
                unbind(frame)
                return .normal
            }
        case .subscript(let object, let index):
            let container = try expression(object), key = try expression(index)
            return placingStatement(target.position) { frame in
                try rt.deleteItem(of: try container(frame), try key(frame))
                return .normal
            }
        case .attribute(let object, let name):
            let receiver = try expression(object)
            return placingStatement(target.position) { frame in
                try rt.deleteAttribute(of: try receiver(frame), name)
                return .normal
            }
        case .tuple(let items), .list(let items):
            let parts = try items.map { try deletion(of: $0, rt) }
            return { frame in
                for part in parts { _ = try part(frame) }
                return .normal
            }
        default:
            throw syntaxError("cannot delete expression", at: target.position)
        }
    }

    func placingStatement(_ position: SourcePosition, _ body: @escaping Execute) -> Execute {
        let line = position.line, column = position.column, cell = self.cell
        return { frame in
            do { return try body(frame) } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }
}
