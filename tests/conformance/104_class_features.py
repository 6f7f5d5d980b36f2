# property with setter, staticmethod, classmethod, and operator methods (__add__, __eq__, __len__, __getitem__)
class WithProps:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, new):
        self._v = new * 2

    @staticmethod
    def s(x):
        return x + 1

    @classmethod
    def c(cls):
        return cls.__name__

w = WithProps()
w.v = 5
print(w.v, WithProps.s(1), w.s(2), WithProps.c(), w.c())

class Vec:
    def __init__(self, *c):
        self.c = c

    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])

    def __eq__(self, o):
        return self.c == o.c

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __repr__(self):
        return "Vec" + repr(self.c)

print(Vec(1, 2) + Vec(3, 4), Vec(1) == Vec(1), Vec(1) != Vec(2), len(Vec(1, 2, 3)), Vec(5, 6)[1])
