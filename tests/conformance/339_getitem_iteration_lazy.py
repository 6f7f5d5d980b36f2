# Iterating an object with only __getitem__ asks for one index per step.
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        print("get", i)
        return i * 10
for x in Seq():
    print("x", x)

class Inf:
    def __getitem__(self, i):
        return i
for x in Inf():
    if x > 3:
        break
print("stopped at", x)

it = iter(Inf())
print(type(it).__name__, next(it), next(it))
print(3 in Inf())
a, b, *rest = Seq()
print(a, b, rest)
print(list(zip(Inf(), "abc")))

class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopSeq()))

class Bad:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("boom")
        return i
try:
    for v in Bad():
        print("v", v)
except KeyError as e:
    print("KeyError", e)

# exhausted stays exhausted
it = iter(Seq())
print(list(it), list(it))
