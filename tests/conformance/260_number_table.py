print("%4s %8s %10s %12s %8s" % ("n", "n^2", "n^3", "2^n", "sqrt"))
for n in range(1, 16):
    print("%4d %8d %10d %12d %8.4f" % (n, n * n, n ** 3, 2 ** n, n ** 0.5))
print()
header = "    " + "".join("%4d" % j for j in range(1, 10))
print(header)
for i in range(1, 10):
    print("%4d" % i + "".join("%4d" % (i * j) for j in range(1, 10)))
print()
for base in (2, 8, 10, 16):
    print("%2d:" % base, " ".join(format(n, {2: "b", 8: "o", 10: "d", 16: "x"}[base]).rjust(5) for n in (7, 42, 255, 1000)))
celsius = range(-40, 101, 20)
print(" | ".join("%4d°C = %5.1f°F" % (c, c * 9 / 5 + 32) for c in celsius))
print([round(1 / n, 4) for n in range(1, 8)], ["%.2e" % (10 ** -n) for n in range(0, 12, 3)])
print("{:>10}".format("right"), "{:<10}|".format("left"), "{:^10}|".format("mid"), "{:=+10.2f}".format(-3.14159), "{:010.3f}".format(3.14159))
