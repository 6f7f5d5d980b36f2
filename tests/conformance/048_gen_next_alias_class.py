# Python 2 style self.gen.next() inside a class (expected output made with next(self.gen))
class Reader:
    def __init__(self, lines):
        self.gen = self._lines(lines)

    def _lines(self, lines):
        for line in lines:
            yield line.upper()

    def readline(self):
        try:
            return self.gen.next()
        except StopIteration:
            return ""

r = Reader(["one", "two"])
print(repr(r.readline()))
print(repr(r.readline()))
print(repr(r.readline()))
