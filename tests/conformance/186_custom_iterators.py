class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

    def __len__(self):
        return self.rows * self.cols


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


class Sentence:
    def __init__(self, text):
        self.words = text.split()

    def __getitem__(self, i):
        return self.words[i]


print(list(Countdown(5)), sum(Countdown(10)), max(Countdown(3)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
print(list(Range2D(2, 3)), len(Range2D(4, 5)), dict(Range2D(2, 2)))
print(list(Fib(100)), 21 in Fib(50), 22 in Fib(50))
s = Sentence("the cat sat on the mat")
print(list(s), "cat" in s, [w.upper() for w in s][:2], list(enumerate(s))[-1])
it = iter(s)
print(next(it), next(it), list(it))
print(list(zip(Countdown(3), Fib(10))), list(map(str, Countdown(3))))
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
sentinel_src = iter([5, 4, 0, 3])
print(list(iter(lambda: next(sentinel_src), 0)))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(d.items()), list(reversed([1, 2, 3])))
