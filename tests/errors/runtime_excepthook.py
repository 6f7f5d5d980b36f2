import sys
def hook(t, v, tb):
    print("custom:", t.__name__, v, file=sys.stderr)
sys.excepthook = hook
print("before")
1/0
