# close() through yield from closes the subgenerator first, then raises GeneratorExit in the delegator
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("closed")

# even if the subgenerator swallows GeneratorExit, the delegator still gets it
def inner2():
    try:
        yield "a"
    except GeneratorExit:
        print("inner2 swallows GeneratorExit")

def outer2():
    try:
        x = yield from inner2()
        print("not printed", x)
    finally:
        print("outer2 finally")

g2 = outer2()
print(next(g2))
g2.close()
print("closed 2")
