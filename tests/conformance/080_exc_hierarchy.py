# the exception hierarchy: except LookupError/ArithmeticError catch subclasses; issubclass and isinstance
for thunk in [lambda: {}["k"], lambda: [][0], lambda: "abc"[9]]:
    try:
        thunk()
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
for thunk in [lambda: 1 / 0, lambda: 2.0 ** 10000, lambda: 1 % 0]:
    try:
        thunk()
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
         (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
         (SystemExit, BaseException), (Exception, BaseException), (TimeoutError, OSError),
         (FileNotFoundError, OSError), (bool, int), (KeyError, IndexError)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
e = KeyError("x")
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, ValueError))
print(isinstance(1, (str, int)), isinstance("s", (list, tuple)))
try:
    raise KeyError("first matching clause wins")
except LookupError:
    print("LookupError clause")
except KeyError:
    print("KeyError clause (not reached)")

class AppError(Exception):
    pass

class DbError(AppError):
    pass

try:
    raise DbError("db down")
except AppError as e:
    print("AppError caught", type(e).__name__, e)
print([c.__name__ for c in DbError.__mro__])
try:
    raise SystemExit(0)
except BaseException as e:
    print("SystemExit caught as BaseException", type(e).__name__)
