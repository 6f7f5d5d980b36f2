# Memory-reclamation benchmark: make and drop reference cycles and generators.
#   1. N lists that contain themselves                 (a = [i]; a.append(a))
#   2. N generators whose frame refers to the generator (x = g(); next(x); x.send(x))
#   3. N generators run to completion and dropped
# Nothing here is kept alive, so peak memory must stay flat: an interpreter that
# cannot collect cycles grows by hundreds of MB. Imports nothing, never reads a
# clock, and ends by printing one line that every interpreter must reproduce.

N = 1000000


def self_lists(n):
    chk = 0
    for i in range(n):
        a = [i]
        a.append(a)
        chk = (chk * 31 + a[1][1][0]) & 0xFFFFFFFF
    return chk


def g():
    me = yield
    yield me


def self_generators(n):
    chk = 0
    for i in range(n):
        x = g()
        next(x)
        if x.send(x) is x:
            chk += 1
    return chk


def finite(k):
    yield k
    yield k + 1
    return k * 2


def finished_generators(n):
    chk = 0
    for i in range(n):
        it = finite(i)
        chk += next(it) + next(it)
        try:
            next(it)
        except StopIteration as e:
            chk = (chk + e.value) & 0xFFFFFFFF
    return chk


print("cycles", self_lists(N), self_generators(N), finished_generators(N))
