import Micrograd

/// `numpy.random.RandomState`: numpy 1.26's legacy generator, bit for bit (`NumPyRandomState`), with numpy's
/// methods. The session's global generator is one of these (`np.random.mtrand._rand`), and the module functions
/// `np.random.seed`, `rand`, `randn`, … are its bound methods, as in numpy; `sklearn.datasets` draws from it when
/// `random_state` is `None`.
final class RandomStateObject: NativeObject {
    /// The generator; methods advance it.
    var state: NumPyRandomState
    /// The session's unseeded requests, shared by every generator of the session.
    let unseeded: UnseededRequests

    init(state: NumPyRandomState, unseeded: UnseededRequests, type: TypeObject) {
        self.state = state
        self.unseeded = unseeded
        super.init(type: type)
    }

    /// The generator a seed argument gives: `None` is the next unseeded request, an int or a 1-D sequence of ints
    /// numpy's seeding; anything else numpy's `TypeError`.
    static func seededState(_ seed: Object, _ unseeded: UnseededRequests, _ rt: Interpreter) throws -> NumPyRandomState {
        switch seed {
        case .none: return unseeded.nextState()
        case .int, .bool: return try library { try NumPyRandomState(seed: seed.asInt ?? 0) }
        case .float: throw castError("float64")
        case .string(let text): throw castError("<U\(text.count)")
        default:
            let key = try rt.asArray(seed, for: "seed")
            if key.size == 0 { throw PyError.value("Seed must be non-empty") }
            guard key.ndim == 1 else {
                throw PyError.value(key.ndim == 0 ? "Seed must be between 0 and 2**32 - 1" : "Seed array must be 1-d")
            }
            guard key.dtype != .float64 else { throw castError("float64") }
            let words = key.scalarValues.map { Int(Int64(numpyCast: $0)) }
            return try library { try NumPyRandomState(seedSequence: words) }
        }
    }

    private static func castError(_ dtype: String) -> PyError {
        PyError.type("Cannot cast scalar from dtype('\(dtype)') to dtype('int64') according to the rule 'safe'")
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        guard let method = Self.methods[name] else { return nil }
        unowned(unsafe) let rt = rt
        return .builtin(BuiltinFunction(name) { args in try method(self, args, rt) })
    }

    override func repr(_ rt: Interpreter) throws -> String { "RandomState(MT19937) at \(rt.address(of: self))" }
}

/// Runs a draw of the random core, turning its error into the Python exception numpy raises.
func library<Result>(_ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as LibraryError {
        throw PyError(error.kind.rawValue, error.message)
    }
}
