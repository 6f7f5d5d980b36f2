# coroutines primed by a decorator and fed with send(): an averager and a grep -> printer chain
def coroutine(f):
    def start(*args, **kwargs):
        g = f(*args, **kwargs)
        next(g)
        return g
    return start

@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def printer(prefix="|"):
    while True:
        item = yield
        print(prefix, item)

avg = averager()
print(avg.send(10))
print(avg.send(20))
print(avg.send(5))
p = grep("py", printer(prefix=">"))
for line in ["python", "rust", "pypy", "c", "numpy"]:
    p.send(line)
p.close()
avg.close()
