# close() raises GeneratorExit at the paused yield: finally blocks run, except GeneratorExit sees it
def gen():
    try:
        try:
            yield 1
            yield 2
        except GeneratorExit:
            print("got GeneratorExit")
            raise
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = gen()
print(next(g))
g.close()
print("closed")
print(next(g, "nothing more"))
# GeneratorExit is a BaseException, not an Exception
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def gen2():
    try:
        yield
    except Exception:
        print("not reached")
    finally:
        print("gen2 finally")

g2 = gen2()
next(g2)
g2.close()

# returning on GeneratorExit is a clean close too
def gen3():
    try:
        yield
    except GeneratorExit:
        print("gen3 returning")
        return

g3 = gen3()
next(g3)
print(g3.close())
