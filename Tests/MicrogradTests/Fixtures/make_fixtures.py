#!/usr/bin/env python3
"""Reference fixtures for Gradbook's Swift engine, computed by CPython.

Run from anywhere with CPython 3.11 and the PyPI `micrograd` package (`pip install micrograd==0.1.0`):

    python3 Tests/MicrogradTests/Fixtures/make_fixtures.py

It writes, beside itself:
  random.json               CPython `random.Random` sequences for several seeds
  moons.json                the Python mirror of `Datasets.makeMoons`
  micrograd_package.json    the PyPI package's MLP(2, [16, 16, 1]) on the moons, as in micrograd's demo.ipynb
  lecture.json              the lecture's own Value/Neuron/Layer/MLP classes (also copied to
                            Tests/MicrogradScriptTests/Fixtures/lecture.json)

The package's `Value._prev` is a set ordered by object address, so its gradients can differ from run to run in
the last bits (about 1e-14 relative); the Swift tests compare computed values to 1e-12.

Floats are written by `json`, which uses `repr`, so every number round-trips exactly.
Files are written to a temporary file beside the target and renamed into place.
"""

import json
import math
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT_FIXTURES = os.path.join(HERE, "..", "..", "MicrogradScriptTests", "Fixtures")


def write_json(path, payload):
    temporary = path + ".tmp"
    with open(temporary, "w") as file:
        json.dump(payload, file, indent=1)
        file.write("\n")
    os.replace(temporary, path)
    print("wrote", os.path.relpath(path), file=sys.stderr)


# ---------------------------------------------------------------------------------------------------------------
# random.json

RANDOM_SEEDS = [0, 1, 42, 1337, -7, 2**32 + 5, 2**40 + 3]
GETRANDBITS_K = [0, 1, 5, 8, 31, 32, 33, 40, 53, 63, 64]
RANDBELOW_N = [1, 2, 3, 7, 10, 100, 1000, 2**31 - 1, 2**31, 2**32 + 1, 10**15]
CHOICE_POOL = [10, 20, 30, 40, 50, 60, 70]


def random_case(seed):
    """Each list starts from a fresh `random.Random(seed)`, so a failure points at one method."""
    case = {"seed": seed}
    r = random.Random(seed)
    case["random"] = [r.random() for _ in range(20)]
    r = random.Random(seed)
    case["uniform_minus1_1"] = [r.uniform(-1, 1) for _ in range(10)]
    r = random.Random(seed)
    case["gauss_0_1"] = [r.gauss(0, 1) for _ in range(10)]
    r = random.Random(seed)
    case["gauss_2.5_0.3"] = [r.gauss(2.5, 0.3) for _ in range(5)]
    r = random.Random(seed)
    case["getrandbits"] = [{"k": k, "value": r.getrandbits(k)} for k in GETRANDBITS_K]
    r = random.Random(seed)
    case["randbelow"] = [{"n": n, "value": r._randbelow(n)} for n in RANDBELOW_N]
    r = random.Random(seed)
    case["randrange_10"] = [r.randrange(10) for _ in range(20)]
    r = random.Random(seed)
    deck = list(range(20))
    r.shuffle(deck)
    case["shuffle_range_20"] = deck
    r = random.Random(seed)
    case["choice_pool"] = CHOICE_POOL
    case["choice"] = [r.choice(CHOICE_POOL) for _ in range(10)]
    # One generator used for everything in turn, with a re-seed that must drop the cached gauss value:
    # random(), gauss(0, 1), seed(seed), gauss(0, 1), gauss(0, 1), random(), getrandbits(40), uniform(-2, 3),
    # randbelow(1000), gauss(1, 2)
    r = random.Random(seed)
    mixed = [r.random(), r.gauss(0, 1)]
    r.seed(seed)
    mixed += [r.gauss(0, 1), r.gauss(0, 1), r.random(), r.getrandbits(40), r.uniform(-2, 3),
              r._randbelow(1000), r.gauss(1, 2)]
    case["mixed"] = mixed
    # The first 624 words fill one state block; these cross into the second (regenerated) block.
    r = random.Random(seed)
    case["random_after_700"] = [r.random() for _ in range(705)][700:]
    return case


