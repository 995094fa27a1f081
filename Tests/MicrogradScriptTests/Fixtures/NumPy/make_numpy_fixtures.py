"""Makes the numpy reference fixtures for Gradbook's array core (Tests/MicrogradScriptTests/NumPy).

Run with numpy 1.26.4 on CPython 3.11 (x86-64 Linux, glibc; the versions are written into each file):

    python3 -m venv /work/venvs/np && /work/venvs/np/bin/pip install numpy==1.26.4
    /work/venvs/np/bin/python make_numpy_fixtures.py

Floats are written as Python reprs (they read back bit for bit); large inputs are not stored but generated on both
sides by the same 64-bit LCG (`lcg_values`), so the files stay small.
"""
import json
import math
import platform
import sys

import numpy as np

assert np.__version__ == "1.26.4", np.__version__

VERSIONS = {"numpy": np.__version__, "python": platform.python_version(), "machine": platform.machine()}
MASK = (1 << 64) - 1
POWERS = [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6]


def lcg_values(seed, n, spread=True):
    """n doubles from Knuth's MMIX LCG: uniform in [-0.5, 0.5), times a power of ten from 1e-6 to 1e6 if spread."""
    state = seed & MASK
    out = []
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        u = (state >> 11) / 9007199254740992.0
        if spread:
            state = (state * 6364136223846793005 + 1442695040888963407) & MASK
            k = (state >> 11) % 13
            out.append((u - 0.5) * POWERS[k])
        else:
            out.append(u - 0.5)
    return out


def text(x):
    """A scalar as the fixture spells it: float repr, int str, True/False."""
    if isinstance(x, (bool, np.bool_)):
        return "True" if x else "False"
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    return repr(float(x))


def array_case(a):
    return {"dtype": a.dtype.name, "shape": list(a.shape), "values": [text(v) for v in a.ravel().tolist()]}


def printing_cases():
    rng = np.random.default_rng(20240601)
    cases = []

    def add(a, name):
        case = array_case(a)
        case.update(name=name, repr=repr(a), str=str(a))
        cases.append(case)

    for n in [1, 2, 3, 5, 7, 8, 10, 13, 17, 25, 40]:
        for k in range(-7, 11):
            add(rng.standard_normal(n) * 10.0**k, f"normal n={n} scale=1e{k}")
        add(rng.uniform(-1, 1, n) * 10.0**rng.integers(-6, 9, n), f"mixed magnitudes n={n}")
        add(np.round(rng.standard_normal(n) * 100), f"integer-valued n={n}")
        add(np.round(rng.standard_normal(n) * 100, 2), f"two decimals n={n}")
        add(rng.integers(-10**rng.integers(1, 12), 10**rng.integers(1, 12), n), f"ints n={n}")
        add(rng.integers(0, 2, n).astype(bool), f"bools n={n}")
        add(np.abs(rng.standard_normal(n)) * 1e-5, f"small positive n={n}")
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, 1e-4, 9.99e-5, 1e8, 99999999.0, 1e16, 1e-300, 5e-324, 1.7976931348623157e308,
                np.nan, np.inf, -np.inf, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 123456.789, 1e3, 1001.0, 0.001, 0.00012345678901]
    for i in range(200):
        picks = rng.choice(len(specials), rng.integers(1, 6))
        add(np.array([specials[j] for j in picks]), f"specials {i}")
    add(np.arange(-5, 5, 0.25), "lecture xs")
    add(np.tanh(np.arange(-5, 5, 0.25)), "lecture tanh")
    add(np.arange(-5, 5, 0.25) ** 2 * 3 - 4 * np.arange(-5, 5, 0.25) + 5, "lecture f(xs)")
    for rows, cols in [(2, 3), (3, 2), (1, 1), (4, 4), (3, 7), (2, 9), (5, 12), (8, 3), (10, 10), (3, 20)]:
        add(rng.standard_normal((rows, cols)), f"2-D normal {rows}x{cols}")
        add(rng.standard_normal((rows, cols)) * 10.0**rng.integers(-5, 9, (rows, cols)), f"2-D mixed {rows}x{cols}")
        add(rng.integers(-1000, 1000, (rows, cols)), f"2-D ints {rows}x{cols}")
        add(rng.integers(0, 2, (rows, cols)).astype(bool), f"2-D bools {rows}x{cols}")
    for shape in [(2, 2, 2), (2, 3, 4), (3, 1, 2), (2, 2, 2, 2), (1, 2, 3)]:
        add(rng.standard_normal(shape), f"N-D {shape}")
        add(rng.integers(-50, 50, shape), f"N-D ints {shape}")
    for shape in [(0,), (0, 3), (3, 0), (2, 0, 3)]:
        for dtype in ["float64", "int64", "bool"]:
            add(np.zeros(shape, dtype=dtype), f"empty {shape} {dtype}")
    for value in [5.0, -0.0, 1e-7, np.nan, 3, -12, True, False]:
        add(np.array(value), f"0-d {value!r}")
    return cases


