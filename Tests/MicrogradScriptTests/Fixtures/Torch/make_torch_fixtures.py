"""Makes the torch reference fixtures for Gradbook's torch subset (Tests/MicrogradScriptTests/Torch).

Run with torch 2.15.0 from PyPI (its default wheel, 2.15.0+cu132, computing on the CPU) on CPython 3.11.7, x86-64
Linux; the versions are written into both files:

    python3 -m venv /tmp/torchvenv && /tmp/torchvenv/bin/pip install torch==2.15.0
    /tmp/torchvenv/bin/python make_torch_fixtures.py

`cells.json`: each case is a cell's source, run here as Python; `output` is what its print() calls wrote, or `error` is the
exception it ended with, as `Kind: message`. Cases marked `exact: false` print numbers that torch computes with its
own vectorised kernels (SLEEF's tanh, its division and sigmoid backward formulas, its summation order); Gradbook's
engine agrees with them to a few units in the last place, so the test compares those numbers to 1e-12 relative.

`elementwise.json`: for each operation of the subset and each floating dtype, a cell with 64 random elements and
the values (`y.tolist()`) and gradients (`x.grad.tolist()`) torch computed, which the test compares unit in the
last place by unit in the last place.
"""
import contextlib
import io
import json
import platform
import warnings

import torch

warnings.simplefilter("ignore")

CASES = []


def case(name, source, exact=True):
    CASES.append((name, source.strip("\n"), exact))


