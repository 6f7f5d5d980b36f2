rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100), ("kiwi", 0.333333, 7)]
print("{:<10}|{:>8}|{:^6}".format("item", "price", "qty"))
print("-" * 26)
for name, price, qty in rows:
    print("{:<10}|{:>8.2f}|{:^6d}".format(name, price, qty))
total = sum(p * q for _, p, q in rows)
print("{:<10}|{:>8.2f}|".format("total", total))
print(format(3.14159, ".3f"), format(3.14159, "10.2f"), format(3.14159, "<10.2f") + "|", format(-3.14159, "+.1f"), format(3.14159, "+.1f"))
print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(0.256, ".1%"), format(1e-5, ".2e"), format(12345.678, "g"), format(0.00001234, "g"))
print(format(42, "08d"), format(42, "+d"), format(-42, "08d"), format(42, " d"), format(42, "x"), format(42, "#x"), format(42, "#o"), format(42, "#b"), format(255, "X"))
print(format("abc", "*^9"), format("abc", ">5"), format("abc", ".2"), format("abcdef", "10.3") + "|", format(True, ">6"), format(None, "^8") if False else "")
print("{0:{1}}|".format("x", 5), "{:{fill}{align}{width}}".format("y", fill="-", align=">", width=4), "{:.{p}f}".format(2 / 3, p=4))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0[1]} {1[key]} {2.real}".format([7, 8], {"key": "v"}, 5))
print("%5s|%-5s|%05d|%.2f|%x|%o|%e|%r|%%" % ("a", "b", 42, 3.14159, 255, 8, 12345.6789, "q"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"), "%+d %+d" % (5, -5), "%10.3s|" % "abcdef")
print(format(1.0, "g"), format(100000000.0, "g"), format(1e16, "g"), format(0.1, ".20f"), format(1 / 3, ".15g"))
print(format(123.456, "e"), format(123.456, "E"), format(float("inf"), "f"), format(float("nan"), ">6"), format(-0.0, "f"))
print(format(5, ""), format(5.5, ""), str(5.5), format(10 ** 18, ","), format(12, "c") == "\x0c", format(65, "c"))
for bad in [lambda: format(1.5, "d"), lambda: format("s", "d"), lambda: "{".format(1), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(y=1), lambda: "%d" % "s", lambda: "%s %s" % (1,)]:
    try:
        print(bad())
    except (ValueError, TypeError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
