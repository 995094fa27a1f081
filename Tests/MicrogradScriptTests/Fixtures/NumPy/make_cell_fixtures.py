"""Makes the session-level fixtures for Gradbook's numpy, numpy.random and sklearn.datasets modules.

Each case is a cell of Python that prints; this script runs it with the real libraries and records what it printed,
followed by `Kind: message` if it raised (as Gradbook shows an error that stops a cell). The Swift tests run the same
source in a Gradbook session and compare the text exactly.

Run with CPython 3.11, numpy 1.26.4, scikit-learn 1.5.2 and micrograd 0.1.0 (the versions are written into each
file):

    python3 -m venv /work/venvs/np && /work/venvs/np/bin/pip install numpy==1.26.4 scikit-learn==1.5.2 micrograd==0.1.0
    /work/venvs/np/bin/python make_cell_fixtures.py

It writes `cells.json` beside itself and `../ScikitLearn/cells.json`. A case runs in a fresh namespace with
micrograd's `Value` (Gradbook's is built in) and an `MLP` that takes Gradbook's `activation=` keyword (micrograd's MLP
is the ReLU network Gradbook makes with `activation="relu"`). A case with a `python` source runs that instead and
must print what Gradbook prints for `source` (used for what numpy cannot do without OS entropy).
"""
import contextlib
import io
import json
import os
import platform
import sys
import warnings

import micrograd.nn
import numpy as np
import sklearn
from micrograd.engine import Value

assert np.__version__ == "1.26.4", np.__version__
assert sklearn.__version__ == "1.5.2", sklearn.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {
    "numpy": np.__version__, "scikit-learn": sklearn.__version__, "micrograd": "0.1.0",
    "python": platform.python_version(), "machine": platform.machine(),
}


def MLP(nin, nouts, activation="relu"):
    """micrograd's MLP, accepting Gradbook's `activation=` keyword."""
    assert activation == "relu"
    return micrograd.nn.MLP(nin, nouts)


def run(source):
    out = io.StringIO()
    namespace = {"Value": Value, "MLP": MLP}
    error = None
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(source, "<cell>", "exec"), namespace)
        except Exception as e:  # noqa: BLE001 - the fixture records whatever the library raises
            error = f"{type(e).__name__}: {e}"
    text = out.getvalue()
    if text.endswith("\n"):
        text = text[:-1]
    if error is not None:
        text = error if not text else text + "\n" + error
    return text


