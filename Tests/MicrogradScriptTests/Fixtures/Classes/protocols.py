# The rest of the data model: truth, length, calls, printing, formatting, items, membership, iteration, __getattr__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __contains__(self, c):
        return c in self.cards
    def __repr__(self):
        return f"Deck({self.cards})"
    def __str__(self):
        return " ".join(self.cards)

d = Deck(["A", "K", "Q"])
d[1] = "J"
print(len(d), d[0], d[-1], d[0:2], "J" in d, "K" in d, bool(d), bool(Deck([])))
print(d, repr(d), str(d), f"{d}", f"{d!r}", [d], list(d), *d)
# %%
class Squares:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
print(list(Squares(5)), sum(Squares(3)), max(Squares(4)), sorted(Squares(3), reverse=True))
for s in Squares(2):
    print("square", s)
it = iter(Squares(1))
print(next(it), next(it, "done"))
# %%
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return iter(range(self.start, 0, -1))
list(Countdown(3)), [x * 10 for x in Countdown(2)], dict(zip(Countdown(2), "ab"))
# %%
class Poly:
    def __init__(self, *coefficients):
        self.c = coefficients
    def __call__(self, x):
        return sum(k * x ** i for i, k in enumerate(self.c))
    def __bool__(self):
        return any(self.c)
    def __format__(self, spec):
        return "Poly<" + ",".join(format(k, spec) for k in self.c) + ">"
p = Poly(1, 0, 2)
p(3), bool(Poly(0, 0)), f"{p:.2f}", format(p, "03d"), "{:>4}".format(Poly(7)), "yes" if p else "no"
# %%
class Flexible:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
f = Flexible()
print(f.real, f.x_hello, getattr(f, "x_y"), hasattr(f, "nothing"))
f.nothing
# %%
class Sized:
    def __len__(self):
        return 0
class Broken:
    def __len__(self):
        return -1
print(bool(Sized()), not Sized())
len(Broken())
# %%
class Weird:
    def __repr__(self):
        return 42
repr(Weird())
# %%
class NoIter:
    pass
for x in NoIter():
    pass
# %%
len(NoIter())
# %%
NoIter()()
# %%
NoIter()[0]
