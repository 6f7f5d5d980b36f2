# an exception raised inside a generator and not caught ends the program with status 1
def parse(items):
    for item in items:
        if not item.isdigit():
            raise ValueError("not a number: " + repr(item))
        yield int(item)

total = 0
for n in parse(["1", "2", "x3", "4"]):
    total += n
    print("running total", total)
print("not reached")
