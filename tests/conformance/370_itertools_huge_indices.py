# Found by the program fuzzer (tests/fuzz_programs.rs): islice with an index
# beyond sys.maxsize counted towards it forever instead of raising at once.
import itertools
import sys


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("stop 10**20", lambda: list(itertools.islice(itertools.count(), 10**20)))
attempt("stop maxsize+1", lambda: itertools.islice([], sys.maxsize + 1))
attempt("stop maxsize", lambda: list(itertools.islice([1, 2, 3], sys.maxsize)))
attempt("stop -10**20", lambda: itertools.islice([], -10**20))
attempt("start 10**20", lambda: list(itertools.islice(itertools.count(), 10**20, 10**20 + 1)))
attempt("start -10**20", lambda: itertools.islice([], -10**20, None))
attempt("step 10**20", lambda: itertools.islice([], 0, 5, 10**20))
attempt("step maxsize", lambda: list(itertools.islice(range(5), 0, 5, sys.maxsize)))
attempt("start -1", lambda: itertools.islice([], -1, 5))
attempt("stop -2", lambda: itertools.islice([], 0, -2))
attempt("repeat 10**20", lambda: list(itertools.product(range(2), repeat=10**20)))
attempt("repeat -10**20", lambda: list(itertools.product(range(2), repeat=-10**20)))
attempt("repeat huge", lambda: list(itertools.product(range(2), range(3), repeat=2**62)))
attempt("no pools", lambda: list(itertools.product(repeat=10**18)))
attempt("repeat 2", lambda: list(itertools.product("ab", repeat=2)))
