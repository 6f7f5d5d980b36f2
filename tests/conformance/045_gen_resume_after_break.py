# a generator left by break keeps its position: another loop resumes where the first stopped
def numbers():
    for i in range(6):
        yield i
    print("numbers exhausted")

g = numbers()
for x in g:
    if x == 2:
        break
print("broke at", x)
for x in g:
    print("resumed", x)
    if x == 4:
        break
print("next:", next(g))
for x in g:
    print("never printed")
print("done")
