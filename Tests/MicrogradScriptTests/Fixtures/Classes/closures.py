# Closures: cells shared by value of the variable, nonlocal, late binding, and closures stored on attributes.
def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    def peek():
        return count
    return step, peek
step, peek = make_counter(10)
step(), step(5), peek()
# %%
adders = [lambda x: x + i for i in range(3)]
bound = [lambda x, i=i: x + i for i in range(3)]
[f(10) for f in adders], [f(10) for f in bound]
# %%
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
outer()()
# %%
class Node:
    def __init__(self, data, children=(), op=""):
        self.data = data
        self.grad = 0.0
        self._prev = set(children)
        self._op = op
        self._backward = lambda: None
    def __repr__(self):
        return f"Node(data={self.data}, grad={self.grad})"
    def __mul__(self, other):
        out = Node(self.data * other.data, (self, other), "*")
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
    def __add__(self, other):
        out = Node(self.data + other.data, (self, other), "+")
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out
    def backward(self):
        topo, seen = [], set()
        def build(v):
            if v not in seen:
                seen.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()
a, b, c = Node(2.0), Node(-3.0), Node(10.0)
e = a * b
d = e + c
f = d * d
f.backward()
a, b, c, d, f, f._op, len(f._prev)
# %%
def tally():
    counts = {}
    def see(word):
        counts[word] = counts.get(word, 0) + 1
    return see, counts
see, counts = tally()
for w in "a b a c a".split():
    see(w)
sorted(counts.items())
# %%
def broken():
    def inner():
        return later
    r = inner()
    later = 1
    return r
broken()
# %%
def scope():
    total = 0
    def add():
        total += 1
    add()
scope()
