# throw() into a finished generator raises the exception directly in the caller
def gen():
    try:
        yield 1
    finally:
        print("finally runs once")

g = gen()
print(list(g))
try:
    g.throw(ValueError("after the end"))
except ValueError as e:
    print("ValueError", e)
try:
    g.throw(KeyError)
except KeyError as e:
    print("KeyError class", repr(e))
print(next(g, "still finished"))
