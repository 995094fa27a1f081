# The numeric data model: reflected operands, NotImplemented, in-place fallbacks, and the built-ins that use them.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def _cents(self, other):
        if isinstance(other, Money):
            return other.cents
        if isinstance(other, int):
            return other * 100
        return NotImplemented
    def __add__(self, other):
        c = self._cents(other)
        return NotImplemented if c is NotImplemented else Money(self.cents + c)
    def __radd__(self, other):
        return self + other
    def __sub__(self, other):
        c = self._cents(other)
        return NotImplemented if c is NotImplemented else Money(self.cents - c)
    def __rsub__(self, other):
        return Money(other * 100 - self.cents)
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Money(self.cents / k)
    def __rtruediv__(self, k):
        return k / self.cents
    def __floordiv__(self, k):
        return Money(self.cents // k)
    def __mod__(self, k):
        return Money(self.cents % k)
    def __pow__(self, k):
        return Money(self.cents ** k)
    def __rpow__(self, k):
        return k ** self.cents
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return self
    def __abs__(self):
        return Money(abs(self.cents))
    def __matmul__(self, other):
        return self.cents * other.cents

m = Money(250)
print(m + 1, 1 + m, m + m, m - 1, 10 - m, 2 * m, m * 2.5, m / 4, 1000 / m, m // 3, m % 7)
print(m ** 2, 2 ** Money(3), -m, +m, abs(Money(-5)), m @ Money(2))
print(sum([Money(1), Money(2), Money(3)]), sum([m, m], Money(0)))
# %%
m + "x"
# %%
"x" * Money(1)
# %%
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = Acc()
alias = a
a += 1
a += 2
alias is a, a.items
# %%
b = Money(1)
before = b
b += 5
b -= 1
b *= 3
b, before, b is before
# %%
class Left:
    def __add__(self, other):
        return "Left.__add__"
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
class SubLeft(Left):
    def __radd__(self, other):
        return "SubLeft.__radd__"
Left() + Right(), 1 + Right(), Left() + SubLeft()
# %%
class Nope:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
Nope() + Nope()
# %%
-Nope()
# %%
class V:
    def __init__(self, data):
        self.data = data
    def __mul__(self, other):
        other = other if isinstance(other, V) else V(other)
        return V(self.data * other.data)
    def __rmul__(self, other):
        return self * other
    def __truediv__(self, other):
        return self * other ** -1
    def __pow__(self, k):
        assert isinstance(k, (int, float)), "only int/float powers"
        return V(self.data ** k)
    def __repr__(self):
        return f"V(data={self.data})"
V(3.0) / V(2.0), 2 * V(4.0), V(2.0) ** 0.5
# %%
V(2.0) ** V(1.0)
