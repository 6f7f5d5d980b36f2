# A million suspended generators: memory comes back after del (read
# right away from /proc/self/status, no gc.collect()).
def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def g():
    yield 1


base = rss_mb()
gens = [g() for _ in range(300000)]
for x in gens:
    next(x)
alive = rss_mb() - base
del gens, x
after = rss_mb() - base
print("alive", "ok" if alive < 250 else "too big: %d MB" % alive)
print("after del", "ok" if after < 20 else "kept %d MB" % after)
