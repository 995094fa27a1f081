import Foundation

/// `import numpy as np`: Gradbook's numpy, on the array core in `Core/` (numpy 1.26.4's ndarray of float64, int64
/// and bool, printed byte for byte as numpy prints it) and numpy's legacy random generator (`np.random`).
///
/// What lessons get: `np.ndarray` with its attributes, methods, operators and indexing (`ArrayObject`); the creation
/// functions, joining (`vstack`, `np.c_[…]`, …), ufuncs, reductions, `where`, `clip`, `dot`; the constants and
/// the dtype names (`np.float64` as a `dtype=`).
///
/// Where Gradbook's numpy differs from numpy 1.26, on purpose:
/// - **Scalars are Python's.** A full reduction (`X.sum()`), an element (`X[0, 1]`, `for x in xs`) or a ufunc of
///   numbers gives a Python `float`, `int` or `bool`, not a `numpy.float64`, `numpy.int64` or `numpy.bool_`. They
///   print the same (numpy 1.26 prints its scalars as Python does), compare the same, and mix with the engine's
///   `Value` and lessons' classes (`Value(X[0, 0])`, `yi * scorei`) exactly as numpy's do. What differs:
///   `type(x).__name__` is `float`/`int`/`bool`; a scalar has no `.item()`, `.dtype` or `.shape`; scalar
///   arithmetic follows Python (`x / 0` raises `ZeroDivisionError` where numpy warns and gives `inf`; ints are
///   64-bit with an `OverflowError` where numpy wraps); `isinstance(np.int64(1), int)` is true. `np.float64(x)`,
///   `np.int64(x)` and `np.bool_(x)` convert as `float`, `int` and `bool` do.
/// - Arrays hold only float64, int64 and bool: a list of strings or of `Value`s is a clear `TypeError` where numpy
///   would make a string or object array.
/// - `np.empty` and `np.ndarray(shape)` give zeros; ufuncs take no `out=` or `where=`.
/// - Arrays are bounded by the session's `limits.collectionElements` (a `MemoryError` before anything is allocated).
enum NumPyModule {
    /// Makes the module, registers it (and `numpy.random`) with the session, and returns it.
    static func install(_ rt: Interpreter) throws -> ModuleObject {
        let module = ModuleObject(name: "numpy", attributes: attributes(rt))
        rt.modules["numpy"] = module
        module.attributes["AxisError"] = .type(NumPyTypes.axisError(rt))
        module.attributes["random"] = .module(try rt.module(["numpy", "random"]))
        return module
    }

    private static func attributes(_ rt: Interpreter) -> [String: Object] {
        let tricks = "numpy.lib.index_tricks"
        var entries: [(String, Object)] = [
            ("pi", .float(Double.pi)), ("e", .float(M_E)), ("inf", .float(.infinity)), ("Inf", .float(.infinity)),
            ("nan", .float(.nan)), ("NaN", .float(.nan)), ("newaxis", .none), ("euler_gamma", .float(0.5772156649015329)),
            ("ndarray", .type(NumPyTypes.ndarray(rt))), ("dtype", .type(NumPyTypes.dtype(rt))),
            ("c_", .native(ConcatenatorObject(columns: true, type: rt.types.native("CClass", module: tricks)))),
            ("r_", .native(ConcatenatorObject(columns: false, type: rt.types.native("RClass", module: tricks)))),
        ]
        let float64 = Object.type(NumPyTypes.scalarType(.float64, rt))
        let int64 = Object.type(NumPyTypes.scalarType(.int64, rt))
        let bool = Object.type(NumPyTypes.scalarType(.bool, rt))
        entries += [
            ("float64", float64), ("float_", float64), ("double", float64), ("int64", int64), ("int_", int64),
            ("intp", int64), ("bool_", bool),
        ]
        entries += NumPyCreation.functions(rt) + NumPyArrayFunctions.functions(rt) + NumPyUfuncs.functions(rt)
        for reduction in ArrayReduction.allCases {
            entries.append((reduction.rawValue, reduction.function(named: reduction.rawValue, rt)))
        }
        entries.append(("amin", ArrayReduction.min.function(named: "amin", rt)))
        entries.append(("amax", ArrayReduction.max.function(named: "amax", rt)))
        return Dictionary(entries) { first, _ in first }
    }
}
