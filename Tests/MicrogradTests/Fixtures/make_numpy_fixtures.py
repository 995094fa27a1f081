#!/usr/bin/env python3
"""Reference fixtures for Gradbook's numpy.random and sklearn.datasets numerics, computed by the real libraries.

The versions are pinned: numpy 1.26.4 (the lecture's era) and scikit-learn 1.5.2. Make a venv outside the
repository and run the script with it:

    python3 -m venv /tmp/numpy-venv
    /tmp/numpy-venv/bin/pip install numpy==1.26.4 scikit-learn==1.5.2
    /tmp/numpy-venv/bin/python Tests/MicrogradTests/Fixtures/make_numpy_fixtures.py

It writes, beside itself:
  numpy_random.json       legacy `numpy.random.RandomState` draws, seeding and error messages
  sklearn_datasets.json   make_moons, make_circles and make_blobs outputs and error messages

Every float is written as its `repr` string, so it round-trips exactly and stays readable (`Double(String)`
parses it back in Swift); integers are JSON numbers. Each case starts from a fresh state and, where it matters,
records a few `random_sample()` draws made afterwards ("after"), so the number of words a call consumed is
checked too. Files are written to a temporary file beside the target and renamed into place.

numpy 1.26's float64 `sin`, `cos` and `log` call the platform libm (its SIMD float64 sin/cos are compiled out,
`#if 0` in loops_trigonometric.dispatch.c.src), so the Gaussian draws and the moons and circles points agree bit for
bit with Swift's Foundation functions on the same C library ("libc" in the files; these were made with glibc).
Measured with mpmath, glibc's results are 1 ulp off the correctly rounded value for about 0.3% of the moons and
circles angles and 0.1% of the polar method's logs, so another libm may differ by that much.
"""

import json
import os
import platform
import random
import sys

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_circles, make_moons

HERE = os.path.dirname(os.path.abspath(__file__))
NUMPY_VERSION = "1.26.4"
SKLEARN_VERSION = "1.5.2"
R = np.random.RandomState


def write_json(path, payload):
    temporary = path + ".tmp"
    with open(temporary, "w") as file:
        json.dump(payload, file, indent=1)
        file.write("\n")
    os.replace(temporary, path)
    print("wrote", os.path.relpath(path), file=sys.stderr)


def versions():
    return {
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "machine": platform.machine(),
        "libc": " ".join(platform.libc_ver()),
        "system": platform.system(),
    }


def floats(values):
    """Floats (a scalar, a list or an array of any shape) as nested lists of repr strings."""
    array = np.asarray(values, dtype=np.float64)
    if array.ndim == 0:
        return repr(float(array))
    return [floats(item) for item in array]


def ints(values):
    array = np.asarray(values, dtype=np.int64)
    if array.ndim == 0:
        return int(array)
    return [ints(item) for item in array]


def after(state):
    """Three `random_sample()` draws, which show where the generator stands."""
    return floats([state.random_sample() for _ in range(3)])


def error_of(call):
    try:
        call()
    except Exception as error:  # noqa: BLE001 - the fixture records whatever the library raises
        return {"type": type(error).__name__, "message": str(error)}
    raise AssertionError("expected an error")


# ---------------------------------------------------------------------------------------------------------------
# numpy_random.json

SEEDS = [0, 1, 42, 1337, 123456789, 2**31, 2**32 - 1]

RANDINT_CASES = [  # (low, high, size); high None is randint(low)
    (0, 10, 20), (-5, 5, 10), (0, 1, 5), (7, 8, 3), (10, None, 10), (3, 1000, 10), (0, 2**31, 5),
    (0, 2**32, 5), (0, 2**32 + 1, 5), (0, 2**40, 5), (-2**62, 2**62, 5), (-2**63, 2**63 - 1, 5),
    (-(2**31), 2**31, 5), (5, 1, 0), (0, 100, [2, 3]), (0, 100, None),
]

