# infinite generators stopped by break, by take/take_while helpers and by a bounded number of next() calls
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(15, fib())))

def take_while(pred, it):
    for x in it:
        if not pred(x):
            break
        yield x

print(list(take_while(lambda x: x < 1000, fib())))
f = fib()
for _ in range(100):
    v = next(f)
print(v)
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
count = 0
for x in naturals(10):
    count += 1
    if count == 3:
        continue
    if x > 15:
        break
else:
    print("not printed")
print("count", count)
