# the article's loop1/loop2 ping-pong in Python 3 form (next(g) instead of g.next())
def loop1():
    a = 0
    ret = 1
    while True:
        ret = yield sum, [a, ret]
        a, ret = ret, a
        print("loop1 ret", ret)

def loop2():
    while True:
        func, args = yield
        yield func(args)
        print("loop2")

l1 = loop1()
l2 = loop2()
tmp = next(l1)
print(tmp[0] is sum, tmp[1])
for i in range(12):
    next(l2)
    ret = l2.send(tmp)
    tmp = l1.send(ret)
print("last work item:", tmp[1])