def make_random():
    return {
        "python": sys.version.split()[0],
        "cases": [random_case(seed) for seed in RANDOM_SEEDS],
    }


# ---------------------------------------------------------------------------------------------------------------
# moons.json: a mirror of Datasets.makeMoons (Sources/Micrograd/Datasets/Datasets+Moons.swift)

def linspace(start, stop, count):
    """numpy.linspace's formula: start + i*step, the last point exactly stop, one point -> [start]."""
    if count <= 1:
        return [start] if count == 1 else []
    step = (stop - start) / (count - 1)
    values = [i * step + start for i in range(count)]
    values[-1] = stop
    return values


def make_moons(n, noise, seed):
    total = max(n, 0)
    n_out = total // 2
    n_in = total - n_out
    points = [[math.cos(t), math.sin(t)] for t in linspace(0.0, math.pi, n_out)]
    points += [[1 - math.cos(t), 1 - math.sin(t) - 0.5] for t in linspace(0.0, math.pi, n_in)]
    labels = [0] * n_out + [1] * n_in
    r = random.Random(seed)
    order = list(range(total))
    r.shuffle(order)
    shuffled = []
    for index in order:
        x, y = points[index]
        x = x + r.gauss(0, noise)
        y = y + r.gauss(0, noise)
        shuffled.append([x, y])
    return shuffled, [labels[index] for index in order]


MOONS_CASES = [(100, 0.1, 1337), (7, 0.25, 3), (6, 0.0, 0), (1, 0.1, 5)]


def make_moons_fixture():
    cases = []
    for n, noise, seed in MOONS_CASES:
        points, labels = make_moons(n, noise, seed)
        cases.append({"n": n, "noise": noise, "seed": seed, "points": points, "labels": labels})
    return {"cases": cases}


# ---------------------------------------------------------------------------------------------------------------
# micrograd_package.json: the PyPI package, following micrograd's demo.ipynb

PACKAGE_STEPS = 20
PACKAGE_GRADIENT_STEPS = 5


def make_package_fixture():
    from micrograd.engine import Value
    from micrograd.nn import MLP

    points, labels = make_moons(100, 0.1, 1337)
    X = points
    y = [2 * label - 1 for label in labels]

    random.seed(1337)
    model = MLP(2, [16, 16, 1])
    initial = [float(p.data) for p in model.parameters()]

    def loss():
        inputs = [list(map(Value, xrow)) for xrow in X]
        scores = list(map(model, inputs))
        losses = [(1 + -yi * scorei).relu() for yi, scorei in zip(y, scores)]
        data_loss = sum(losses) * (1.0 / len(losses))
        alpha = 1e-4
        reg_loss = alpha * sum((p * p for p in model.parameters()))
        total_loss = data_loss + reg_loss
        accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
        return total_loss, data_loss, reg_loss, sum(accuracy) / len(accuracy)

    steps = []
    started = time.time()
    for k in range(PACKAGE_STEPS):
        total_loss, data_loss, reg_loss, accuracy = loss()
        model.zero_grad()
        total_loss.backward()
        step = {
            "k": k,
            "total_loss": float(total_loss.data),
            "data_loss": float(data_loss.data),
            "reg_loss": float(reg_loss.data),
            "accuracy": accuracy,
        }
        if k < PACKAGE_GRADIENT_STEPS:
            step["gradients"] = [float(p.grad) for p in model.parameters()]
        steps.append(step)
        learning_rate = 1.0 - 0.9 * k / 100
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        print(f"package step {k} loss {total_loss.data}, accuracy {accuracy*100}%"
              f" ({time.time() - started:.1f}s)", file=sys.stderr)

    return {
        "package": "micrograd 0.1.0 (PyPI)",
        "seed": 1337,
        "nin": 2,
        "nouts": [16, 16, 1],
        "moons": {"n": 100, "noise": 0.1, "seed": 1337},
        "alpha": 1e-4,
        "learning_rate": "1.0 - 0.9*k/100",
        "parameter_count": len(initial),
        "initial_parameters": initial,
        "steps": steps,
        "final_parameters": [float(p.data) for p in model.parameters()],
    }