P5 = [0.1, 0.2, 0.3, 0.15, 0.25]
CHOICE_CASES = [  # (name, a, size, replace, p)
    ("scalar", 5, None, True, None),
    ("with_replacement", 5, 8, True, None),
    ("shape", 10, [2, 3], True, None),
    ("elements", [10, 20, 30], 5, True, None),
    ("without_replacement", 5, 3, False, None),
    ("without_replacement_all", 5, 5, False, None),
    ("without_replacement_shape", 7, [2, 2], False, None),
    ("without_replacement_scalar", 9, None, False, None),
    ("weighted", 5, 8, True, P5),
    ("weighted_scalar", 5, None, True, P5),
    ("weighted_shape", 5, [3, 2], True, P5),
    ("weighted_near_one", 3, 6, True, [0.3, 0.3, 0.4 + 1e-9]),
    ("weighted_without_replacement", 5, 3, False, P5),
    ("weighted_without_replacement_rounds", 4, 4, False, [0.9, 0.05, 0.03, 0.02]),
    ("weighted_without_replacement_zeros", 6, 4, False, [0.5, 0.0, 0.2, 0.0, 0.2, 0.1]),
    ("weighted_without_replacement_shape", 6, [2, 2], False, [0.3, 0.1, 0.2, 0.1, 0.2, 0.1]),
    ("weighted_without_replacement_scalar", 5, None, False, P5),
    ("empty_sample", 3, 0, True, None),
    ("empty_sample_of_nothing", 0, 0, True, None),
    ("empty_sample_of_empty_array", [], [2, 0], True, None),
    ("empty_sample_without_replacement", 4, 0, False, None),
]


def seed_case(seed):
    case = {"seed": seed}
    rs = R(seed)
    case["random_sample"] = floats([rs.random_sample() for _ in range(10)])
    case["random_sample_shape_2_3"] = floats(rs.random_sample((2, 3)))
    case["random_sample_700_705"] = floats(R(seed).random_sample(705)[700:])

    rs = R(seed)
    case["standard_normal"] = floats([rs.standard_normal() for _ in range(11)])
    case["standard_normal_size_5"] = floats(rs.standard_normal(5))
    case["standard_normal_after"] = after(rs)
    rs = R(seed)
    first = rs.standard_normal()
    rs.seed(seed)  # drops the cached second value
    case["standard_normal_reseeded"] = floats([first, rs.standard_normal(), rs.standard_normal()])

    rs = R(seed)
    case["uniform"] = floats(list(rs.uniform(-2, 3, size=7)) + [rs.uniform(5, 1), rs.uniform()])
    rs = R(seed)
    case["normal"] = floats(list(rs.normal(1.5, 0.25, size=5)) + [rs.normal(), rs.normal(-3, 0.0)]
                            + list(rs.normal(2, 10, size=(2, 2)).ravel()) + [rs.normal(0, float("inf"))])
    case["normal_after"] = after(rs)

    randints = []
    for low, high, size in RANDINT_CASES:
        rs = R(seed)
        if size is None:
            values = [int(rs.randint(low, high)) for _ in range(5)]
        elif high is None:
            values = ints(rs.randint(low, size=size))
        else:
            values = ints(np.ravel(rs.randint(low, high, size=size)))
        randints.append({"low": low, "high": high, "size": size, "values": values, "after": after(rs)})
    case["randint"] = randints

    rs = R(seed)
    case["permutation_10"] = ints(rs.permutation(10))
    case["permutation_10_after"] = after(rs)
    rs = R(seed)
    case["permutation_small"] = [ints(rs.permutation(1)), ints(rs.permutation(0)), ints(rs.permutation(-3))]
    case["permutation_small_after"] = after(rs)
    rs = R(seed)
    case["permutation_list"] = ints(rs.permutation([10, 20, 30, 40, 50, 60, 70]))
    rs = R(seed)
    case["permutation_rows_4x3"] = ints(rs.permutation(np.arange(12).reshape(4, 3)).ravel())
    rs = R(seed)
    rs.permutation(np.zeros((3, 0)))  # shuffles an index array: draws
    case["permutation_empty_rows_after"] = after(rs)
    rs = R(seed)
    rows = np.arange(12).reshape(6, 2)
    rs.shuffle(rows)
    case["shuffle_rows_6x2"] = ints(rows.ravel())
    rs = R(seed)
    rs.shuffle(np.zeros((3, 0)))  # no elements: no draws
    case["shuffle_empty_rows_after"] = after(rs)
    rs = R(seed)
    deck = list(range(20))
    rs.shuffle(deck)
    case["shuffle_list_20"] = deck
    case["shuffle_list_20_after"] = after(rs)

    choices = []
    for name, a, size, replace, p in CHOICE_CASES:
        rs = R(seed)
        values = rs.choice(a, size=size, replace=replace, p=p)
        choices.append({
            "name": name,
            "a": a,
            "size": size,
            "replace": replace,
            "p": None if p is None else floats(p),
            "values": ints(np.ravel(values)),
            "after": after(rs),
        })
    case["choice"] = choices

    # One state through everything in turn.
    rs = R(seed)
    mixed = [rs.rand(), rs.randn(), float(rs.randint(10)), rs.uniform(-1, 1), rs.normal(3, 2),
             float(rs.choice(7)), rs.randn()]
    mixed += [float(v) for v in rs.permutation(5)]
    mixed += [rs.random(), rs.randn(), float(rs.choice(5, p=P5)), rs.random_sample()]
    case["mixed"] = floats(mixed)
    return case


