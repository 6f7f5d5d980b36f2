# generators as iterators: __iter__ written as a generator, re-iteration, nested loops, iterator classes
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c))
for a in Countdown(2):
    for b in Countdown(2):
        print(a, b, end="; ")
print()
g = iter(Countdown(2))
print(list(g), list(g))

class Manual:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

def wrap(it):
    yield from it

print(list(wrap(Manual())))
print(sorted(Countdown(4)), 3 in Countdown(5), max(Countdown(6)))
it = iter(Countdown(3))
print(next(it), list(it))
