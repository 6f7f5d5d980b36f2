# Python 2 style pipeline driven with .next() (expected output made with next(g))
def source():
    for i in range(5):
        yield i

def doubler(it):
    for x in it:
        yield x * 2

d = doubler(source())
print(d.next())
print(d.next())
rest = []
while True:
    try:
        rest.append(d.next())
    except StopIteration:
        break
print(rest)
