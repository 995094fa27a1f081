/// `numpy.random`: the legacy global generator and `RandomState`. The module's functions are the bound methods of
/// the session's global `RandomState` (`np.random.mtrand._rand`), as in numpy; that generator starts from the
/// lesson's seed by the rule of `UnseededRequests` (numpy would read OS entropy), so `np.random.rand()` without a
/// `seed` call is still the same on every run.
enum NumPyRandomModule {
    /// The names numpy's module takes from the global generator.
    static let functionNames = [
        "seed", "rand", "randn", "random", "random_sample", "sample", "ranf", "standard_normal", "uniform", "normal",
        "randint", "permutation", "shuffle", "choice",
    ]

    static func make(_ rt: Interpreter) -> ModuleObject {
        unowned(unsafe) let rt = rt
        let unseeded = UnseededRequests(lessonSeed: rt.seed)
        let type = rt.types.native("RandomState", module: "numpy.random.mtrand")
        // The type holds its constructor: the constructor must not hold the type back.
        unowned(unsafe) let madeType = type
        type.construct = { args in
            let bound = try NumPyArguments(args, "RandomState", ["seed"])
            let state = try RandomStateObject.seededState(bound.given("seed") ?? .none, unseeded, rt)
            return .native(RandomStateObject(state: state, unseeded: unseeded, type: madeType))
        }
        let global = RandomStateObject(state: unseeded.initialState, unseeded: unseeded, type: type)
        var attributes: [String: Object] = ["RandomState": .type(type)]
        for name in functionNames {
            if let method = try? global.attribute(name, rt) { attributes[name] = method }
        }
        attributes["mtrand"] = .module(
            ModuleObject(name: "numpy.random.mtrand", attributes: ["_rand": .native(global), "RandomState": .type(type)]))
        return ModuleObject(name: "numpy.random", attributes: attributes)
    }

    /// The session's global generator (what `random_state=None` means to scikit-learn).
    static func globalState(_ rt: Interpreter) throws -> RandomStateObject {
        let module = try rt.module(["numpy", "random"])
        guard case .module(let mtrand)? = module.attributes["mtrand"],
            case .native(let native)? = mtrand.attributes["_rand"],
            let global = native as? RandomStateObject
        else { throw PyError("RuntimeError", "numpy.random has lost its global generator") }
        return global
    }
}
