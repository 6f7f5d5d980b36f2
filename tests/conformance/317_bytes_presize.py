# bytes(iterable) and bytes.join presize from the length hint, as CPython
# does: a huge one is MemoryError at once, not a hang.
class Hint:
    def __length_hint__(self):
        return 2**62
    def __iter__(self):
        return iter([65])

for src in ["bytes(range(2**62))", "b''.join(iter(range(2**62)))", "bytes(iter(range(2**62)))",
            "bytes(range(2**64))", "bytes(Hint())", "bytes(range(65, 68))", "b'-'.join([b'a', b'b'])",
            "bytes(x for x in range(3))"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
