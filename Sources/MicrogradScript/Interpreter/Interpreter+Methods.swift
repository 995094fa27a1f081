import Foundation
import Micrograd

extension Interpreter {
    /// `receiver.name(arguments)`.
    func callMethod(_ receiver: Object, _ name: String, _ arguments: Arguments) throws -> Object {
        try charged(dispatchMethod(receiver, name, arguments))
    }

    private func dispatchMethod(_ receiver: Object, _ name: String, _ arguments: Arguments) throws -> Object {
        switch receiver {
        case .value(let value): return try valueMethod(value, name, arguments)
        case .list(let list): return try listMethod(list, name, arguments)
        case .string(let string): return try stringMethod(string, name, arguments)
        case .dict(let dict): return try dictMethod(dict, name, arguments)
        case .set(let set): return try setMethod(set, name, arguments)
        case .neuron, .layer, .mlp: return try modelMethod(receiver, name, arguments)
        case .module(let module):
            guard let function = module.attributes[name] else {
                return try call(try attribute(of: receiver, name), arguments)
            }
            return try call(function, arguments)
        case .float(let d) where name == "is_integer":
            try expectCount(arguments, 0, "is_integer")
            return .bool(d.isFinite && d == d.rounded())
        case .int(let i) where name == "bit_length":
            try expectCount(arguments, 0, "bit_length")
            return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
        case .instance(let instance):
            // `obj.method(…)`: a function found on the class is called with the instance first, without making
            // a bound method, unless the instance has an attribute of that name, which wins.
            if case .function(let function)? = instance.type.lookup(name, epoch: typeEpoch),
                instance.value(of: name) == nil
            {
                return try callFunction(function, receiver: receiver, arguments)
            }
            return try call(try attribute(of: receiver, name), arguments)
        case .tuple(let tuple) where name == "index" || name == "count":
            return try sequenceMethod(tuple.items, name, arguments, kind: "tuple")
        default:
            return try call(try attribute(of: receiver, name), arguments)
        }
    }

    /// `index` and `count` of a tuple.
    private func sequenceMethod(_ items: [Object], _ name: String, _ arguments: Arguments, kind: String) throws -> Object {
        try expectCount(arguments, 1, name)
        let wanted = arguments.positional[0]
        if name == "count" {
            var count = 0
            for item in items where try keysMatch(item, wanted) { count += 1 }
            return .int(count)
        }
        for (i, item) in items.enumerated() where try keysMatch(item, wanted) { return .int(i) }
        throw PyError.value("\(kind).index(x): x not in \(kind)")
    }

    /// Fails unless exactly `count` positional arguments (and no keywords) were given.
    func expectCount(_ arguments: Arguments, _ count: Int, _ name: String) throws {
        if !arguments.keywords.isEmpty {
            throw PyError.type("\(name)() takes no keyword arguments")
        }
        if arguments.positional.count != count {
            let given = arguments.positional.count
            switch count {
            case 0: throw PyError.type("\(name)() takes no arguments (\(given) given)")
            case 1: throw PyError.type("\(name)() takes exactly one argument (\(given) given)")
            default: throw PyError.type("\(name)() takes exactly \(count) arguments (\(given) given)")
            }
        }
    }

    /// Fails unless between `minimum` and `maximum` positional arguments were given.
    func expectCount(_ arguments: Arguments, _ minimum: Int, _ maximum: Int, _ name: String) throws {
        let given = arguments.positional.count
        if given < minimum {
            throw PyError.type("\(name)() takes at least \(minimum) argument\(minimum == 1 ? "" : "s") (\(given) given)")
        }
        if given > maximum {
            throw PyError.type("\(name)() takes at most \(maximum) argument\(maximum == 1 ? "" : "s") (\(given) given)")
        }
    }

    private func valueMethod(_ value: Value, _ name: String, _ arguments: Arguments) throws -> Object {
        guard let method = ValueMethod(name) else { throw PyError.attribute("Value", name) }
        try expectCount(arguments, 0, name)
        return try method.call(on: value)
    }

    private func modelMethod(_ model: Object, _ name: String, _ arguments: Arguments) throws -> Object {
        guard name == "parameters" || name == "zero_grad" else { throw PyError.attribute(model.typeName, name) }
        try expectCount(arguments, 0, name)
        switch name {
        case "parameters": return .list(ListObject(try parameterObjects(of: model)))
        case "zero_grad":
            switch model {
            case .neuron(let neuron): neuron.zeroGrad()
            case .layer(let layer): layer.zeroGrad()
            case .mlp(let mlp): mlp.zeroGrad()
            default: throw PyError.attribute(model.typeName, name)
            }
            return .none
        default: throw PyError.attribute(model.typeName, name)
        }
    }

