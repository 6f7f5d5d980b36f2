# nested functions and closures: nonlocal counters, global, nonlocal through two levels, shared cells
def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
total = 0

def add_global(n):
    global total
    total += n

add_global(5)
add_global(7)
print(total)

def nonlocal_chain():
    v = 0

    def level1():
        def level2():
            nonlocal v
            v += 100
        level2()
        level2()
    level1()
    return v

print(nonlocal_chain())

def shared():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    return bump, lambda: n

bump, peek = shared()
bump()
bump()
print(peek())
