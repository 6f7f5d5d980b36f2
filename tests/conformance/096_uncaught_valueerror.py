# an uncaught exception at top level: stdout so far is kept, exit status 1, last stderr line "ValueError: bad value"
def check(v):
    if v < 0:
        raise ValueError("bad value")
    return v

print("before the error")
print(check(1))
check(-1)
print("not reached")
