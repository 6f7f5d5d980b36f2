class Color:
    names = {"red": (255, 0, 0), "green": (0, 255, 0), "blue": (0, 0, 255)}

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def named(cls, name):
        try:
            return cls(*cls.names[name])
        except KeyError:
            raise ValueError("unknown color %r" % name) from None

    @staticmethod
    def clamp(v):
        return max(0, min(255, v))

    def lighter(self, amount=30):
        return type(self)(*(self.clamp(c + amount) for c in (self.r, self.g, self.b)))

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.r, self.g, self.b)

    def __eq__(self, other):
        return isinstance(other, Color) and (self.r, self.g, self.b) == (other.r, other.g, other.b)

    def __hash__(self):
        return hash((self.r, self.g, self.b))


class Paint(Color):
    pass


c = Color.from_hex("#1e90ff")
print(c, c.hex(), c.lighter(), c.lighter(300).hex())
p = Paint.named("red")
print(p, type(p).__name__, p.lighter(), type(p.lighter()).__name__)
print(Color.clamp(-5), Color.clamp(999), c.clamp(7), Paint.clamp(128))
print(Color.named("blue") == Color(0, 0, 255), Color.named("blue") == Paint(0, 0, 255))
print(len({Color(1, 2, 3), Color(1, 2, 3), Paint(1, 2, 3)}))
try:
    Color.named("mauve")
except ValueError as e:
    print("ValueError:", e, e.__cause__, e.__suppress_context__)
print(Color.from_hex.__name__, type(Color.__dict__["clamp"]).__name__, type(Color.__dict__["named"]).__name__)
f = Color.from_hex
print(f("000000"), f("ffffff").hex())
