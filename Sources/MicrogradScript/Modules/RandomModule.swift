/// Python's `random` on the session's one generator (CPython's Mersenne Twister, bit for bit), so
/// `random.seed(42)` followed by `MLP(3, [4, 4, 1])` gives the lecture's weights.
enum RandomModule {
    static func make(_ rt: Interpreter, seed defaultSeed: Int) -> ModuleObject {
        unowned(unsafe) let rt = rt
        func function(_ name: String, _ body: @escaping (Arguments) throws -> Object) -> (String, Object) {
            (name, .builtin(BuiltinFunction("random." + name, body)))
        }
        let entries: [(String, Object)] = [
            function("seed") { args in
                try args.expect("seed", 0, 1, keywords: ["a"])
                let value = args.argument(0, "a") ?? .none
                if case .none = value {
                    rt.random.seed(defaultSeed)
                } else {
                    guard value.isIntLike, let seed = value.asInt else {
                        throw PyError.type("random.seed() takes an int in Gradbook, not '\(value.typeName)'")
                    }
                    rt.random.seed(seed)
                }
                return .none
            },
            function("random") { args in
                try args.expect("random", 0, 0)
                return .float(rt.random.random())
            },
            function("uniform") { args in
                try args.expect("uniform", 2, 2, keywords: ["a", "b"])
                let a = try args.requireDouble(0, "uniform", keyword: "a")
                let b = try args.requireDouble(1, "uniform", keyword: "b")
                return .float(rt.random.uniform(a, b))
            },
            function("gauss") { args in
                try args.expect("gauss", 0, 2, keywords: ["mu", "sigma"])
                let mu = args.argument(0, "mu") == nil ? 0 : try args.requireDouble(0, "gauss", keyword: "mu")
                let sigma = args.argument(1, "sigma") == nil ? 1 : try args.requireDouble(1, "gauss", keyword: "sigma")
                return .float(rt.random.gauss(mu, sigma))
            },
            function("randint") { args in
                try args.expect("randint", 2, 2)
                let a = try args.requireInt(0, "randint"), b = try args.requireInt(1, "randint")
                guard b >= a else { throw PyError.value("empty range for randrange() (\(a), \(b + 1), \(b + 1 - a))") }
                return .int(a + rt.random.randomBelow(b - a + 1))
            },
            function("shuffle") { args in
                try args.expect("shuffle", 1, 1)
                guard case .list(let list) = args.positional[0] else {
                    throw PyError.type("'\(args.positional[0].typeName)' object does not support item assignment")
                }
                rt.random.shuffle(&list.items)
                return .none
            },
            function("choice") { args in
                try args.expect("choice", 1, 1)
                let items = try rt.elements(of: args.positional[0])
                guard let chosen = rt.random.choice(items) else {
                    throw PyError.index("Cannot choose from an empty sequence")
                }
                return chosen
            },
        ]
        return ModuleObject(name: "random", attributes: Dictionary(uniqueKeysWithValues: entries))
    }
}
