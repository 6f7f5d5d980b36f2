# while/else, for/else, break, continue, nested loops, loop variables after the loop
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally, i =", i)
while True:
    i -= 1
    if i == 0:
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("an empty for still runs its else")
total = 0
for x in range(10):
    if x % 2:
        continue
    if x > 6:
        break
    total += x
print("total", total)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for i in range(5):
    pass
print("loop variable after the loop", i)
k = 0
while k < 10:
    k += 1
    if k % 3:
        continue
    print("k", k)
else:
    print("while-else runs after a loop that only used continue")
