# Everyday Python beside classes: set algebra, slice assignment and deletion, str.format fields, str.title.
a, b = {1, 2, 3}, {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), {1} <= a, a >= {1, 2}, {1} < {1}, a.isdisjoint({9}))
print(sorted(a.union([7], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1})), sorted(a.symmetric_difference([3, 5])))
c = set(a)
c |= {10}
c &= {1, 3, 10}
c -= {3}
c ^= {11}
sorted(c), a.issubset(range(5)), sorted({2, 1} | {3})
# %%
xs = list(range(8))
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[::2] = [0] * 5
print(xs)
del xs[1:4]
print(xs)
del xs[::2]
print(xs)
xs[len(xs):] = [99]
xs[:0] = [-1]
xs
# %%
ys = [1, 2, 3, 4]
ys[::2] = [9]
# %%
class Pair:
    def __init__(self, real, imag):
        self.real, self.imag = real, imag
p = Pair(1.5, -2)
"{0[1]} {0[0]} {p.real} {p.imag:.1f} {d[k]} {0!r:>6}".format(["x", "y"], p=p, d={"k": "v"})
# %%
"{0.nothing}".format(3)
# %%
"it's o'neil's 3rd-place tea".title(), "ŉ x".title(), "hello world".title(), "ABC def".title()
