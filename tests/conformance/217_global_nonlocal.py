counter = 0
config = {"debug": False}


def increment():
    global counter
    counter += 1
    return counter


def toggle():
    config["debug"] = not config["debug"]


def shadow():
    counter = 100
    return counter


increment()
increment()
toggle()
print(counter, config, shadow(), counter)


def make():
    total = 0
    items = []

    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total

    def get():
        return total, items

    return add, get


add, get = make()
add(5)
add(7)
print(get())


def outer():
    x = 1

    def middle():
        nonlocal x
        x += 1

        def inner():
            nonlocal x
            x *= 10

        inner()

    middle()
    return x


print(outer())


def broken():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


broken()


def define_global():
    global created_later
    created_later = "made inside a function"


define_global()
print(created_later)
print("counter" in globals(), "nope" in globals(), sorted(k for k in globals() if k.startswith("c")))


def local_names(a, b=2):
    c = a + b
    return sorted(locals())


print(local_names(1))
x = "module"


class Scope:
    x = "class"
    y = [x for _ in range(1)]

    def method(self):
        return x


print(Scope.x, Scope.y, Scope().method())
