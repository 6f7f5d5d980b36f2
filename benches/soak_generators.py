# Soak: a million suspended generators alive at once, then dropped.
# Each generator is started (next) so it holds a suspended frame. VmRSS
# (/proc/self/status) goes to stderr every 100k generators made and started,
# then "alive", "after del" (read at once, no gc.collect()), the sampled
# peak and the kernel's high-water mark (VmHWM);
# stdout gets one checksum line.

import sys

N = 1000000
PEAK = [0]


def rss_mb(field="VmRSS:"):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0


def sample(part, i):
    if i % 100000 == 0:
        r = rss_mb()
        PEAK[0] = max(PEAK[0], r)
        sys.stderr.write("%s %d %.1f\n" % (part, i, r))


def g(i):
    yield i
    yield i + 1


start = rss_mb()
gens = []
chk = 0
for i in range(N):
    x = g(i)
    chk = (chk + next(x)) & 0xFFFFFFFF
    gens.append(x)
    sample("suspended", i)
alive = rss_mb()
PEAK[0] = max(PEAK[0], alive)
del gens, x
after = rss_mb()
print("generators", chk)
sys.stderr.write(
    "start %.1f alive %.1f after_del %.1f peak %.1f hwm %.1f\n"
    % (start, alive, after, PEAK[0], rss_mb("VmHWM:"))
)