# ---------------------------------------------------------------------------------------------------------------
# lecture.json: the lecture's own classes (the video's micrograd, as in /work/shared/seeds/002_* to 004_*)
#
# One deliberate change: `_prev` keeps the operands in order (duplicates dropped) instead of a `set`, so the
# topological order, and with it the order gradients are summed in, does not depend on object addresses.

class Value:
    created = 0  # creation counter, so the fixture can list a graph's nodes in creation order

    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = tuple(dict.fromkeys(_children))
        self._op = _op
        self.label = label
        self.order = Value.created
        Value.created += 1

    def __repr__(self):
        return f"Value(data={self.data})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += 1.0 * out.grad
            other.grad += 1.0 * out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data**other, (self,), f'**{other}')

        def _backward():
            self.grad += other * (self.data ** (other - 1)) * out.grad
        out._backward = _backward
        return out

    def __rmul__(self, other):  # other * self
        return self * other

    def __truediv__(self, other):  # self / other
        return self * other**-1

    def __neg__(self):  # -self
        return self * -1

    def __sub__(self, other):  # self - other
        return self + (-other)

    def __radd__(self, other):  # other + self
        return self + other

    def tanh(self):
        x = self.data
        t = (math.exp(2*x) - 1)/(math.exp(2*x) + 1)
        out = Value(t, (self, ), 'tanh')

        def _backward():
            self.grad += (1 - t**2) * out.grad
        out._backward = _backward
        return out

    def exp(self):
        x = self.data
        out = Value(math.exp(x), (self, ), 'exp')

        def _backward():
            self.grad += out.data * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo = []
        visited = set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()


class Neuron:
    def __init__(self, nin):
        self.w = [Value(random.uniform(-1, 1)) for _ in range(nin)]
        self.b = Value(random.uniform(-1, 1))

    def __call__(self, x):
        act = sum((wi*xi for wi, xi in zip(self.w, x)), self.b)
        out = act.tanh()
        return out

    def parameters(self):
        return self.w + [self.b]


class Layer:
    def __init__(self, nin, nout):
        self.neurons = [Neuron(nin) for _ in range(nout)]

    def __call__(self, x):
        outs = [n(x) for n in self.neurons]
        return outs[0] if len(outs) == 1 else outs

    def parameters(self):
        return [p for neuron in self.neurons for p in neuron.parameters()]


class MLP:
    def __init__(self, nin, nouts):
        sz = [nin] + nouts
        self.layers = [Layer(sz[i], sz[i+1]) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]


def graph_nodes(root):
    """Every node reachable from root, in creation order: label, op, data, grad."""
    seen, stack = {}, [root]
    while stack:
        v = stack.pop()
        if id(v) not in seen:
            seen[id(v)] = v
            stack.extend(v._prev)
    nodes = sorted(seen.values(), key=lambda v: v.order)
    return [{"label": v.label, "op": v._op, "data": float(v.data), "grad": float(v.grad)} for v in nodes]


def named(values):
    return {v.label: {"data": float(v.data), "grad": float(v.grad)} for v in values}


def neuron_inputs():
    x1 = Value(2.0, label='x1')
    x2 = Value(0.0, label='x2')
    w1 = Value(-3.0, label='w1')
    w2 = Value(1.0, label='w2')
    b = Value(6.8813735870195432, label='b')
    x1w1 = x1*w1; x1w1.label = 'x1*w1'
    x2w2 = x2*w2; x2w2.label = 'x2*w2'
    x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = 'x1*w1 + x2*w2'
    n = x1w1x2w2 + b; n.label = 'n'
    return [x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n]


