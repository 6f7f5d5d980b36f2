# the TypeError messages of wrong calls
def f(a, b):
    pass

def g(a, b=1, *, k):
    pass

def h(*, key):
    pass

def one(x):
    pass

class C:
    def m(self, x):
        pass

number = 1
text = "abc"
nothing = None
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: one(),
    lambda: one(1, 2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: len(),
    lambda: number(),
    lambda: text(),
    lambda: nothing(1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
