for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("never printed")
i = 5
while i:
    i -= 1
else:
    print("while finished normally", i)
for x in []:
    print("empty")
else:
    print("for over empty runs else")
result = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        result.append((a, b))
print(result)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
def classify(v):
    if v < 0:
        return "negative"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in (-5, 0, 3, 99)])
total = 0
for i in range(100):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
x = 5
print("big" if x > 3 else "small", x if x else "zero", (x > 3) + (x > 4) + (x > 5))
count = 0
while True:
    count += 1
    if count >= 4:
        break
print(count)
for i in range(3):
    pass
print(i)
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    return -1
print(find("hello", "l"), find("hello", "z"))
if not []:
    print("empty list is falsy")
if [0]:
    print("non-empty list is truthy")
