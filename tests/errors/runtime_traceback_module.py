import traceback
counter = 0
try:
    countr + 1
except NameError:
    traceback.print_exc()
try:
    [].apend(1)
except AttributeError:
    print(traceback.format_exc(), end="")
def f(n):
    return f(n + 1) if n < 10 else 1 / 0
try:
    f(0)
except ZeroDivisionError:
    traceback.print_exc()
raise SystemExit(1)