# Printing: float32 (no dtype suffix), float64, int64, 0-d, empty, flags and grad_fn names.
case("print_basic", """
import torch
print(torch.Tensor([2.0]))
print(torch.Tensor([2.0]).double())
print(torch.tensor([1.5, 2]))
print(torch.tensor([1, 2, 3]))
print(torch.tensor(2.0))
print(torch.tensor(3))
print(torch.tensor([]))
print(torch.Tensor([]))
print(torch.tensor([], dtype=torch.float64))
print(torch.tensor([], dtype=torch.int64))
print(torch.tensor([-0.0, 0.0]))
print(torch.tensor([0.0, 0.0], dtype=torch.float64))
print(torch.tensor(-0.0))
print(torch.tensor([2.0], requires_grad=True))
print(torch.tensor(2.0, dtype=torch.float64, requires_grad=True))
""")
case("print_modes", """
import torch
print(torch.tensor([1e-5, 1.0]))
print(torch.tensor([1e9]))
print(torch.tensor([1., 2., 1e4]))
print(torch.tensor([1., 2., 999.]))
print(torch.tensor([1.5, 2., 1500.]))
print(torch.tensor([float('nan'), 1.0, float('inf')]))
print(torch.tensor([float('nan'), 1.5, float('-inf')]))
print(torch.tensor([float('nan')]))
print(torch.tensor([float('inf'), -float('inf')], dtype=torch.float64))
print(torch.tensor([1e-5, float('nan')]))
print(torch.tensor([123456789.0, 1.0], dtype=torch.float64))
print(torch.tensor([0.00012, 0.5]))
print(torch.tensor([0.0001, 0.5]))
print(torch.tensor([-1e20, 3.0], dtype=torch.float64))
print(torch.tensor(1e-7))
print(torch.tensor(123456.789, dtype=torch.float64))
print(torch.tensor(-2.5))
print(torch.tensor([100000000.0]))
print(torch.tensor([1000000000.0, 0.5]))
print(torch.tensor([-5, 123456789012]))
print(torch.tensor(-7))
""")
case("print_wrapping", """
import torch
print(torch.tensor([i * 0.25 for i in range(-10, 30)]))
print(torch.tensor([i * 1.0 for i in range(40)], dtype=torch.float64, requires_grad=True))
print(torch.tensor([i for i in range(-20, 20)]))
print(torch.tensor([i * 1e-6 for i in range(1, 15)], requires_grad=True))
x = torch.tensor([i * 0.5 for i in range(12)], dtype=torch.float64, requires_grad=True)
print(x * 2)
print(torch.tensor([0.1 * i for i in range(11)], dtype=torch.float64) * 3)
""")
case("print_summarised", """
import torch
print(torch.tensor([i * 0.5 for i in range(1001)]))
print(torch.tensor([i * 0.5 for i in range(1000)]))
print(torch.tensor([i for i in range(2000)]))
print(torch.tensor([1e-6 * i for i in range(1500)], dtype=torch.float64, requires_grad=True))
""")
case("print_sizes_and_dtypes", """
import torch
print(torch.float32, torch.float64, torch.double, torch.float, torch.int64, torch.long)
print(torch.Size([1]), torch.Size([]), torch.Size([2, 3]))
x = torch.tensor([1.0, 2.0, 3.0])
print(x.shape, x.size(), x.dtype, x.shape[0], len(x), x.size(0), x.size(-1), x.dim(), x.ndim, x.numel())
print(torch.tensor(2.0).shape, torch.tensor(2.0).dim())
print(x.shape == (3,), x.shape == torch.Size([3]), x.shape != (2,))
print(x.dtype is torch.float32, x.double().dtype is torch.float64, torch.float is torch.float32)
print(torch.tensor([1, 2]).dtype, torch.tensor([1, 2.5]).dtype, torch.tensor([True, 2]).dtype)
print(x.dtype.is_floating_point, torch.tensor([1]).dtype.is_floating_point, x.dtype.itemsize)
print(type(x).__name__, isinstance(x, torch.Tensor), torch.is_tensor(x), torch.is_tensor(2.0))
""")
case("grad_fn_names", """
import torch
x = torch.tensor([2.0], requires_grad=True)
for y in [x * 2, 2 * x, x + 1, 1 + x, x - 1, 1 - x, x / 2, 2 / x, x ** 2, x ** 0.5, -x, x.neg(), x.relu(),
          x.tanh(), x.exp(), x.sigmoid(), x.sum(), x.double(), torch.tanh(x), torch.exp(x), torch.sigmoid(x),
          torch.relu(x), torch.neg(x), torch.sum(x), x * x, x[0]]:
    print(y)
print(x.grad_fn, (x * 1).requires_grad, (x * 1).is_leaf, x.data.requires_grad, x.detach().requires_grad)
print((x * 2).grad_fn.name(), type((x * 2).grad_fn).__name__)
o = x.tanh()
print(o.grad_fn is o.grad_fn)
""")
case("float32_rounding", """
import torch
a = torch.Tensor([0.1])
print(a.item(), (a * 3).item(), (a + 0.2).item(), (a / 3).item(), (3 / a).item(), (a - 1).item())
print((a ** 2).item(), (a ** 3).item(), (a ** 0.5).item(), (a ** -1).item(), (a ** -2).item(), (a ** 1.5).item())
print(a * 3, a + 0.2, (a * 3).double(), ((a * 3).double() * 3).item())
b = torch.Tensor([0.7, -1.3, 2.9])
print(b.tanh().tolist(), b.exp().tolist(), b.sigmoid().tolist(), b.relu().tolist(), b.sum().item())
print((b * 1.1).tolist(), (b / 7).tolist(), (-b).tolist(), (b - b * 0.3).tolist())
c = torch.tensor([0.1], dtype=torch.float64)
print(c.item(), (c * 3).item(), c.float().item(), (c.float() * 3).item(), (c * 3).float().item())
print(torch.tensor([16777217.0]).item(), torch.tensor([1e39]), torch.tensor([3.4e38]) * 10)
""")
case("integer_tensors", """
import torch
i = torch.tensor([1, 2, -3])
print(i, i * 2, i + True, i - 1, -i, i.neg(), i.relu(), i.sum(), i ** 2, i * i)
print(i * 2.5, i / 2, 2 / i, i + 0.5, i.tanh(), i.exp(), i.sigmoid(), i.double(), i.float())
print(i.tolist(), i.sum().item(), torch.tensor(5).item(), i[1], i[-1].item())
print(i + torch.tensor([0.5, 0.25, 0.125]), i + torch.tensor(0.5, dtype=torch.float64))
print(torch.tensor([0.5], dtype=torch.float32) + torch.tensor(2.0, dtype=torch.float64))
print(torch.tensor([1.7, -1.7], dtype=torch.int64), torch.tensor([1, 2], dtype=torch.float64))
""")
case("accumulation_and_leaves", """
import torch
x = torch.tensor([2.0], dtype=torch.float64, requires_grad=True)
print(x.grad)
(x * 3).backward()
g = x.grad
print(g)
(x * 3).backward()
print(g, x.grad is g)
x.grad = None
(x * x).backward()
print(x.grad)
l = torch.tensor(3.0, requires_grad=True)
l.backward()
print(l.grad)
l.backward()
print(l.grad)
y = (x + 1) * 2
y.backward(retain_graph=True)
y.backward()
print(x.grad)
z = torch.tensor([0.0], dtype=torch.float64, requires_grad=True)
(z * -2.0).backward()
print(z.grad)
w = torch.tensor([0.5, -0.25, 2.0], dtype=torch.float64, requires_grad=True)
(w * w).sum().backward()
print(w.grad)
s = torch.tensor([1.5], dtype=torch.float64, requires_grad=True)
(s * torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)).sum().backward()
print(s.grad)
q = torch.tensor([0.5], requires_grad=True)
(q.tanh() * 3 + q.exp()).backward()
print(q.grad)
p = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
for step in range(3):
    loss = ((p * p).sum() - 1) ** 2
    p.grad = None
    loss.backward()
    p.data = p.data - 0.01 * p.grad
print(p, loss.item())
""", exact=False)
case("requires_grad_method", """
import torch
x = torch.Tensor([2.0, -1.0]).double().requires_grad_()
print(x, x.requires_grad, x.is_leaf, x.data, x.dtype, x.shape)
y = torch.tensor(0.5).requires_grad_(True)
print(y, y.requires_grad_() is y)
z = torch.tensor([1.0], requires_grad=True).requires_grad_(False)
print(z, z.requires_grad)
w = torch.tensor([1.0]).requires_grad_(requires_grad=True)
print(w.requires_grad, (w * 2).requires_grad_(True).requires_grad)
(x.tanh() * x).sum().backward()
print(x.grad, x.grad.dtype, x.grad.shape, x.grad.requires_grad)
(y * y + y).backward()
print(y.grad, y.grad.item(), y.data.item(), y.item())
""", exact=False)
case("lecture_neuron_seed_cell", """
import random
import torch
x1 = torch.Tensor([2.0]).double() 
x2 = torch.Tensor([0.0]).double()
w1 = torch.Tensor([-3.0]).double() 
w2 = torch.Tensor([1.0]).double()
b  = torch.Tensor([6.8813735870195432]).double()

x1.requires_grad = True
x2.requires_grad = True
w1.requires_grad = True
w2.requires_grad = True
b.requires_grad = True

n = x1*w1 + x2*w2 + b
o = torch.tanh(n)

print(o.data.item())
o.backward()

print("----")
print(f"x2 = {x2.grad.item()}")
print(f"w2 = {w2.grad.item()}")
print(f"x1 = {x1.grad.item()}")
print(f"w1 = {w1.grad.item()}")
print(o, n, x1.grad, w1.grad.data, o.data, o.shape, o.dtype)
""")
case("sum_arguments", """
import torch
x = torch.tensor([1.0, 2.0, 4.5], requires_grad=True)
print(x.sum(0), x.sum(-1), x.sum(0, keepdim=True), x.sum(dim=0, keepdim=True), x.sum((0,)), x.sum([-1]), x.sum(()))
print(x.sum(None), x.sum(None, True), torch.sum(x, 0), torch.sum(x, dim=0, keepdim=True), torch.sum(x, 0, True))
print(x.sum(dtype=torch.float64), torch.sum(x, dtype=torch.float64), x.sum(0, dtype=torch.float64))
s = torch.tensor(2.0, requires_grad=True)
print(s.sum(0), s.sum(-1, keepdim=True), s.sum(0, True).shape, x.sum(0, True).shape)
i = torch.tensor([1, 2, 3])
print(i.sum(0), i.sum(dtype=torch.float32), i.sum(0, keepdim=True), torch.tensor([]).sum(0))
y = x.sum(0, keepdim=True) * x.sum(dtype=torch.float64).float()
y.backward()
print(y, x.grad)
""")
case("iteration_and_indexing", """
import torch
d = torch.tensor([2.0, 3.0], dtype=torch.float64, requires_grad=True)
print(list(d), d[0], d[-1])
(d[0] * d[1]).backward()
print(d.grad)
print([v.item() for v in torch.tensor([1.5, 2.5])])
""")
case("formatting", """
import torch
t = torch.tensor(2.5)
print(f"{t:.2f}", format(t, ".3e"), f"{torch.tensor(7):04d}", f"{t}", str(torch.tensor([1.0])))
print(bool(torch.tensor([0.0])), bool(torch.tensor(2.0)), float(torch.tensor([1.0]).item()))
""")

