extension Interpreter {
    func listMethod(_ list: ListObject, _ name: String, _ arguments: Arguments) throws -> Object {
        let args = arguments.positional
        switch name {
        case "append":
            try expectCount(arguments, 1, name)
            try checkSize(list.items.count + 1)
            list.items.append(args[0])
        case "extend":
            try expectCount(arguments, 1, name)
            let added = try elements(of: args[0])
            try checkSize(list.items.count + added.count)
            try chargeMade(added.count)
            list.items.append(contentsOf: added)
        case "pop":
            try expectCount(arguments, 0, 1, name)
            if list.items.isEmpty { throw PyError.index("pop from empty list") }
            let i = args.isEmpty ? list.items.count - 1 : try index(args[0], count: list.items.count, kind: "pop")
            return list.items.remove(at: i)
        case "index":
            try expectCount(arguments, 1, name)
            guard let i = try list.items.firstIndex(where: { try keysMatch($0, args[0]) }) else {
                throw PyError.value("\(try repr(args[0])) is not in list")
            }
            return .int(i)
        case "count":
            try expectCount(arguments, 1, name)
            var count = 0
            for item in list.items where try keysMatch(item, args[0]) { count += 1 }
            return .int(count)
        case "insert":
            try expectCount(arguments, 2, name)
            guard args[0].isIntLike, let raw = args[0].asInt else {
                throw PyError.type("'\(args[0].typeName)' object cannot be interpreted as an integer")
            }
            let n = list.items.count
            let i = raw < 0 ? max(0, raw + n) : min(raw, n)
            try checkSize(n + 1)
            list.items.insert(args[1], at: i)
        case "remove":
            try expectCount(arguments, 1, name)
            guard let i = try list.items.firstIndex(where: { try keysMatch($0, args[0]) }) else {
                throw PyError.value("list.remove(x): x not in list")
            }
            list.items.remove(at: i)
        case "reverse":
            try expectCount(arguments, 0, name)
            list.items.reverse()
        case "sort":
            if !args.isEmpty { throw PyError.type("sort() takes no positional arguments") }
            list.items = try sorted(list.items, key: arguments.keyword("key"), reverse: arguments.keyword("reverse"))
        case "copy":
            try expectCount(arguments, 0, name)
            return .list(ListObject(list.items))
        case "clear":
            try expectCount(arguments, 0, name)
            list.items.removeAll()
        default:
            throw PyError.attribute("list", name)
        }
        return .none
    }

    /// Python's stable sort with optional `key` and `reverse` (reverse keeps equal elements in order, as Python).
    func sorted(_ items: [Object], key: Object?, reverse: Object?) throws -> [Object] {
        let descending = try reverse.map { try truth($0) } ?? false
        var keys = items
        if let key, !Self.isNone(key) {
            keys = try items.map { try call(key, $0) }
        }
        var order = Array(items.indices)
        try order.sort { a, b in
            descending ? try lessThan(keys[b], keys[a]) : try lessThan(keys[a], keys[b])
        }
        return order.map { items[$0] }
    }

    static func isNone(_ object: Object) -> Bool {
        if case .none = object { return true }
        return false
    }
}
