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
                throw PyError("AttributeError", "module '\(module.name)' has no attribute '\(name)'")
            }
            return try call(function, arguments)
        case .float(let d) where name == "is_integer":
            try expectCount(arguments, 0, "is_integer")
            return .bool(d.isFinite && d == d.rounded())
        default:
            return try call(try attribute(of: receiver, name), arguments)
        }
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
            try set.insert(arguments.positional[0])
        case "remove":
            try expectCount(arguments, 1, name)
            if !(try set.remove(arguments.positional[0])) { throw PyError("KeyError", arguments.positional[0].repr) }
        case "discard":
            try expectCount(arguments, 1, name)
            _ = try set.remove(arguments.positional[0])
        case "update":
            for iterable in arguments.positional {
                for element in try elements(of: iterable) { try set.insert(element) }
            }
        case "copy":
            let copy = SetObject()
            for element in set.elements { try copy.insert(element) }
            return .set(copy)
        case "clear":
            for element in set.elements { _ = try set.remove(element) }
        default: throw PyError.attribute("set", name)
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
            return .list(ListObject(zip(dict.keys, dict.values).map { .tuple([$0, $1]) }))
        case "get":
            try expectCount(arguments, 1, 2, name)
            return try dict.get(args[0]) ?? (args.count > 1 ? args[1] : .none)
        case "pop":
            try expectCount(arguments, 1, 2, name)
            if let value = try dict.get(args[0]) {
                _ = try dict.remove(args[0])
                return value
            }
            if args.count > 1 { return args[1] }
            throw PyError("KeyError", args[0].repr)
        case "setdefault":
            try expectCount(arguments, 1, 2, name)
            if let value = try dict.get(args[0]) { return value }
            let value = args.count > 1 ? args[1] : .none
            try dict.set(args[0], value)
            return value
        case "update":
            if let first = args.first {
                guard case .dict(let other) = first else { throw PyError.type("update() expects a dict") }
                for (k, v) in zip(other.keys, other.values) { try dict.set(k, v) }
            }
            for (k, v) in arguments.keywords { try dict.set(.string(k), v) }
            return .none
        case "copy":
            let copy = DictObject()
            for (k, v) in zip(dict.keys, dict.values) { try copy.set(k, v) }
            return .dict(copy)
        case "clear":
            for k in dict.keys { _ = try dict.remove(k) }
            return .none
        default: throw PyError.attribute("dict", name)
        }
    }
}
