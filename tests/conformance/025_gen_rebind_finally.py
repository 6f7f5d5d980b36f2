# rebinding the only variable that refers to a suspended generator closes the old generator immediately
def gen(n):
    try:
        yield n
        yield n + 1
    finally:
        print("closing", n)

g = gen(1)
print(next(g))
g = gen(2)
print("rebound")
print(next(g))
g = None
print("set to None")
for i in range(3):
    it = gen(10 * i)
    print("loop got", next(it))
print("loop over")
del it
print("end")
