# a tiny Tornado-style runner: drive a generator with send()/throw() and read StopIteration.value
class Fail(Exception):
    pass

def runner(coro):
    to_send = None
    to_throw = None
    while True:
        try:
            if to_throw is not None:
                exc, to_throw = to_throw, None
                request = coro.throw(exc)
            else:
                request = coro.send(to_send)
        except StopIteration as e:
            return e.value
        print("request", request)
        if request == "fail":
            to_throw = Fail("request failed")
        else:
            to_send = request * 2

def task():
    a = yield 1
    b = yield a + 1
    try:
        yield "fail"
    except Fail as e:
        print("task caught", e)
    c = yield b
    return [a, b, c]

print(runner(task()))

def sub():
    x = yield 5
    return x + 1

def main():
    r = yield from sub()
    r2 = yield r
    return r2

print(runner(main()))
