import Foundation

/// Python's `math`, with CPython's errors: `math.exp(1000)` is `OverflowError: math range error`,
/// `math.log(-1)` is `ValueError: math domain error`.
enum MathModule {
    static func make() -> ModuleObject {
        func unary(_ name: String, _ f: @escaping (Double) -> Double) -> (String, Object) {
            (name, .builtin(BuiltinFunction("math." + name) { args in
                try args.expect(name, 1, 1)
                return .float(try checked(f, try args.requireDouble(0, name)))
            }))
        }
        func rounding(_ name: String, _ rule: FloatingPointRoundingRule) -> (String, Object) {
            (name, .builtin(BuiltinFunction("math." + name) { args in
                try args.expect(name, 1, 1)
                if let i = args.positional[0].asInt, args.positional[0].isIntLike { return .int(i) }
                let x = try args.requireDouble(0, name)
                if x.isNaN { throw PyError.value("cannot convert float NaN to integer") }
                if x.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
                guard let i = Int(exactly: x.rounded(rule)) else { throw PyError.intOverflow }
                return .int(i)
            }))
        }
        func predicate(_ name: String, _ test: @escaping (Double) -> Bool) -> (String, Object) {
            (name, .builtin(BuiltinFunction("math." + name) { args in
                try args.expect(name, 1, 1)
                return .bool(test(try args.requireDouble(0, name)))
            }))
        }
        let entries: [(String, Object)] = [
            ("pi", .float(Double.pi)), ("e", .float(M_E)), ("tau", .float(2 * Double.pi)),
            ("inf", .float(.infinity)), ("nan", .float(.nan)),
            unary("exp", Foundation.exp), unary("sqrt", Foundation.sqrt), unary("tanh", Foundation.tanh),
            unary("sin", Foundation.sin), unary("cos", Foundation.cos), unary("tan", Foundation.tan),
            unary("atan", Foundation.atan), unary("fabs", Swift.abs), unary("log10", Foundation.log10),
            unary("log2", Foundation.log2), unary("sinh", Foundation.sinh), unary("cosh", Foundation.cosh),
            rounding("floor", .down), rounding("ceil", .up), rounding("trunc", .towardZero),
            predicate("isfinite") { $0.isFinite }, predicate("isinf") { $0.isInfinite }, predicate("isnan") { $0.isNaN },
            ("log", .builtin(BuiltinFunction("math.log") { args in
                try args.expect("log", 1, 2)
                let x = try args.requireDouble(0, "log")
                if x <= 0 { throw PyError.mathDomain }
                guard args.positional.count == 2 else { return .float(Foundation.log(x)) }
                let base = try args.requireDouble(1, "log")
                if base <= 0 { throw PyError.mathDomain }
                let denominator = Foundation.log(base)
                if denominator == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
                return .float(Foundation.log(x) / denominator)
            })),
            ("pow", .builtin(BuiltinFunction("math.pow") { args in
                try args.expect("pow", 2, 2)
                let x = try args.requireDouble(0, "pow"), y = try args.requireDouble(1, "pow")
                if x == 0, y < 0 { throw PyError.mathDomain }
                if x < 0, y != y.rounded(), y.isFinite { throw PyError.mathDomain }
                let result = Foundation.pow(x, y)
                if result.isInfinite, x.isFinite, y.isFinite { throw PyError.mathRange }
                return .float(result)
            })),
            ("isclose", .builtin(BuiltinFunction("math.isclose") { args in
                try args.expect("isclose", 2, 2, keywords: ["rel_tol", "abs_tol"])
                let a = try args.requireDouble(0, "isclose"), b = try args.requireDouble(1, "isclose")
                let relative = args.keyword("rel_tol") == nil ? 1e-9 : try args.requireDouble(9, "isclose", keyword: "rel_tol")
                let absolute = args.keyword("abs_tol") == nil ? 0 : try args.requireDouble(9, "isclose", keyword: "abs_tol")
                if a == b { return .bool(true) }
                if a.isInfinite || b.isInfinite { return .bool(false) }
                let difference = Swift.abs(b - a)
                return .bool(
                    difference <= Swift.abs(relative * b) || difference <= Swift.abs(relative * a)
                        || difference <= absolute)
            })),
        ]
        return ModuleObject(name: "math", attributes: Dictionary(uniqueKeysWithValues: entries))
    }

    /// CPython's rule for one-argument math functions: NaN from a non-NaN input is a domain error, an infinite
    /// result from a finite input a range error.
    static func checked(_ f: (Double) -> Double, _ x: Double) throws -> Double {
        let result = f(x)
        if result.isNaN, !x.isNaN { throw PyError.mathDomain }
        if result.isInfinite, x.isFinite {
            if x == 0 || (x < 0 && result < 0) { throw PyError.mathDomain }
            throw PyError.mathRange
        }
        return result
    }
}
