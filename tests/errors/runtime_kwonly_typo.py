def f(*, key):
    pass
f(kye=1)