def lecture_neuron():
    values = neuron_inputs()
    n = values[-1]
    o = n.tanh(); o.label = 'o'
    o.backward()
    return {"values": named(values + [o]), "nodes": graph_nodes(o)}


def lecture_exp_neuron():
    values = neuron_inputs()
    n = values[-1]
    e = (2*n).exp(); e.label = 'e'
    o = (e - 1) / (e + 1); o.label = 'o'
    o.backward()
    return {"values": named(values + [e, o]), "nodes": graph_nodes(o)}


def lecture_a_plus_a():
    a = Value(3.0, label='a')
    b = a + a; b.label = 'b'
    b.backward()
    return {"values": named([a, b]), "nodes": graph_nodes(b)}


def lecture_shared_use():
    a = Value(-2.0, label='a')
    b = Value(3.0, label='b')
    d = a * b; d.label = 'd'
    e = a + b; e.label = 'e'
    f = d * e; f.label = 'f'
    f.backward()
    return {"values": named([a, b, d, e, f]), "nodes": graph_nodes(f)}


LECTURE_STEPS = 20
LECTURE_LEARNING_RATE = 0.1


def lecture_training():
    xs = [
        [2.0, 3.0, -1.0],
        [3.0, -1.0, 0.5],
        [0.5, 1.0, 1.0],
        [1.0, 1.0, -1.0],
    ]
    ys = [1.0, -1.0, -1.0, 1.0]
    random.seed(42)
    n = MLP(3, [4, 4, 1])
    initial = [p.data for p in n.parameters()]
    initial_predictions = [n(x).data for x in xs]
    losses = []
    first_gradients = None
    for k in range(LECTURE_STEPS):
        ypred = [n(x) for x in xs]
        loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
        for p in n.parameters():
            p.grad = 0.0
        loss.backward()
        if k == 0:
            first_gradients = [p.grad for p in n.parameters()]
        for p in n.parameters():
            p.data += -LECTURE_LEARNING_RATE * p.grad
        losses.append(loss.data)
    return {
        "seed": 42,
        "nin": 3,
        "nouts": [4, 4, 1],
        "xs": xs,
        "ys": ys,
        "learning_rate": LECTURE_LEARNING_RATE,
        "steps": LECTURE_STEPS,
        "initial_parameters": initial,
        "initial_predictions": initial_predictions,
        "first_gradients": first_gradients,
        "losses": losses,
        "final_parameters": [p.data for p in n.parameters()],
        "final_predictions": [n(x).data for x in xs],
    }


def make_lecture():
    return {
        "note": "the lecture's Value/Neuron/Layer/MLP; tanh = (exp(2x)-1)/(exp(2x)+1); _prev ordered, not a set",
        "neuron": lecture_neuron(),
        "exp_neuron": lecture_exp_neuron(),
        "a_plus_a": lecture_a_plus_a(),
        "shared_use": lecture_shared_use(),
        "training": lecture_training(),
    }


def main():
    only = set(sys.argv[1:])  # e.g. `make_fixtures.py random moons` to skip the slow package run

    def wanted(name):
        return not only or name in only

    if wanted("random"):
        write_json(os.path.join(HERE, "random.json"), make_random())
    if wanted("moons"):
        write_json(os.path.join(HERE, "moons.json"), make_moons_fixture())
    if wanted("lecture"):
        lecture = make_lecture()
        write_json(os.path.join(HERE, "lecture.json"), lecture)
        os.makedirs(SCRIPT_FIXTURES, exist_ok=True)
        write_json(os.path.join(SCRIPT_FIXTURES, "lecture.json"), lecture)
    if wanted("package"):
        write_json(os.path.join(HERE, "micrograd_package.json"), make_package_fixture())


if __name__ == "__main__":
    main()
