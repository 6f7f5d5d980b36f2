# throw() into a just-started generator raises at the very start: the body never runs
def gen():
    print("body started")
    try:
        yield 1
    except ValueError:
        print("never printed")
        yield 2
    finally:
        print("never printed either")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised immediately:", e)
print(next(g, "exhausted"))
# close() on an unstarted generator is a no-op and the body never runs
g2 = gen()
g2.close()
print(next(g2, "closed"))
