# Single and multiple inheritance, the method resolution order, and super() in its forms.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age

pets = [Animal("generic"), Dog("rex"), Puppy("bit", 3)]
for pet in pets:
    print(pet, pet.speak())
print(isinstance(pets[2], Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), type(pets[2]) is Puppy)
print([c.__name__ for c in Puppy.__mro__])
# %%
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
D().who(), [k.__name__ for k in D.__mro__], D.__bases__
# %%
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super(Left, self).__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Both(Left, Right):
    pass
Both().log
# %%
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
class R(P, Q): pass
# %%
class Shape:
    def area(self):
        raise NotImplementedError("subclasses define area")
    def describe(self):
        return f"{type(self).__name__} of area {self.area()}"
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
print(Square(3).describe())
Shape().describe()
# %%
class Registry:
    kinds = []
    @classmethod
    def register(cls, name):
        cls.kinds = cls.kinds + [name]
        return cls
class Special(Registry):
    pass
Special.register("s")
Registry.kinds, Special.kinds
