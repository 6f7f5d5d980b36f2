# dropping a chain of for-loop generators closes the outermost first; each then releases the one below
def stage(name, it):
    try:
        for x in it:
            yield x
    finally:
        print("closing", name)

def source():
    try:
        yield from range(10)
    finally:
        print("closing source")

p = stage("outer", stage("inner", source()))
print(next(p), next(p))
del p
print("after del")
q = stage("exhausted", source())
print(sum(q))
print("after sum")