NUMPY_CASES = {
    "creation": """
import numpy as np
print(np.arange(10)); print(repr(np.arange(-5, 5, 0.25)))
print(np.arange(3.0), np.arange(1, 2, 0.3), np.arange(5, dtype=float), np.arange(0, -3, -1))
print(repr(np.linspace(0, 1, 5)), np.linspace(0, 1, 4, endpoint=False), np.linspace(2, 3, 5, retstep=True))
print(repr(np.zeros(3)), repr(np.ones((2, 3), dtype=int)), repr(np.full((2, 2), 7)), repr(np.full(3, 0.5)))
print(repr(np.zeros((2, 0))), repr(np.ones(0)), np.empty((1, 2)).shape)
a = np.array([[1, 2], [3, 4]])
print(repr(np.zeros_like(a)), repr(np.ones_like(a, dtype=float)), repr(np.full_like(a, 2.7)))
print(repr(np.eye(3)), repr(np.eye(2, 3, k=1, dtype=int)), repr(np.identity(2)))
print(repr(np.array([1, 2.5, True])), repr(np.array([[True, False]])), repr(np.array([], dtype=int)))
print(repr(np.array(3.5)), repr(np.array([1, 2], dtype=float)), repr(np.array([1.7, -2.7], dtype=int)), repr(np.array(5, ndmin=2)))
print(repr(np.asarray([1, 2])), repr(np.array(range(4))), repr(np.array((1, (2, 3))[1])))
""",
    "ragged": "import numpy as np\nnp.array([[1, 2], [3]])",
    "joining": """
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
print(np.vstack([a, b])); print(np.hstack((a, b))); print(np.column_stack([a, b]))
print(np.concatenate([a, b]), np.concatenate([np.ones((2, 2)), np.zeros((1, 2))]), np.concatenate([[[1]], [[2]]], axis=1))
print(np.concatenate([np.eye(2), a[:2].reshape(2, 1)], axis=None))
print(np.c_[a, b]); print(np.c_[a, b, a * 10]); print(np.r_[a, b], np.r_[0:5], np.r_[1:2:0.25, 7])
xx, yy = np.meshgrid(np.arange(3), np.linspace(0, 1, 2))
print(xx); print(yy); print(np.c_[xx.ravel(), yy.ravel()])
ii, jj = np.meshgrid([1, 2], [3, 4, 5], indexing='ij')
print(ii, jj, sep='\\n')
""",
    "attributes": """
import numpy as np
X = np.arange(6.0).reshape(2, 3)
print(X.shape, X.ndim, X.size, X.dtype, repr(X.dtype), X.T, X.T.shape, X.itemsize, X.nbytes)
print(X.dtype == 'float64', X.dtype == np.float64, X.dtype == float, X.dtype == int, X.dtype.name, X.dtype.kind)
print(np.arange(3).dtype, (np.arange(3) > 1).dtype, np.dtype('float64'), np.zeros(2, dtype='int64').dtype)
print(isinstance(X, np.ndarray), type(X) is np.ndarray, np.float64(2.5), np.int64(3.9), np.bool_(0), np.float64(3) + 1)
""",
    "methods": """
import numpy as np
X = np.arange(12).reshape(3, 4)
print(X.reshape(-1), X.reshape((2, 6)), X.reshape(4, -1).shape, X.ravel(), X.flatten())
c = X.copy(); c[0, 0] = 100; print(X[0, 0], c[0, 0])
print(repr(X.astype(float)), repr(X.astype(bool)), repr(X.astype(np.float64) / 2), repr((X / 3).astype(int)))
print(X.tolist(), X[0].tolist(), np.array(2.5).tolist(), X.item(5), np.array([[7.5]]).item(), X.item((1, 2)))
print(X.sum(), X.sum(axis=0), X.sum(axis=1, keepdims=True), X.sum(axis=(0, 1)), X.mean(), X.mean(axis=0))
print(X.min(), X.max(axis=1), X.argmax(), X.argmin(axis=0), X.argmax(axis=1), X.prod(axis=0))
print(X.std(), X.var(axis=1), X.std(ddof=1), (X > 5).any(), (X > 5).all(axis=1), X.cumsum(), X.cumsum(axis=0))
print(X.dot(np.ones(4)), X.T.dot(X), X.clip(2, 8), X.clip(None, 3), (X / 7).round(2), X.transpose(), X.transpose(1, 0).shape)
v = np.array([0.5, 1.5, 2.5, -0.5]); print(v.round(), np.round(v), np.around(2.675, 2), v.nonzero(), np.nonzero(X[0]))
f = np.zeros(3); f.fill(2.5); print(f, abs(np.array([-1, 2])), abs(np.array([-1.5])))
""",
    "arithmetic": """
import numpy as np
x = np.array([1.0, 2.0, 4.0]); i = np.array([3, -7, 8]); b = np.array([True, False, True])
print(x + 1, 1 + x, x - 1, 10 - x, x * 2, 2 * x, x / 2, 1 / x, x // 3, 7 // x, x % 3, 7 % x, x ** 2, 2 ** x, x ** 0.5)
print(i + 1, i * 2, i / 2, i // 3, i % 3, -i, +i, i ** 2, 2 ** i[::2], i + 0.5, i * True, b + b, b * 3, ~b, -x)
print(x + [10, 20, 30], [10, 20, 30] - x, x + i, x[:, None] * x, np.ones((2, 3)) + np.arange(3), x @ x, np.eye(2) @ [1, 2])
print(i & 6, i | 1, i ^ 5, b & [True, True, False], b | False, b ^ True, ~i, i << 2, i >> 1)
print(x / 0, -x / 0, np.array([0.0]) / 0, i // 0, i % 0, x == [1, 5, 4], x != 2, x < 2, x <= 2, x > 2, x >= 2, 2 < x)
y = np.array([1, 0, 1]); print(y * 2 - 1, (y * 2 - 1).dtype)
""",
    "in_place": """
import numpy as np
a = np.arange(6.0).reshape(2, 3)
row = a[0]
a += 1; print(a, row)
row *= 10; print(a)
a[:, 0] -= 100; print(a)
a /= 2; print(a)
n = np.arange(3); n += 2; n *= 3; n //= 2; print(n)
n += 1.5
""",
    "indexing": """
import numpy as np
X = np.arange(12.0).reshape(3, 4)
print(X[0], X[-1], X[1, 2], X[1][2], X[:, 0], X[1:, ::2], X[::-1, -1], X[None].shape, X[:, None, 0].shape)
print(X[[2, 0]], X[[0, 2], [1, 3]], X[np.array([1, 1])], X[X > 6], X[:, 0] > 3, X[X[:, 0] > 3], X[[True, False, True]])
y = np.array([1, -1, 1]); print(X[y == 1], X[y > 0, 1], len(X), len(X[0]))
ri = np.array([2, 0, 1]); print(X[ri], y[ri], X[ri][:2])
X[0] = 7; X[1, 1] = -1; X[:, 3] = [10, 20, 30]; X[X < 0] = 0; X[[2], [0]] = 99; print(X)
X[2] = np.arange(4); print(X)
v = X[1:, 1:]; v[:] = 5; print(X)
""",
    "index_errors": """
import numpy as np
X = np.arange(6).reshape(2, 3)
def put():
    X[0] = [1, 2]
for f in [lambda: X[2], lambda: X[0, 3], lambda: X[-3], lambda: X[0, 0, 0], lambda: X[::0], lambda: X[1.5],
          lambda: X[[0, 5]], lambda: X[np.array([True, False, True])], put,
          lambda: X.sum(axis=2), lambda: X.reshape(4, 2), lambda: np.ones(3) + np.ones(4), lambda: X @ X,
          lambda: np.dot(X, X), lambda: np.zeros(-1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
""",
    "iteration": """
import numpy as np
X = np.array([[1.0, 2.0], [3.0, 4.0]]); y = np.array([1, -1])
for row in X:
    print(row, list(row), [float(v) for v in row])
for xi, yi in zip(X, y):
    print(xi * yi, yi)
print(list(y), sum(y), sum(X), sorted(np.array([3.0, 1.0, 2.0])), max(y), min(X[0]), 3.0 in X, 5 in y, [1.0, 2.0] in X)
print([v > 0 for v in y], dict(zip(['a', 'b'], y)), list(enumerate(X[1])), tuple(np.arange(3)))
""",
    "truth_format_hash": """
import numpy as np
print(bool(np.array([1])), bool(np.array([0.0])), not np.array([2]), f"{np.array(0.5):.3f}", f"{np.arange(3).sum():5d}", f"{np.float64(2)/3:.4f}")
print(format(np.arange(3)), f"{np.arange(3)}", str(np.array(True)), repr(np.array(2)))
for f in [lambda: bool(np.array([1, 2])), lambda: hash(np.zeros(2)), lambda: {np.zeros(2): 1}, lambda: f"{np.arange(3):.2f}",
          lambda: len(np.array(5)), lambda: list(np.array(5))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
if np.array([0.0, 0.0]).any():
    print("never")
if np.array([1, 2]):
    print("ambiguous")
""",
    "ufuncs": """
import numpy as np
x = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
print(np.exp(x), np.tanh(x), np.sin(x), np.cos(x), np.abs(x), np.sign(x), np.square(x), np.floor(x), np.ceil(x))
print(np.sqrt(np.abs(x)), np.log(np.abs(x) + 1), np.log(-1.0), np.sqrt(-4.0), np.isnan(np.log(x)), np.isinf(1 / x))
print(np.maximum(x, 0), np.minimum(x, [0, 0, 0, 0, 1]), np.maximum(2, 3), np.exp(1), np.tanh(0.5), np.abs(-3), np.exp([0, 1]))
print(np.round(np.array([1.25, 2.5, -0.5])), np.round(3.14159, 2), np.where(x > 0, x, 0), np.where([True, False], 1, -1.5), np.where(x < 0))
print(np.clip(x, -1, 1), np.clip([1, 5, 9], 2, 6), np.dot([1, 2], [3, 4]), np.dot(np.eye(2), [1.5, 2]), np.matmul(np.ones((2, 2)), np.ones((2, 1))))
print(np.add(x, 1), np.multiply(2, x), np.power(x, 2), np.divide(1, 4), np.greater(x, 0), np.logical_and(x > -1, x < 1), np.logical_not(x > 0))
class V:
    def __init__(self, x): self.x = x
    def tanh(self): return V(self.x * 2)
    def __ge__(self, other): return self.x >= other
    def __le__(self, other): return self.x <= other
    def __repr__(self): return f'V({self.x})'
class W:
    pass
print(np.tanh(V(0.5)), np.maximum(V(1.0), 0.7), np.maximum(V(0.5), 0.7), np.minimum(V(0.5), 0.7), np.abs(-2))
for f in [lambda: np.tanh(W()), lambda: np.array([1.5]) & 1, lambda: ~np.array([1.5])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(np.pi, np.e, np.inf, np.nan, np.newaxis)
""",
    "reductions": """
import numpy as np
X = np.array([[0.1, 0.7, 0.2], [0.5, 0.25, 1e-3]])
print(np.sum(X), np.sum(X, axis=0), np.mean(X, axis=1), np.max(X), np.min(X, axis=0), np.argmax(X), np.argmax(X, axis=1))
print(np.std(X), np.var(X, axis=0), np.prod([1, 2, 3]), np.any(X > 0.6), np.all(X > 0), np.cumsum([1, 2, 3]), np.amax(X), np.amin(X))
print(np.sum([[1, 2], [3, 4]], axis=1, keepdims=True), np.mean([1, 2]), np.sum(np.arange(100000) * 0.1), np.mean(np.linspace(0, 1, 1001)))
print(np.argmin([3, 1, 1]), np.max([]) if False else 0, X.sum(axis=-1), X.max(axis=(0, 1)))
np.max(np.array([]))
""",
    "printing": """
import numpy as np
print(np.arange(2000)); print(repr(np.linspace(0, 1, 1200).reshape(40, 30)))
print(np.array([1e-8, 1.0]), np.array([1e16, 1.0]), np.array([np.nan, np.inf, -np.inf, 0.0]), np.array([0.1 + 0.2]))
print(repr(np.arange(24).reshape(2, 3, 4)), repr(np.array([[True, False], [False, True]])))
print(repr(np.array([-1.5, 100000.25])), np.array([123456789.0, 1.0]), repr(np.zeros((0, 3), dtype=int)))
""",
    "random_global": """
import numpy as np
np.random.seed(0)
print(np.random.rand(), np.random.rand(3), np.random.rand(2, 2))
print(np.random.randn(), np.random.randn(3), np.random.random(), np.random.random((2, 2)), np.random.random_sample(2))
print(np.random.uniform(), np.random.uniform(-1, 1, size=3), np.random.normal(), np.random.normal(5, 2, size=(2, 2)))
print(np.random.randint(10), np.random.randint(5, 10, size=6), np.random.randint(3, size=(2, 3)), np.random.randint(-5, -1))
print(np.random.permutation(6), np.random.permutation([1.5, 2.5, 3.5]), np.random.permutation(np.arange(6).reshape(3, 2)))
l = [1, 2, 3, 4, 5]; np.random.shuffle(l); print(l)
a = np.arange(10); np.random.shuffle(a); print(a)
m = np.arange(8).reshape(4, 2); v = m[:, 0]; np.random.shuffle(m); print(m, v)
print(np.random.choice(5), np.random.choice(5, 3), np.random.choice(['a', 'b', 'c'], size=4) if False else 0)
print(np.random.choice([10, 20, 30], size=4, replace=False) if False else np.random.choice([10, 20, 30, 40], size=3, replace=False))
print(np.random.choice(4, size=5, p=[0.1, 0.2, 0.3, 0.4]), np.random.choice(4, size=2, replace=False, p=[0.1, 0.2, 0.3, 0.4]))
print(np.random.choice([1.5, 2.5]), np.random.standard_normal(2), np.random.sample(), np.random.ranf())
np.random.seed([1, 2, 3]); print(np.random.rand())
np.random.seed(np.array([4, 5])); print(np.random.rand())
np.random.seed(1337); print(np.random.permutation(100)[:10])
""",
    "random_state": """
import numpy as np
np.random.seed(5)
r = np.random.RandomState(42)
print(r.rand(2), r.randn(2), r.randint(0, 100, size=3), r.uniform(2, 3), r.normal(size=2), r.choice(10, 3))
print(np.random.rand())
s = np.random.RandomState(42); print(s.rand(2))
s.seed(7); print(s.random_sample((1, 2)), s.permutation(5))
l = list(range(6)); s.shuffle(l); print(l, isinstance(s, np.random.RandomState))
""",
    "random_errors": """
import numpy as np
for f in [lambda: np.random.seed(-1), lambda: np.random.seed(1.5), lambda: np.random.RandomState('ab'), lambda: np.random.seed([]),
          lambda: np.random.seed([[1, 2]]), lambda: np.random.randint(0), lambda: np.random.randint(5, 1), lambda: np.random.rand(-1),
          lambda: np.random.rand(2.5), lambda: np.random.normal(scale=-1), lambda: np.random.choice(0), lambda: np.random.choice([]),
          lambda: np.random.choice(5, 6, replace=False), lambda: np.random.choice(5, p=[0.5, 0.5]), lambda: np.random.permutation(2.5),
          lambda: np.random.shuffle(5), lambda: np.random.shuffle((1, 2)), lambda: np.random.choice([[1, 2]]),
          lambda: np.random.choice(2.5), lambda: np.random.uniform('a'), lambda: np.random.normal(None),
          lambda: np.random.randint(5, size=2.5), lambda: np.random.uniform(0, np.inf), lambda: np.random.choice(3, p=[0.5, 0.6, -0.1])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
np.random.seed(0)
print(np.random.randint(1.5), np.random.random_sample(None))
""",
    "unseeded": {
        "source": """
import numpy as np
a = np.random.rand()
np.random.seed()
b = np.random.rand()
r = np.random.RandomState()
print(a, b, r.rand(), np.random.RandomState(None).rand())
""",
        "python": """
import numpy as np
print(np.random.RandomState([0, 0, 0]).rand(), np.random.RandomState([1, 0, 0]).rand(), np.random.RandomState([2, 0, 0]).rand(), np.random.RandomState([3, 0, 0]).rand())
""",
    },
    "demo": """
import random
import numpy as np
from sklearn.datasets import make_moons, make_blobs
np.random.seed(1337)
random.seed(1337)
X, y = make_moons(n_samples=100, noise=0.1)
y = y*2 - 1 # make y be -1 or 1
print(X[:5]); print(y[:20]); print(X.shape, y.shape, X.dtype, y.dtype)
model = MLP(2, [16, 16, 1], activation="relu") # 2-layer neural network

def loss(batch_size=None):
    # inline DataLoader :)
    if batch_size is None:
        Xb, yb = X, y
    else:
        ri = np.random.permutation(X.shape[0])[:batch_size]
        Xb, yb = X[ri], y[ri]
    inputs = [list(map(Value, xrow)) for xrow in Xb]

    # forward the model to get scores
    scores = list(map(model, inputs))

    # svm "max-margin" loss
    losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(yb, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    # L2 regularization
    alpha = 1e-4
    reg_loss = alpha * sum((p*p for p in model.parameters()))
    total_loss = data_loss + reg_loss

    # also get accuracy
    accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(yb, scores)]
    return total_loss, sum(accuracy) / len(accuracy)

total_loss, acc = loss()
print(total_loss.data, acc)
for k in range(3):
    total_loss, acc = loss(batch_size=10)
    print(f"batch {k} loss {total_loss.data}, accuracy {acc*100}%")

h = 0.25
x_min, x_max = X[:, 0].min() - 1, X[:, 0].max() + 1
y_min, y_max = X[:, 1].min() - 1, X[:, 1].max() + 1
xx, yy = np.meshgrid(np.arange(x_min, x_max, h),
                     np.arange(y_min, y_max, h))
Xmesh = np.c_[xx.ravel(), yy.ravel()]
inputs = [list(map(Value, xrow)) for xrow in Xmesh]
scores = list(map(model, inputs))
Z = np.array([s.data > 0 for s in scores])
Z = Z.reshape(xx.shape)
print(x_min, x_max, y_min, y_max, xx.shape, Xmesh[:3], Z.sum(), Z[0], xx.min(), xx.max(), yy.min(), yy.max())
""",
}