SEQUENCES = [[0], [1, 2, 3], [1337], [2**32 - 1, 5, 0], list(range(700))]

# `NumPyRandomState(entropyFreeSeed:ordinal:)` is RandomState([ordinal, lessonSeed low word, high word]).
ENTROPY_FREE = [(0, 0), (0, 1), (42, 0), (42, 3), (-1, 2), (2**40 + 7, 1)]


def sequence_case(key):
    rs = R(key)
    return {"key": key, "random_sample": floats(rs.random_sample(5)), "randint": ints(rs.randint(0, 1000, size=5))}


def entropy_free_case(lesson_seed, ordinal):
    bits = lesson_seed & (2**64 - 1)
    rs = R([ordinal, bits & 0xFFFFFFFF, bits >> 32])
    return {"lesson_seed": lesson_seed, "ordinal": ordinal, "random_sample": floats(rs.random_sample(3))}


NUMPY_ERRORS = [  # (id, call); the Swift tests name the same ids
    ("seed_negative", lambda: R(-1)),
    ("seed_too_large", lambda: R(2**32)),
    ("seed_sequence_empty", lambda: R([])),
    ("seed_sequence_negative", lambda: R([1, -1])),
    ("seed_sequence_too_large", lambda: R([2**32])),
    ("reseed_negative", lambda: R(0).seed(-5)),
    ("randint_high_zero", lambda: R(0).randint(0)),
    ("randint_negative_high", lambda: R(0).randint(-3)),
    ("randint_empty_range", lambda: R(0).randint(5, 5)),
    ("randint_reversed", lambda: R(0).randint(5, 1, size=3)),
    ("randint_zero_low_reversed", lambda: R(0).randint(0, -4)),
    ("randint_negative_size", lambda: R(0).randint(0, 5, size=(2, -1))),
    ("randint_bounds_before_size", lambda: R(0).randint(5, 1, size=(2, -1))),
    ("randint_too_big", lambda: R(0).randint(0, 5, size=(2**32, 2**32))),
    ("random_sample_negative_size", lambda: R(0).random_sample(-1)),
    ("random_sample_too_big", lambda: R(0).random_sample((2**60, 8))),
    ("random_sample_negative_after_too_big", lambda: R(0).random_sample((2**62, 4, -1))),
    ("standard_normal_negative_size", lambda: R(0).standard_normal((3, -2))),
    ("uniform_infinite_range", lambda: R(0).uniform(0, float("inf"))),
    ("uniform_nan", lambda: R(0).uniform(float("nan"), 1)),
    ("uniform_overflowing_range", lambda: R(0).uniform(-1e308, 1e308)),
    ("normal_negative_scale", lambda: R(0).normal(0, -1)),
    ("normal_negative_zero_scale", lambda: R(0).normal(0, -0.0)),
    ("normal_scale_before_size", lambda: R(0).normal(0, -1, size=-1)),
    ("choice_zero", lambda: R(0).choice(0)),
    ("choice_negative", lambda: R(0).choice(-3)),
    ("choice_empty_array", lambda: R(0).choice([])),
    ("choice_p_size", lambda: R(0).choice(5, p=[0.5, 0.5])),
    ("choice_p_sum", lambda: R(0).choice(3, p=[0.5, 0.5, 0.5])),
    ("choice_p_sum_slightly_off", lambda: R(0).choice(3, p=[0.3, 0.3, 0.4 + 1e-7])),
    ("choice_p_nan", lambda: R(0).choice(3, p=[0.5, float("nan"), 0.5])),
    ("choice_p_negative", lambda: R(0).choice(3, p=[1.5, -0.5, 0.0])),
    ("choice_p_negative_before_sum", lambda: R(0).choice(3, p=[-0.5, 0.2, 0.2])),
    ("choice_larger_sample", lambda: R(0).choice(3, 4, replace=False)),
    ("choice_negative_size_without_replacement", lambda: R(0).choice(3, -1, replace=False)),
    ("choice_negative_size", lambda: R(0).choice(3, -1)),
    ("choice_negative_size_weighted", lambda: R(0).choice(3, -1, p=[0.2, 0.3, 0.5])),
    ("choice_fewer_nonzero", lambda: R(0).choice(3, 3, replace=False, p=[0.5, 0.5, 0.0])),
    ("linspace_negative", lambda: np.linspace(0, 1, -1)),
]


