# UnboundLocalError: a name assigned anywhere in a function is local in the whole function
x = 10

def f():
    print(x)
    x = 1

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def g():
    try:
        y
    except NameError as e:
        print("NameError handler:", type(e).__name__, e)
    y = 2
    return y

print(g())

def h():
    x += 1

try:
    h()
except UnboundLocalError as e:
    print(e)

def after_del():
    z = 1
    del z
    return z

try:
    after_del()
except UnboundLocalError as e:
    print(e)

def cond(flag):
    if flag:
        v = "set"
    return v

print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print(e)

def closure():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 5
    return inner()

print(closure(), x)
