# nested function scopes: reading enclosing variables, shadowing, a variable bound after the inner def
def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    return middle()()

print(outer())

def shadow():
    x = 1

    def f():
        x = 2
        return x
    f()
    return x

print(shadow())

def declared_later():
    def get():
        return y
    y = "bound after the definition"
    return get()

print(declared_later())
