# Repeating an empty sequence by a huge count is empty at once (no loop
# over the count), and `l *= n` repeats a list in place.
cases = [
    "'' * 10**18", "b'' * 10**18", "[] * 10**18", "() * 10**18",
    "10**18 * []", "10**18 * ()", "'' * -10**18", "[] * -10**18",
    "[] * 10**30", "() * -10**30", "-10**30 * 'ab'", "b'' * -2**64", "[1, 2] * 0", "(1,) * -5",
]
for src in cases:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)

a = []
b = a
a *= 10**18
print(a, a is b)
a = [1, 2]
b = a
a *= 3
print(b, a is b)
a *= 0
print(b, a is b)
a = [1]
a *= -10**18
print(a)
t = ()
t *= 10**18
print(t)
s = ''
s *= 10**18
print(repr(s))
try:
    a = [1]
    a *= 10**30
except Exception as e:
    print(type(e).__name__, e)
try:
    a = [1]
    a *= 'x'
except Exception as e:
    print(type(e).__name__, e)
