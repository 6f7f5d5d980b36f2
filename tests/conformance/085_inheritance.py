# inheritance: overriding, super(), class attribute lookup, multiple inheritance and the MRO
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), a.describe())
print(isinstance(Puppy("p", 1), Animal), issubclass(Dog, Puppy), issubclass(Puppy, object))

class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who(), [k.__name__ for k in D.__mro__])

class Base:
    def template(self):
        return "[" + self.hook() + "]"

    def hook(self):
        return "base"

class Derived(Base):
    def hook(self):
        return "derived"

print(Base().template(), Derived().template())

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
