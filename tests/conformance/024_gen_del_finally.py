# dropping the last reference to a suspended generator closes it at once: its finally runs before "after"
def gen(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")

g = gen("g")
next(g)
del g
print("after del")
u = gen("unstarted")
del u
print("after del of an unstarted generator")
f = gen("finished")
for _ in f:
    pass
del f
print("after del of a finished generator")
gens = [gen("first in list"), gen("second in list")]
next(gens[0])
next(gens[1])
del gens[0]
print("after del gens[0]")
gens.pop()
print("after pop")
d = {"k": gen("in dict")}
next(d["k"])
d["k"] = None
print("after replacing the dict value")