def make_numpy_random():
    global_state = {}
    np.random.seed(1337)
    global_state["seed_1337_rand_3"] = floats(np.random.rand(3))
    np.random.seed(0)
    global_state["seed_0_randn_3"] = floats(np.random.randn(3))
    return {
        "versions": versions(),
        "cases": [seed_case(seed) for seed in SEEDS],
        "sequences": [sequence_case(key) for key in SEQUENCES],
        "entropy_free": [entropy_free_case(*pair) for pair in ENTROPY_FREE],
        "global": global_state,
        "errors": [dict(id=name, **error_of(call)) for name, call in NUMPY_ERRORS],
    }


# ---------------------------------------------------------------------------------------------------------------
# sklearn_datasets.json
#
# A case: the function, its arguments (floats as repr strings), how random_state is given, and the results.
#   state.kind "seed":     random_state=<seed>
#   state.kind "global":   np.random.seed(<seed>) (and random.seed(<seed>), as micrograd's demo does), then
#                          random_state=None; "after" is the global state's next draws
#   state.kind "instance": rs = RandomState(<seed>), random_state=rs; "after" is rs's next draws
# "repeat" calls the function that many times with the same state; "results" holds each call's X, y (and centers).

DATASET_CASES = [
    ("moons_demo", "make_moons", {"n_samples": 100, "noise": 0.1}, ("global", 1337), 1),
    ("moons_defaults_seed_0", "make_moons", {}, ("seed", 0), 1),
    ("moons_noise_seed_42", "make_moons", {"n_samples": 101, "noise": 0.2}, ("seed", 42), 1),
    ("moons_odd", "make_moons", {"n_samples": 7, "noise": 0.25}, ("seed", 3), 1),
    ("moons_one", "make_moons", {"n_samples": 1, "noise": 0.1}, ("seed", 5), 1),
    ("moons_noise_none", "make_moons", {"n_samples": 6}, ("seed", 0), 1),
    ("moons_noise_zero", "make_moons", {"n_samples": 6, "noise": 0.0}, ("instance", 0), 1),
    ("moons_no_shuffle", "make_moons", {"n_samples": 9, "shuffle": False, "noise": 0.05}, ("seed", 7), 1),
    ("moons_no_shuffle_no_noise", "make_moons", {"n_samples": 10, "shuffle": False}, ("instance", 7), 1),
    ("moons_tuple", "make_moons", {"n_samples": (3, 4), "noise": 0.1}, ("seed", 11), 1),
    ("moons_tuple_empty_part", "make_moons", {"n_samples": (0, 5)}, ("seed", 11), 1),
    ("moons_instance_twice", "make_moons", {"n_samples": 10, "noise": 0.1}, ("instance", 2024), 2),
    ("moons_global_twice", "make_moons", {"n_samples": 5, "noise": 0.3}, ("global", 99), 2),
    ("moons_large_seed", "make_moons", {"n_samples": 20, "noise": 0.1}, ("seed", 2**32 - 1), 1),
    ("circles_defaults_seed_0", "make_circles", {}, ("seed", 0), 1),
    ("circles_noise", "make_circles", {"n_samples": 50, "noise": 0.05, "factor": 0.5}, ("seed", 1), 1),
    ("circles_odd", "make_circles", {"n_samples": 7, "noise": 0.1}, ("seed", 3), 1),
    ("circles_zero", "make_circles", {"n_samples": 0, "noise": 0.1}, ("instance", 3), 1),
    ("circles_no_shuffle", "make_circles", {"n_samples": 8, "shuffle": False, "factor": 0.3}, ("seed", 0), 1),
    ("circles_tuple", "make_circles", {"n_samples": (5, 2), "noise": 0.2}, ("global", 1337), 1),
    ("circles_factor_zero", "make_circles", {"n_samples": 6, "factor": 0.0}, ("seed", 8), 1),
    ("blobs_defaults_seed_0", "make_blobs", {}, ("seed", 0), 1),
    ("blobs_docstring", "make_blobs", {"n_samples": 10, "centers": 3, "n_features": 2}, ("seed", 0), 1),
    ("blobs_per_center", "make_blobs", {"n_samples": [3, 3, 4], "n_features": 2}, ("seed", 0), 1),
    ("blobs_remainder", "make_blobs", {"n_samples": 7, "centers": 3}, ("seed", 5), 1),
    ("blobs_given_centers", "make_blobs",
     {"n_samples": 9, "centers": [[0.0, 0.0, 1.0], [5.5, -2.0, 0.25]], "cluster_std": [0.5, 2.0]}, ("seed", 1), 1),
    ("blobs_per_center_given", "make_blobs",
     {"n_samples": [2, 0, 3], "centers": [[1.0, 1.0], [2.0, 2.0], [-3.0, 4.0]], "cluster_std": 0.1}, ("seed", 2), 1),
    ("blobs_features_3", "make_blobs", {"n_samples": 12, "n_features": 3, "centers": 4}, ("instance", 3), 2),
    ("blobs_no_shuffle", "make_blobs", {"n_samples": 8, "centers": 2, "shuffle": False}, ("seed", 4), 1),
    ("blobs_box", "make_blobs", {"n_samples": 6, "center_box": (-1.0, 1.0), "cluster_std": 0.0}, ("global", 6), 1),
    ("blobs_reversed_box", "make_blobs", {"n_samples": 5, "centers": 2, "center_box": (3.0, -3.0)}, ("seed", 9), 1),
    ("blobs_std_list", "make_blobs", {"n_samples": 9, "centers": 3, "cluster_std": [1.0, 2.5, 0.5]}, ("seed", 10), 1),
]

