# copyreg (the registry pickle and copy consult) and secrets
import copy
import copyreg
import pickle
import secrets


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees


def reduce_celsius(c):
    return Celsius, (c.degrees + 0,)


copyreg.pickle(Celsius, reduce_celsius)
print(Celsius in copyreg.dispatch_table)
for proto in range(6):
    back = pickle.loads(pickle.dumps(Celsius(21), proto))
    print(proto, type(back).__name__, back.degrees)
print(copy.deepcopy([Celsius(5)])[0].degrees)
for f in [lambda: copyreg.pickle(Celsius, 5), lambda: copyreg.constructor(5),
          lambda: copyreg.add_extension("m", "n", 0), lambda: copyreg.remove_extension("m", "n", 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
copyreg.add_extension("__main__", "Celsius", 240)
copyreg.add_extension("__main__", "Celsius", 240)
print(pickle.dumps(Celsius, 2), pickle.loads(pickle.dumps(Celsius, 2)) is Celsius)
try:
    copyreg.add_extension("__main__", "Other", 240)
except ValueError as e:
    print("ValueError", e)
copyreg.remove_extension("__main__", "Celsius", 240)
print(pickle.dumps(Celsius, 2))


class Plain:
    pass


p = Plain()
p.a = 1
func, args, state = copyreg._reduce_ex(p, 0)
print(func is copyreg._reconstructor, args[0] is Plain, args[1] is object, args[2], state)
q = copyreg._reconstructor(Plain, object, None)
print(type(q).__name__, copyreg.__newobj__(Plain).__class__.__name__)


class Slots:
    __slots__ = ("x", "__y")


print(copyreg._slotnames(Slots), Slots.__slotnames__)

print(len(secrets.token_bytes(16)), len(secrets.token_bytes()), len(secrets.token_hex(8)))
tok = secrets.token_urlsafe(24)
print(len(tok), all(c.isalnum() or c in "-_" for c in tok))
print(secrets.choice([7]), secrets.randbelow(1), 0 <= secrets.randbelow(10) < 10,
      0 <= secrets.randbits(8) < 256, secrets.compare_digest(b"a", b"a"))
print(secrets.SystemRandom().randrange(5, 6), secrets.DEFAULT_ENTROPY)
for f in [lambda: secrets.randbelow(0), lambda: secrets.choice([])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
