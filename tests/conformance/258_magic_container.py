class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]

    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError("cell %r out of range" % (pos,))
        return self.cells[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.cells[r][c] = value

    def __delitem__(self, pos):
        self[pos] = 0

    def __contains__(self, value):
        return any(value in row for row in self.cells)

    def __len__(self):
        return self.w * self.h

    def __iter__(self):
        for row in self.cells:
            yield from row

    def __bool__(self):
        return any(self)

    def __call__(self, r):
        return list(self.cells[r])

    def __eq__(self, other):
        return isinstance(other, Grid) and self.cells == other.cells

    def __repr__(self):
        return "\n".join(" ".join(str(v) for v in row) for row in self.cells)


g = Grid(3, 2)
print(bool(g), len(g), 5 in g)
g[0, 1] = 5
g[1, 2] = 7
print(g)
print(bool(g), 5 in g, g[0, 1], g(1), sum(g), max(g), list(g))
del g[0, 1]
print(g[0, 1], 5 in g, g == Grid(3, 2), g != Grid(3, 2))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)


class Attrs:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("%r has no %r" % (type(self).__name__, name))


a = Attrs()
print(a.real, a.auto_thing, getattr(a, "auto_x"), hasattr(a, "other"), getattr(a, "other", "fallback"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
