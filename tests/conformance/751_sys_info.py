# sys: the version and platform facts, struct sequences, flags, the
# recursion limit, intern, getsizeof, exc_info, _getframe, the streams.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info.releaselevel)
print(sys.hexversion >> 16 == 0x030B, sys.version.startswith("3.11"))
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, len(sys.float_info))
print(sys.float_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.algorithm)
print(hash(float("inf")) == sys.hash_info.inf, hash(2**61 - 1) == 0)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.float_repr_style, sys.api_version > 1000)
print(type(sys.flags).__name__, len(sys.flags) >= 17, sys.flags.optimize, sys.flags.debug, sys.flags.isolated)
print([f for f in dir(sys.flags) if not f.startswith("_") and f not in ("count", "index", "n_fields", "n_sequence_fields", "n_unnamed_fields")])
try:
    sys.flags.optimize = 1
except AttributeError as e:
    print(type(e).__name__)
print(isinstance(sys.executable, str), sys.argv[0].endswith("751_sys_info.py"), sys.orig_argv[-1] == sys.argv[-1])
print(sorted(vars(sys.implementation))[:3], sys.implementation.version[:2], sys.implementation.hexversion == sys.hexversion)
print(isinstance(sys.implementation.name, str), sys.implementation.name == sys.implementation.name.lower())
print(type(sys.path).__name__, isinstance(sys.modules, dict), "sys" in sys.modules, sys.modules["sys"] is sys)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names, "json" in sys.stdlib_module_names)

old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)

a = "".join(["hel", "lo world"])
print(sys.intern(a) == "hello world", sys.intern(a) is sys.intern("hello world"))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)

for obj in [0, 1, 2**30, 2**100, 1.5, "", "ab", "é", "€", "𝄞", b"", b"abc", (), (1, 2), [], {}, {1: 2}, set(), None, True]:
    print(repr(obj), sys.getsizeof(obj))


class Sized:
    def __sizeof__(self):
        return 100


print(sys.getsizeof(Sized()))

print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.exc_info() == (None, None, None), sys.exception())


def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name


print(f())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)

print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, sys.stderr.errors)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.write("written\n"))
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes through the buffer\n")
sys.stdout.buffer.flush()
print(sys.stdout.buffer.write(bytearray(b"a bytearray\n")))
sys.stdout.writelines(["a\n", "b\n"])
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
try:
    sys.stdout.reconfigure(encoding="no-such")
except LookupError as e:
    print(type(e).__name__, e)
print(sys.stdin.read(), sys.stdin.readline() == "")
print(repr(sys.stdout), repr(sys.stderr))
print(sys.displayhook(None), sys.displayhook(42))
print(callable(sys.excepthook), sys.__excepthook__ is sys.excepthook)
print(sys.gettrace(), sys.getprofile(), sys.dont_write_bytecode in (True, False))
print(sys.getswitchinterval())
