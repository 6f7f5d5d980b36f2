# `a, *b = x` lists the iterator of x, as CPython does: its length hint
# presizes (MemoryError at once for a huge range), x.__len__ is not called,
# and a non-iterable says "cannot unpack non-iterable".
class A:
    def __len__(self):
        raise ValueError("len called")
    def __iter__(self):
        return iter([1, 2, 3])
for src in ["a, *b = A()", "a, *b = 5", "a, *b = range(2**62)", "*a, b = iter(range(2**62))", "a, *b = [1, 2]", "x = [*A()]"]:
    try:
        exec(src)
        print(src, "ok")
    except Exception as e:
        print(src, type(e).__name__, e)
class B:
    def __iter__(self):
        raise ValueError("iter boom")
class C:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
for src in ["a, *b = B()", "a, *b = C(); print(a, b)"]:
    try:
        exec(src)
        print(src, "ok")
    except Exception as e:
        print(src, type(e).__name__, e)
