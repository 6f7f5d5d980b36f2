# printf-style formatting: plain and flagged directives, mappings, errors.
cases = [("%s %d %.2fms", ("a", 3, 0.5)), ("%5s|%-5s|%05d|%+d|% d|%x|%X|%o|%#x|%e|%g|%c|%c|%r|%a|%%", ("ab", "cd", 42, 7, 7, 255, 255, 8, 255, 12345.678, 0.0001, 65, "z", "q'", "é")),
         ("%(name)s is %(age)d", {"name": "Bob", "age": 30}), ("héllo %s wörld %d", ("ü", 5)), ("%.3s|%10.4f|%-8.2e|%*d", ("abcdef", 3.14159, 1234.5, 6, 42)),
         ("%d%%", (50,)), ("%s", (None,)), ("%s", ((1, 2),)), ("%i %u", (True, False)), ("%d", (3.9,)), ("%s %s", ("x",)), ("%q", (1,)), ("é%y", (1,)), ("%", ()), ("%(a", {"a": 1}), ("no args", ()), ("%s", "str-arg"), ("%s", 5), ("%(x)s %(x)r", {"x": "v"}), ("%s", [1])]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("%s" % ())
except Exception as e:
    print(type(e).__name__, e)
print("%d items" % 3)
d = {"a": 1, "é": "x"}
print("%(a)s %(é)s" % d)
try:
    print("%(zz)s" % d)
except KeyError as e:
    print("KeyError", e)
class M(dict):
    def __missing__(self, k):
        return k.upper()
print("%(hey)s" % M())