case("test_engine_torch_halves", """
import torch
x = torch.Tensor([-4.0]).double()
x.requires_grad = True
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
print(y.data.item(), x.grad.item(), y, x.grad, z, q, h)
a = torch.Tensor([-4.0]).double()
b = torch.Tensor([2.0]).double()
a.requires_grad = True
b.requires_grad = True
c = a + b
d = a * b + b**3
c = c + c + 1
c = c + 1 + c + (-a)
d = d + d * 2 + (b + a).relu()
d = d + 3 * d + (b - a).relu()
e = c - d
f = e**2
g = f / 2.0
g = g + 10.0 / f
g.backward()
print(g.data.item(), a.grad.item(), b.grad.item())
print(g, a.grad, b.grad, f, e)
""")

# Errors: torch's own messages.
for name, source in [
    ("error_backward_non_scalar", "import torch\nd = torch.tensor([2.0, 3.0], requires_grad=True)\nd.backward()"),
    ("error_backward_no_grad", "import torch\ntorch.tensor([1.0]).sum().backward()"),
    ("error_backward_twice", "import torch\nx = torch.tensor([2.0], requires_grad=True)\ny = x * 2\ny.backward()\ny.backward()"),
    ("error_backward_twice_tanh", "import torch\nx = torch.tensor([2.0], requires_grad=True)\ny = x.tanh() + 1\ny.backward()\ny.backward()"),
    ("error_int_requires_grad", "import torch\ntorch.tensor([1, 2], requires_grad=True)"),
    ("error_int_requires_grad_", "import torch\ntorch.tensor([1, 2]).requires_grad_()"),
    ("error_int_requires_grad_attribute", "import torch\ni = torch.tensor([1, 2])\ni.requires_grad = True"),
    ("error_non_leaf_requires_grad_true", "import torch\nx = torch.tensor([2.0], requires_grad=True)\ny = x * 2\ny.requires_grad = True"),
    ("error_requires_grad_int_flag", "import torch\ntorch.tensor([2.0]).requires_grad_(1)"),
    ("error_sum_dim_range", "import torch\ntorch.tensor([1.0, 2.0]).sum(1)"),
    ("error_sum_dim_range_0d", "import torch\ntorch.tensor(1.0).sum(-2)"),
    ("error_sum_dim_repeated", "import torch\ntorch.tensor([1.0, 2.0]).sum((0, -1))"),
    ("error_sum_keepdim_int", "import torch\ntorch.tensor([1.0, 2.0]).sum(0, 0)"),
    ("error_sum_dim_float", "import torch\ntorch.tensor([1.0, 2.0]).sum(0.5, keepdim=True)"),
    ("error_sum_int_dtype_grad", "import torch\ntorch.tensor([1.0], requires_grad=True).sum(dtype=torch.int64)"),
    ("error_non_leaf_requires_grad_", "import torch\nx = torch.tensor([2.0], requires_grad=True)\n(x * 2).requires_grad_(False)"),
    ("error_non_leaf_requires_grad", "import torch\nx = torch.tensor([2.0], requires_grad=True)\ny = x * 2\ny.requires_grad = False"),
    ("error_item_many", "import torch\ntorch.tensor([1.0, 2.0]).item()"),
    ("error_add_str", "import torch\ntorch.tensor([1.0]) + 'a'"),
    ("error_add_list", "import torch\ntorch.tensor([1.0]) + [1]"),
    ("error_add_none", "import torch\nNone + torch.tensor([1.0])"),
    ("error_shapes", "import torch\ntorch.tensor([1.0, 2.0]) + torch.tensor([1.0, 2.0, 3.0])"),
    ("error_len_0d", "import torch\nlen(torch.tensor(1.0))"),
    ("error_bool_many", "import torch\nbool(torch.tensor([1.0, 2.0]))"),
    ("error_tanh_float", "import torch\ntorch.tanh(2.0)"),
    ("error_tensor_str", "import torch\ntorch.tensor('a')"),
    ("error_legacy_float", "import torch\ntorch.Tensor(2.0)"),
    ("error_index_range", "import torch\ntorch.tensor([1.0, 2.0])[2]"),
    ("error_index_0d", "import torch\ntorch.tensor(1.0)[0]"),
    ("error_int_negative_power", "import torch\ntorch.tensor([2]) ** -1"),
    ("error_zero_leaf", "import torch\ntorch.tensor([1.0], requires_grad=True).zero_()"),
    ("error_size_dim", "import torch\ntorch.tensor([1.0]).size(1)"),
    ("error_iterate_0d", "import torch\niter(torch.tensor(1.0))"),
    ("error_grad_size", "import torch\nx = torch.tensor([1.0], requires_grad=True)\nx.grad = torch.tensor([1.0, 2.0])"),
]:
    CASES.append((name, source, True))


