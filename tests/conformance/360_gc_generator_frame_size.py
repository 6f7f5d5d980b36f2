# A generator made right after a call to a big function (many locals, a
# deep stack) keeps a frame sized for its own code, not the big one's.
def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def big(a):
    b = c = d = e = f = g = h = i = j = k = l = m = n = o = p = q = r = s = t = a
    return [a, b, c, d, e, f, g, h, i, j, [k, l, m, n, o, [p, q, r, s, [t, a, b, c, d, e, f]]]]


def gen(x):
    yield x


base = rss_mb()
gens = []
for i in range(200000):
    big(i)
    x = gen(i)
    next(x)
    gens.append(x)
alive = rss_mb() - base
print("alive", "ok" if alive < 100 else "too big: %d MB" % alive)
del gens, x
after = rss_mb() - base
print("after del", "ok" if after < 20 else "kept %d MB" % after)
