def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("ctx") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
excs.append(KeyError("plain"))
inner = ExceptionGroup("inner", [OSError(2), RuntimeError("r")])
try:
    raise inner
except ExceptionGroup as i:
    excs.append(i)
e = ExceptionGroup("outer", excs)
e.add_note("outer note")
raise e
