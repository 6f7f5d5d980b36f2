# default argument values: evaluated once at definition, shared mutable defaults, None idiom, keywords
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Dee"))
counter = 0

def next_id():
    global counter
    counter += 1
    return counter

def make(x=next_id()):
    return x

print(make(), make(), make(7), counter)

def f(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw

print(f(1, d=4))
print(f(1, 5, 6, 7, d=8, e=9))
