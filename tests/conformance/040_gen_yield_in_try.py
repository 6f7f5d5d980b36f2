# yield inside try/except/else/finally and loops with continue/break
def g():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield "try", i
        except Exception:
            yield "except", i
        else:
            yield "else", i
        finally:
            yield "finally", i
    yield "end"

print(list(g()))

def handles():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError as e:
            yield "error: " + str(e)

print(list(handles()))

def thrown():
    try:
        yield 1
    except ValueError:
        yield "in except"
    else:
        yield "in else"
    finally:
        yield "in finally"

t = thrown()
print(next(t), t.throw(ValueError), list(t))
t2 = thrown()
print(next(t2), list(t2))