    /// A model's parameters as script objects. A training loop asks for the same model's list every step (twice in
    /// micrograd's demo), so the last one is kept: the fresh Python list each call returns then shares its storage
    /// until someone changes it.
    private func parameterObjects(of model: Object) throws -> [Object] {
        let owner: AnyObject
        let parameters: () -> [Value]
        switch model {
        case .neuron(let neuron): (owner, parameters) = (neuron, neuron.parameters)
        case .layer(let layer): (owner, parameters) = (layer, layer.parameters)
        case .mlp(let mlp): (owner, parameters) = (mlp, mlp.parameters)
        default: throw PyError.attribute(model.typeName, "parameters")
        }
        if let cached = lastParameterObjects, cached.model === owner { return cached.objects }
        let objects = parameters().map { Object.value($0) }
        lastParameterObjects = (owner, objects)
        return objects
    }

    private func setMethod(_ set: SetObject, _ name: String, _ arguments: Arguments) throws -> Object {
        switch name {
        case "add":
            try expectCount(arguments, 1, name)
            try set.insert(arguments.positional[0], self)
        case "remove":
            try expectCount(arguments, 1, name)
            let element = arguments.positional[0]
            if !(try set.remove(element, self)) { throw PyError.key(element, repr: try repr(element)) }
        case "discard":
            try expectCount(arguments, 1, name)
            try set.remove(arguments.positional[0], self)
        case "update":
            for iterable in arguments.positional {
                for element in try elements(of: iterable) { try set.insert(element, self) }
            }
        case "copy":
            try expectCount(arguments, 0, name)
            return .set(try SetObject(set.elements, self))
        case "clear":
            try expectCount(arguments, 0, name)
            set.removeAll()
        case "pop":
            try expectCount(arguments, 0, name)
            guard let first = set.elements.first else { throw PyError("KeyError", "'pop from an empty set'") }
            try set.remove(first, self)
            return first
        default:
            if let result = try SetAlgebra.method(set, name, arguments, self) { return result }
            throw PyError.attribute("set", name)
        }
        return .none
    }

    private func dictMethod(_ dict: DictObject, _ name: String, _ arguments: Arguments) throws -> Object {
        let args = arguments.positional
        switch name {
        case "keys":
            try expectCount(arguments, 0, name)
            return .list(ListObject(dict.keys))
        case "values":
            try expectCount(arguments, 0, name)
            return .list(ListObject(dict.values))
        case "items":
            try expectCount(arguments, 0, name)
            return .list(ListObject(dict.entries.map { .tuple([$0, $1]) }))
        case "get":
            try expectCount(arguments, 1, 2, name)
            return try dict.get(args[0], self) ?? (args.count > 1 ? args[1] : .none)
        case "pop":
            try expectCount(arguments, 1, 2, name)
            if let value = try dict.remove(args[0], self) { return value }
            if args.count > 1 { return args[1] }
            throw PyError.key(args[0], repr: try repr(args[0]))
        case "popitem":
            try expectCount(arguments, 0, name)
            guard dict.count > 0 else { throw PyError("KeyError", "'popitem(): dictionary is empty'") }
            let (key, value) = dict.entry(at: dict.count - 1)
            try dict.remove(key, self)
            return .tuple([key, value])
        case "setdefault":
            try expectCount(arguments, 1, 2, name)
            if let value = try dict.get(args[0], self) { return value }
            let value = args.count > 1 ? args[1] : .none
            try dict.set(args[0], value, self)
            return value
        case "update":
            if let first = args.first {
                if case .dict(let other) = first {
                    for (k, v) in other.entries { try dict.set(k, v, self) }
                } else {
                    for pair in try elements(of: first) {
                        let items = try elements(of: pair)
                        guard items.count == 2 else {
                            throw PyError.value("dictionary update sequence element has length \(items.count); 2 is required")
                        }
                        try dict.set(items[0], items[1], self)
                    }
                }
            }
            for (k, v) in arguments.keywords { try dict.set(.string(k), v, self) }
            return .none
        case "copy":
            try expectCount(arguments, 0, name)
            let copy = DictObject()
            for (k, v) in dict.entries { try copy.set(k, v, self) }
            return .dict(copy)
        case "clear":
            try expectCount(arguments, 0, name)
            dict.removeAll()
            return .none
        default: throw PyError.attribute("dict", name)
        }
    }
}
