# Class statements: methods, class attributes, docstrings, annotations, properties and decorators.
class Point:
    """A point in the plane."""
    created: int = 0

    def __init__(self, x: float, y: float = 0.0) -> None:
        self.x = x
        self.y = y
        Point.created += 1

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def diagonal(cls, v):
        return cls(v, v)

p = Point(3, 4)
print(p, p.norm2, Point.origin(), Point.diagonal(2.5), Point.created)
print(Point.__doc__, Point.__name__, type(p).__name__)
# %%
p.z = 12
print(sorted(vars(p).items()), hasattr(p, "z"), getattr(p, "w", "none"))
delattr(p, "z")
print(hasattr(p, "z"))
setattr(p, "x", -1)
p.x, callable(p), callable(Point), callable(p.__repr__)
# %%
p.norm2 = 1
# %%
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    return wrapper

def twice(n):
    def decorate(f):
        def wrapper(x):
            for _ in range(n):
                x = f(x)
            return x
        return wrapper
    return decorate

class Greeter:
    greeting = "hello"

    @shout
    def greet(self, name):
        return f"{self.greeting}, {name}"

    @twice(3)
    def bump(x):
        return x + 1

Greeter().greet("ada"), Greeter.bump(0)
# %%
class Temperature:
    def __init__(self):
        self._celsius = 0.0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("refused:", e)
# %%
class Counter:
    total = 0
    def add(self):
        self.total += 1
        return self
a, b = Counter(), Counter()
a.add().add()
b.add()
a.total, b.total, Counter.total
# %%
class Empty:
    pass
e = Empty()
type(e), type(Empty), isinstance(e, object), Empty.__mro__, repr(e)[:22]
# %%
m = Point(1, 2).__repr__
m, m.__self__
# %%
Point(1, 2).missing
# %%
Point()
# %%
class Box:
    pass
box = Box()
box.x, box.y = 1, 2
def shrink():
    del box.x
    return 5
for _ in range(3):
    box.y += 1
box.y += shrink()
print(vars(box))
def hundred(self):
    return 100
for _ in range(2):
    box.y += 1
Box.y = property(hundred)
box.y += 1