def generated_printing_cases():
    """Large arrays whose elements both sides compute: value i is i * scale + shift (exact IEEE operations), or for
    bools, whether i is a multiple of scale."""
    cases = []
    for shape, scale, shift in [((1001,), 0.5, -3.0), ((2000,), 0.37, -5.0), ((1500,), 1.0, 0.0),
                                ((40, 30), 0.01, 1.0), ((31, 33), 1e-3, -0.5), ((3, 400), 1e5, 0.0),
                                ((1200,), 1e-6, 0.0), ((10, 10, 11), 0.25, -1.0), ((6, 200), 3.0, -7.0)]:
        n = int(np.prod(shape))
        a = (np.arange(n) * scale + shift).reshape(shape)
        cases.append({"shape": list(shape), "scale": scale, "shift": shift, "dtype": "float64",
                      "repr": repr(a), "str": str(a)})
        b = (np.arange(n) * int(max(scale, 1)) - n // 2).reshape(shape)
        cases.append({"shape": list(shape), "scale": int(max(scale, 1)), "shift": -(n // 2), "dtype": "int64",
                      "repr": repr(b), "str": str(b)})
        c = (np.arange(n) % 3 == 0).reshape(shape)
        cases.append({"shape": list(shape), "scale": 3, "shift": 0, "dtype": "bool", "repr": repr(c), "str": str(c)})
    return cases


def float_format_cases():
    rng = np.random.default_rng(7)
    values = list(rng.standard_normal(300) * 10.0**rng.integers(-12, 14, 300))
    values += [0.125, 0.375, 2.5, 1 / 512, 0.001953125, 1.5, 0.5, 9.5, 99.5, 0.9999999999, 9.99999999999,
               1e-9, 123456789.0, 5e-324, 1.7976931348623157e308, 0.1, 1e22, 1e23]
    cases = []
    for x in values:
        for p in [0, 1, 2, 3, 5, 8, 12]:
            cases.append({"x": repr(float(x)), "precision": p,
                          "positional": np.format_float_positional(x, precision=p, unique=True, trim="."),
                          "scientific": np.format_float_scientific(x, precision=p, unique=True, trim=".")})
    return cases


def ufunc_cases():
    rng = np.random.default_rng(11)
    xs = list(rng.uniform(-1, 1, 200)) + list(rng.uniform(-30, 30, 200)) + list(rng.standard_normal(100) * 1e-4)
    xs += list(rng.uniform(-700, 700, 50)) + [0.0, -0.0, 1.0, -1.0, 0.5, np.pi, np.inf, -np.inf, np.nan, 1e-310, 710.0]
    positive = [abs(x) for x in xs]
    unit = [x for x in xs if abs(x) <= 1]
    sets = {"xs": xs, "positive": positive, "unit": unit, "above one": [1 + x for x in positive],
            "inside unit": [x * 0.999 for x in unit]}
    functions = {"exp": "xs", "exp2": "xs", "expm1": "xs", "log": "positive", "log2": "positive",
                 "log10": "positive", "log1p": "positive", "sqrt": "positive", "sin": "xs", "cos": "xs", "tan": "xs",
                 "arcsin": "unit", "arccos": "unit", "arctan": "xs", "sinh": "xs", "cosh": "xs", "tanh": "xs",
                 "arcsinh": "xs", "arccosh": "above one", "arctanh": "inside unit", "floor": "xs", "ceil": "xs",
                 "rint": "xs", "trunc": "xs", "sign": "xs", "square": "xs", "absolute": "xs", "negative": "xs"}
    cases = {"inputs": {name: [repr(float(x)) for x in values] for name, values in sets.items()}, "functions": {}}
    for name, set_name in functions.items():
        with np.errstate(all="ignore"):
            out = getattr(np, name)(np.array(sets[set_name]))
        cases["functions"][name] = {"inputs": set_name, "outputs": [repr(float(y)) for y in out]}
    return cases


def binary_cases():
    rng = np.random.default_rng(13)
    special = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 0.1, 1e300, -1e-300, np.inf, -np.inf, np.nan]
    a = list(rng.uniform(-20, 20, 60)) + special * len(special)
    b = list(rng.uniform(-5, 5, 60)) + [y for y in special for _ in special]
    ints_a = list(rng.integers(-50, 50, 100)) + [0, 7, -7, 2**62, -2**63, 5, -5]
    ints_b = list(rng.integers(-6, 6, 100)) + [0, -1, -1, 3, -1, 0, 2]
    cases = {}
    with np.errstate(all="ignore"):
        for name in ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "maximum",
                     "minimum"]:
            out = getattr(np, name)(np.array(a), np.array(b))
            cases["float " + name] = {"a": [repr(x) for x in a], "b": [repr(x) for x in b],
                                      "outputs": [repr(float(y)) for y in out]}
        for name in ["add", "subtract", "multiply", "floor_divide", "remainder", "maximum", "minimum", "divide"]:
            out = getattr(np, name)(np.array(ints_a), np.array(ints_b))
            cases["int " + name] = {"a": [str(int(x)) for x in ints_a], "b": [str(int(x)) for x in ints_b],
                                    "outputs": [text(y) for y in out.tolist()]}
        base = list(rng.integers(-9, 9, 60)) + [2, 3, -3, 10]
        exponent = list(rng.integers(0, 12, 60)) + [62, 63, 41, 30]
        out = np.power(np.array(base), np.array(exponent))
        cases["int power"] = {"a": [str(int(x)) for x in base], "b": [str(int(x)) for x in exponent],
                              "outputs": [text(y) for y in out.tolist()]}
    return cases