FUNCTIONS = {"make_moons": make_moons, "make_circles": make_circles, "make_blobs": make_blobs}


def literal(value):
    """An argument for the fixture: floats as repr strings, tuples as lists."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return [literal(item) for item in value]
    return value


def dataset_case(name, function, arguments, state, repeat):
    kind, seed = state
    if kind == "seed":
        generator = None
        random_state = seed
    elif kind == "global":
        np.random.seed(seed)
        random.seed(seed)
        generator = np.random.mtrand._rand
        random_state = None
    else:
        generator = R(seed)
        random_state = generator
    results = []
    for _ in range(repeat):
        kwargs = dict(arguments, random_state=random_state)
        if function == "make_blobs":
            X, y, centers = make_blobs(return_centers=True, **kwargs)
        else:
            X, y = FUNCTIONS[function](**kwargs)
            centers = None
        assert y.dtype == np.int64, y.dtype
        result = {"X": floats(X), "y": ints(y)}
        if centers is not None:
            result["centers"] = floats(centers)
        results.append(result)
    case = {
        "name": name,
        "function": function,
        "arguments": {key: literal(value) for key, value in arguments.items()},
        "tuple": isinstance(arguments.get("n_samples"), tuple),
        "state": {"kind": kind, "seed": seed},
        "results": results,
    }
    if generator is not None:
        case["after"] = after(generator)
    return case


DATASET_ERRORS = [  # (id, call)
    ("moons_zero", lambda: make_moons(n_samples=0)),
    ("moons_negative_noise", lambda: make_moons(noise=-0.1)),
    ("moons_nan_noise", lambda: make_moons(noise=float("nan"))),
    ("moons_infinite_noise", lambda: make_moons(noise=float("inf"))),
    ("moons_negative_zero_noise", lambda: make_moons(noise=-0.0, random_state=0)),
    ("moons_negative_seed", lambda: make_moons(random_state=-1)),
    ("moons_seed_too_large", lambda: make_moons(random_state=2**32)),
    ("moons_triple", lambda: make_moons(n_samples=(1, 2, 3))),
    ("moons_negative_part", lambda: make_moons(n_samples=(1, -2))),
    ("moons_n_samples_before_noise", lambda: make_moons(n_samples=0, noise=-1.0)),
    ("moons_noise_before_tuple", lambda: make_moons(n_samples=(1, 2, 3), noise=-1.0)),
    ("circles_negative", lambda: make_circles(n_samples=-1)),
    ("circles_factor_one", lambda: make_circles(factor=1.0)),
    ("circles_factor_negative", lambda: make_circles(factor=-0.1)),
    ("circles_factor_nan", lambda: make_circles(factor=float("nan"))),
    ("circles_triple", lambda: make_circles(n_samples=(1, 2, 3))),
    ("circles_negative_part", lambda: make_circles(n_samples=(-1, 2))),
    ("circles_seed_before_factor", lambda: make_circles(random_state=-1, factor=2.0)),
    ("blobs_zero", lambda: make_blobs(n_samples=0)),
    ("blobs_zero_features", lambda: make_blobs(n_features=0)),
    ("blobs_zero_centers", lambda: make_blobs(centers=0)),
    ("blobs_negative_std", lambda: make_blobs(cluster_std=-1.0)),
    ("blobs_nan_std", lambda: make_blobs(cluster_std=float("nan"))),
    ("blobs_negative_seed", lambda: make_blobs(random_state=-3)),
    ("blobs_short_box", lambda: make_blobs(center_box=(1.0,))),
    ("blobs_infinite_box", lambda: make_blobs(center_box=(0.0, float("inf")))),
    ("blobs_int_centers_with_counts", lambda: make_blobs(n_samples=[3, 4], centers=3)),
    ("blobs_std_in_list_negative", lambda: make_blobs(n_samples=10, centers=2, cluster_std=[1.0, -2.0], random_state=0)),
    ("blobs_std_in_list_negative_zero", lambda: make_blobs(n_samples=4, centers=2, cluster_std=[-0.0, 1.0], random_state=0)),
    ("blobs_empty_counts", lambda: make_blobs(n_samples=[])),
    ("blobs_centers_nan", lambda: make_blobs(n_samples=4, centers=[[0.0, float("nan")]])),
    ("blobs_centers_infinite", lambda: make_blobs(n_samples=4, centers=[[0.0, float("inf")]])),
    ("blobs_centers_no_rows", lambda: make_blobs(n_samples=4, centers=np.zeros((0, 2)))),
    ("blobs_centers_no_columns", lambda: make_blobs(n_samples=4, centers=np.zeros((2, 0)))),
    ("blobs_negative_count_first", lambda: make_blobs(n_samples=[-1, 3], random_state=0)),
    ("blobs_negative_count_later", lambda: make_blobs(n_samples=[3, -1], random_state=0)),
    ("blobs_negative_total", lambda: make_blobs(n_samples=[1, -4], random_state=0)),
]

# Messages that print the caller's objects: the Swift side spells them from its own values (see LibraryError).
DATASET_ERRORS_WITH_OBJECTS = [
    ("blobs_centers_count_mismatch", lambda: make_blobs(n_samples=[3, 4], centers=[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])),
    ("blobs_std_count_mismatch", lambda: make_blobs(n_samples=10, centers=[[1.5, 2.0], [3.0, -4.25]], cluster_std=[1.0, 2.0, 3.0])),
]


def make_sklearn_datasets():
    return {
        "versions": versions(),
        "cases": [dataset_case(*case) for case in DATASET_CASES],
        "errors": [dict(id=name, **error_of(call)) for name, call in DATASET_ERRORS + DATASET_ERRORS_WITH_OBJECTS],
    }


def main():
    if np.__version__ != NUMPY_VERSION or sklearn.__version__ != SKLEARN_VERSION:
        sys.exit(f"need numpy=={NUMPY_VERSION} and scikit-learn=={SKLEARN_VERSION}, "
                 f"found {np.__version__} and {sklearn.__version__}")
    only = set(sys.argv[1:])  # e.g. `make_numpy_fixtures.py numpy` for one file
    if not only or "numpy" in only:
        write_json(os.path.join(HERE, "numpy_random.json"), make_numpy_random())
    if not only or "sklearn" in only:
        write_json(os.path.join(HERE, "sklearn_datasets.json"), make_sklearn_datasets())


if __name__ == "__main__":
    main()
