# a suspended generator is closed as soon as its last reference goes: at function return, after break, after a call
def gen(tag):
    try:
        yield tag
        yield "unreached"
    finally:
        print("finally of", tag)

def use_one():
    g = gen("local")
    print("first value:", next(g))
    print("returning")
    return "result"

r = use_one()
print("caller got", r)

def use_in_loop():
    for v in gen("loop"):
        print("breaking at", v)
        break
    print("after break")

use_in_loop()

def take_first(it):
    return next(it)

print(take_first(gen("argument")))
print(next(gen("temporary")))
print("end")
