class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError("temperature must be a number, not %s" % type(value).__name__)
        if value < -273.15:
            raise ValueError("%.2f is below absolute zero" % value)
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    kelvin = property(lambda self: self._c + 273.15, doc="read-only kelvin")


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
for bad in ["hot", -300]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.kelvin.__doc__, type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
print(hasattr(t, "celsius"), "_c" in vars(t))


class Lazy:
    def __init__(self):
        self._data = None
        self.loads = 0

    @property
    def data(self):
        if self._data is None:
            self.loads += 1
            self._data = [i * i for i in range(5)]
        return self._data


lz = Lazy()
print(lz.data, lz.data, lz.loads)


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    area = property(lambda self: self.w * self.h)

    @property
    def size(self):
        return (self.w, self.h)

    @size.setter
    def size(self, wh):
        self.w, self.h = wh


r = Rect(2, 3)
r.size = (4, 5)
print(r.area, r.size, vars(r))