SKLEARN_CASES = {
    "moons": """
import numpy as np
from sklearn.datasets import make_moons
X, y = make_moons(random_state=0)
print(X[:4], y[:10], X.shape, X.dtype, y.dtype)
print(make_moons(n_samples=6, shuffle=False))
print(make_moons(n_samples=(2, 3), noise=0.05, random_state=3))
np.random.seed(1337)
X, y = make_moons(n_samples=100, noise=0.1)
print(X[-3:], y[-10:], np.random.rand())
r = np.random.RandomState(9); print(make_moons(5, noise=0.2, random_state=r)[0], r.rand())
print(make_moons(n_samples=True, random_state=1), make_moons(3, noise=0, random_state=2)[0])
""",
    "circles": """
import numpy as np
from sklearn.datasets import make_circles
X, y = make_circles(n_samples=8, random_state=1)
print(X, y)
print(make_circles(n_samples=6, factor=0.5, noise=0.1, shuffle=False, random_state=2))
print(make_circles(n_samples=(3, 2), random_state=5), make_circles(0, random_state=0))
""",
    "blobs": """
import numpy as np
from sklearn.datasets import make_blobs
X, y = make_blobs(n_samples=10, random_state=0)
print(X, y)
print(make_blobs(n_samples=6, centers=2, n_features=3, random_state=1))
print(make_blobs(n_samples=[2, 3], centers=[[0, 0], [5, 5]], cluster_std=[0.1, 2.0], random_state=2))
print(make_blobs(n_samples=4, centers=[[1, 1]], center_box=(0, 1), shuffle=False, random_state=3))
print(make_blobs(n_samples=5, return_centers=True, random_state=4))
print(make_blobs(n_samples=np.array([1, 2]), random_state=5))
np.random.seed(3); print(make_blobs(n_samples=3)[0], np.random.rand())
""",
    "errors": """
import numpy as np
from sklearn.datasets import make_moons, make_circles, make_blobs
for f in [lambda: make_moons(1.5), lambda: make_moons(n_samples=[50, 50]), lambda: make_moons(shuffle=1), lambda: make_moons(noise='a'),
          lambda: make_moons(noise=-0.1), lambda: make_moons(random_state=1.5), lambda: make_moons(random_state=-1),
          lambda: make_moons(random_state='x'), lambda: make_moons(10, 0.1), lambda: make_moons(n_samples=(3, 4, 5)),
          lambda: make_moons(0), lambda: make_moons(n_samples=(2, -1)), lambda: make_moons(noise=-0.0, random_state=0),
          lambda: make_circles(factor=1), lambda: make_circles(n_samples=-1), lambda: make_circles(n_samples=(1,)),
          lambda: make_blobs(n_samples=[2, 3], centers=[[1, 2]]), lambda: make_blobs(n_samples=10, centers=[[1, 2], [3, 4]], cluster_std=[1, 2, 3]),
          lambda: make_blobs(centers=[1, 2]), lambda: make_blobs(n_samples=5, n_features=2.0), lambda: make_blobs(cluster_std=None),
          lambda: make_blobs(center_box=[1, 2]), lambda: make_blobs(n_samples=[1, 2], centers=3), lambda: make_blobs(n_samples=0),
          lambda: make_blobs(centers=0), lambda: make_blobs(cluster_std=-1), lambda: make_blobs(center_box=(1,)),
          lambda: make_blobs(n_samples=3, centers=2, cluster_std=[1.0, 2.0, 3.0], random_state=0), lambda: make_moons(bogus=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    make_moons(0)
except ValueError:
    print("a ValueError")
try:
    make_moons(shuffle=2)
except TypeError:
    print("and a TypeError")
""",
}


def cases(table):
    out = []
    for name, case in table.items():
        if isinstance(case, dict):
            source, python = case["source"].strip("\n"), case["python"].strip("\n")
        else:
            source = python = case.strip("\n")
        out.append({"name": name, "source": source, "output": run(python)})
    return out


def write(path, payload):
    temporary = path + ".tmp"
    with open(temporary, "w") as f:
        json.dump(payload, f, indent=1, ensure_ascii=False)
        f.write("\n")
    os.replace(temporary, path)


write(os.path.join(HERE, "cells.json"), {"versions": VERSIONS, "cases": cases(NUMPY_CASES)})
write(os.path.join(HERE, "..", "ScikitLearn", "cells.json"), {"versions": VERSIONS, "cases": cases(SKLEARN_CASES)})
