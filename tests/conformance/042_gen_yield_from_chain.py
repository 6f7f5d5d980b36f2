# three levels of yield from: send values down, return values up, throw through all levels
def level3():
    x = yield "L3 first"
    y = yield f"L3 got {x}"
    return f"L3 returns {y}"

def level2():
    r = yield from level3()
    yield f"L2 got ({r})"
    return "L2 done"

def level1():
    r = yield from level2()
    yield f"L1 got ({r})"

g = level1()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g))
print(next(g, "end"))

def catcher():
    try:
        yield from level2()
    except IndexError as e:
        print("level1 caught", repr(e))
        yield "recovered"

c = catcher()
print(next(c))
print(c.throw(IndexError("deep")))
print(next(c, "end"))