def sampled(values):
    """At most 64 evenly spaced results of a reduction (every k-th, from the first), to keep the file small."""
    flat = np.atleast_1d(values).ravel().tolist()
    every = max(1, -(-len(flat) // 64))
    return {"every": every, "values": [repr(float(x)) for x in flat[::every]]}


def reduction_cases():
    cases = []
    lengths = [1, 2, 7, 8, 9, 15, 16, 17, 100, 127, 128, 129, 255, 256, 1000, 1023, 1025, 8191, 8192, 8193, 10000,
               20000, 65536, 100003]
    for seed, n in enumerate(lengths):
        a = np.array(lcg_values(seed + 1, n))
        cases.append({"seed": seed + 1, "shape": [n], "layout": "contiguous", "sum": repr(a.sum()),
                      "mean": repr(a.mean()), "std": repr(a.std()), "var1": repr(a.var(ddof=1)),
                      "prod": repr(np.prod(a[:300] * 10 + 1)), "cumsum_last": repr(a.cumsum()[-1]),
                      "reversed_sum": repr(a[::-1].sum()), "strided_sum": repr(a[::3].sum())})
    axis_cases = []
    for seed, shape in enumerate([(3, 4), (50, 40), (300, 200), (3, 20000), (20000, 3), (7, 1300), (129, 9),
                                  (4, 5, 6), (4, 50, 60)]):
        n = int(np.prod(shape))
        a = np.array(lcg_values(100 + seed, n)).reshape(shape)
        for layout in ["contiguous", "transposed", "sliced"]:
            v = a if layout == "contiguous" else (a.T if layout == "transposed" else a[::2, ..., ::3])
            for axis in [None] + list(range(v.ndim)) + ([(0, v.ndim - 1)] if v.ndim > 2 else []):
                axis_cases.append({
                    "seed": 100 + seed, "shape": list(shape), "layout": layout,
                    "axis": axis if axis is None or isinstance(axis, int) else list(axis),
                    "sum": sampled(v.sum(axis=axis)),
                    "mean": sampled(v.mean(axis=axis)),
                    "std": sampled(v.std(axis=axis)),
                    "max": sampled(v.max(axis=axis)),
                    "prod": sampled((v + 1).prod(axis=axis)),
                })
    return cases, axis_cases


def dot_cases():
    cases = []
    for seed, n in enumerate(list(range(1, 70)) + [100, 127, 128, 129, 1000, 5000, 10000, 10001, 12345, 20000]):
        x = np.array(lcg_values(500 + seed, n, spread=False))
        y = np.array(lcg_values(900 + seed, n, spread=False))
        cases.append({"seedX": 500 + seed, "seedY": 900 + seed, "n": n, "dot": repr(float(np.dot(x, y))),
                      "stridedDot": repr(float(np.dot(np.repeat(x, 2)[::2], y)))})
    matrices = []
    for seed, (m, k, n) in enumerate([(2, 3, 4), (5, 7, 3), (8, 16, 8), (3, 40, 5), (10, 100, 10), (17, 33, 9),
                                      (64, 64, 64), (4, 300, 4)]):
        a = np.array(lcg_values(1300 + seed, m * k, spread=False)).reshape(m, k)
        b = np.array(lcg_values(1700 + seed, k * n, spread=False)).reshape(k, n)
        x = np.array(lcg_values(2100 + seed, k, spread=False))
        matrices.append({"seedA": 1300 + seed, "seedB": 1700 + seed, "seedX": 2100 + seed, "m": m, "k": k, "n": n,
                         "matmul": [repr(v) for v in (a @ b).ravel().tolist()],
                         "matvec": [repr(v) for v in (a @ x).tolist()]})
    return cases, matrices


def creation_cases():
    aranges = []
    for args in [(-5, 5, 0.25), (0, 1, 0.1), (0.0, 1.0, 0.1), (1, 2, 0.3), (-1, 1, 0.2), (10,), (2.5,), (0, 10, 3),
                 (10, 0, -3), (0, 5, 0.5), (-3.3, 7.1, 0.7), (1e-3, 1e-2, 1e-3), (0, 1, 1 / 3), (5, 1), (0.5, 3.7, 1),
                 (-2, 2.0001, 0.1), (100, 101, 0.01)]:
        a = np.arange(*args)
        aranges.append({"args": [repr(x) if isinstance(x, float) else x for x in args], "dtype": a.dtype.name,
                        "values": [text(v) for v in a.tolist()]})
    linspaces = []
    for start, stop, num, endpoint in [(0, 1, 50, True), (-1, 1, 7, True), (0, 1, 10, False), (2.5, -3.1, 13, True),
                                       (0, 1e-320, 5, True), (1, 1, 4, True), (0, 10, 1, True), (0, 10, 0, True),
                                       (-5, 5, 101, True), (0.1, 0.7, 3, False), (-3.5, 3.5, 100, True)]:
        a, step = np.linspace(start, stop, num, endpoint=endpoint, retstep=True)
        linspaces.append({"start": repr(float(start)), "stop": repr(float(stop)), "num": num, "endpoint": endpoint,
                          "step": repr(float(step)), "values": [repr(v) for v in a.tolist()]})
    return aranges, linspaces


def scalar_cases():
    rng = np.random.default_rng(17)
    values = list(rng.standard_normal(200) * 10.0**rng.integers(-20, 22, 200)) + [0.0, -0.0, 1e16, 1e-5, 1e-4,
                                                                                   123456789012345678.0, np.nan,
                                                                                   -np.inf]
    return [{"x": repr(float(x)), "repr": repr(np.float64(x)), "str": str(np.float64(x))} for x in values]


def write(name, payload):
    with open(name, "w") as f:
        json.dump({"versions": VERSIONS, **payload}, f, indent=0, separators=(",", ":"))
        f.write("\n")


def main():
    write("printing.json", {"cases": printing_cases(), "generated": generated_printing_cases()})
    write("float_format.json", {"cases": float_format_cases(), "scalars": scalar_cases()})
    write("ufuncs.json", {"unary": ufunc_cases(), "binary": binary_cases()})
    sums, axes = reduction_cases()
    write("reductions.json", {"lengths": sums, "axes": axes})
    dots, matrices = dot_cases()
    write("products.json", {"dots": dots, "matrices": matrices})
    aranges, linspaces = creation_cases()
    write("creation.json", {"arange": aranges, "linspace": linspaces})


if __name__ == "__main__":
    sys.exit(main())
