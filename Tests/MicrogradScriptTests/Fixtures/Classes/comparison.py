# Rich comparison, ordering built-ins, and hashing (identity by default, unhashable when only __eq__ is defined).
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version(1, 2), Version(0, 9), Version(1, 10), Version(1, 2, 1)]
print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True)[0])
print(Version(1) == Version(1), Version(1) != Version(2), Version(2) > Version(1), Version(2) >= Version(2))
print(Version(1, 2) in vs, vs.index(Version(1, 10)), {Version(1): "a"}[Version(1)], len({Version(1), Version(1)}))
print(Version(1) == 1, Version(1) != "x")
# %%
Version(1) < 3
# %%
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq() == 5, OnlyEq.__hash__)
hash(OnlyEq())
# %%
{OnlyEq()}
# %%
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}), {a: 1}.get(b, "missing"))
# %%
a < b
# %%
class Ne:
    def __eq__(self, other):
        return "custom"
Ne() == 1, Ne() != 1, 1 == Ne()
# %%
class Rev:
    def __init__(self, k):
        self.k = k
    def __gt__(self, other):
        return self.k > other.k
    def __repr__(self):
        return f"Rev({self.k})"
Rev(1) < Rev(2), sorted([Rev(3), Rev(1), Rev(2)])