def run(source):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(source, "<cell>", "exec"), {})
        except Exception as error:  # noqa: BLE001 - the fixture records it
            return out.getvalue(), f"{type(error).__name__}: {error}"
    return out.getvalue(), None


ELEMENTWISE = [
    ("add", "x + w"), ("radd", "0.3 + x"), ("sub", "x - w"), ("rsub", "0.3 - x"), ("mul", "x * w"),
    ("rmul", "0.3 * x"), ("div", "x / w"), ("div_number", "x / 3.0"), ("rdiv", "3.0 / x"), ("pow2", "x ** 2"),
    ("pow3", "x ** 3"), ("pow_half", "(x * x + 0.5) ** 0.5"), ("pow_float", "(x * x + 0.5) ** 1.7"),
    ("pow_neg", "x ** -1"), ("neg", "-x"), ("tanh", "x.tanh()"), ("exp", "x.exp()"), ("sigmoid", "x.sigmoid()"),
    ("relu", "x.relu()"), ("chain", "((x * w + 1).tanh() * 2 - x.sigmoid()) / (x.exp() + 1)"),
]


def elementwise_cases():
    """One cell per operation and dtype: 64 random elements, the result and the gradient of (y * v).sum()."""
    import random

    rng = random.Random(20261206)
    cases = []
    for dtype in ["float64", "float32"]:
        for name, expression in ELEMENTWISE:
            xs = [rng.uniform(-3, 3) for _ in range(64)]
            ws = [rng.choice([-1, 1]) * rng.uniform(0.25, 3) for _ in range(64)]
            vs = [rng.uniform(-2, 2) for _ in range(64)]
            source = "\n".join([
                "import torch",
                f"x = torch.tensor({xs!r}, dtype=torch.{dtype}, requires_grad=True)",
                f"w = torch.tensor({ws!r}, dtype=torch.{dtype})",
                f"v = torch.tensor({vs!r}, dtype=torch.{dtype})",
                f"y = {expression}",
                "(y * v).sum().backward()",
                "print(y.tolist())",
                "print(x.grad.tolist())",
            ])
            env = {}
            exec(compile(source.replace("print(", "_ = ("), "<cell>", "exec"), env)
            cases.append({
                "name": f"{name}_{dtype}", "dtype": dtype, "source": source,
                "forward": [repr(v) for v in env["y"].tolist()], "grad": [repr(v) for v in env["x"].grad.tolist()],
            })
    return cases


def main():
    cases = []
    for name, source, exact in CASES:
        output, error = run(source)
        item = {"name": name, "source": source, "exact": exact}
        if error is None:
            item["output"] = output.rstrip("\n")
        else:
            assert output == "", name
            item["error"] = error
        cases.append(item)
    versions = {"torch": torch.__version__, "python": platform.python_version(), "machine": platform.machine()}
    with open("cells.json", "w") as f:
        json.dump({"versions": versions, "cases": cases}, f, indent=1)
        f.write("\n")
    with open("elementwise.json", "w") as f:
        json.dump({"versions": versions, "cases": elementwise_cases()}, f, indent=1)
        f.write("\n")


main()
