# operator overloading: comparisons for sorting, __hash__/__eq__ as dict keys, __contains__, __bool__, __call__, __radd__
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self.__add__(other)

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents})"

items = [Money(300), Money(100), Money(200)]
print(sorted(items), max(items), min(items), sum(items), sum(items, Money(1)))
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1, {Money(5): "five"}[Money(5)])
print(bool(Money(0)), bool(Money(3)), "empty" if not Money(0) else "full", 5 + Money(1))

class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __contains__(self, x):
        print("checking", x)
        return x in self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __call__(self, x):
        return Bag(*self.items, x)

bag = Bag(1, 2)
print(2 in bag, 5 not in bag, len(bag), list(bag(3)), bool(Bag()))
try:
    Money(1) < 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Money(1) > "x"
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
