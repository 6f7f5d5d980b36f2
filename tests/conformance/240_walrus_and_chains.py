data = [3, 8, 1, 9, 4, 7]
if (n := len(data)) > 5:
    print("long list", n)
while (item := data.pop()) != 9:
    print("popped", item)
print(data)
values = [y for x in range(10) if (y := x * x) % 3 == 0]
print(values, y)
import re
for line in ["a=1", "bad", "b=22"]:
    if m := re.match(r"(\w)=(\d+)", line):
        print(m.group(1), int(m.group(2)))
    else:
        print("no match", line)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 0 < x < 5, 1 < 2 < 3 < 4 > 2, "a" < "b" < "c")
print(x is not None is not False, 3 in [1, 3] in [[1, 3]], not 1 == 2)


def noisy(v):
    print("eval", v)
    return v


print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(noisy(0) and noisy(1), noisy(2) or noisy(3), noisy(None) or noisy(0) or noisy("last"))
print([] or {} or 0 or "", 1 and 2 and 3, not [], not [0], None is None, (x > 3) is True)
total = 0
if (a := 3) and (b := 4):
    total = a + b
print(total, a, b)
print((lambda: (z := 10) + z)())
