# conversions between int, float, str and bool, and the ValueError messages of bad conversions
print(int("42"), int("  -17  "), int("+5"), int("1_000"), int("ff", 16), int("0x1F", 16))
print(int("777", 8), int("101", 2), int("z", 36), int("0b11", 0), int("0o17", 0))
print(int(3.99), int(-3.99), int(True), int(float(2 ** 70)))
print(float("3.5"), float("  -2.25 "), float("1e3"), float("inf"), float(7), float(" .5"), float("5."))
print(str(42), str(-0.5), str(True), str(None), str(1e20), str(12345678901234567890))
print(repr("42"), repr(42), repr(4.0), repr(None), repr(False))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool({}), bool(()))
print(int("0"), float("-0"), str(float("-0")), int(-0.0))
print(hex(255), hex(-255), oct(8), bin(10), bin(-3), hex(0))
print(chr(65), ord("A"), chr(0x263A) == "\u263a", ord("é"), chr(233))
print(list("abc"), tuple([1, 2]), list((3, 4)), list(range(3)), list({"a": 1, "b": 2}))
print(str([1, "a"]), str((1,)), str({"k": [1]}))
for bad in ["abc", "1.5", "", "12a", " ", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
for bad in ["x1", "", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(int(float("1e3")), float(int("12")), int("  7\n"))
