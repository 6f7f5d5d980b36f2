# Realistic, generator-driven: a discrete-event simulation of a small
# network of queues (a bank with tellers, a shop, a repair line). Every
# customer and server is a generator process that yields requests to the
# scheduler (("wait", dt), ("get", queue), ("put", queue, item)); the
# scheduler keeps a heap of (time, seq, process) and sends results back.
# The shape of SimPy and of the coroutine schedulers in the article.

import heapq

HORIZON = 120000.0


class Rng:
    def __init__(self, seed):
        self.state = seed

    def uniform(self, lo, hi):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return lo + (hi - lo) * (self.state / 0x7FFFFFFF)


class Queue:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.waiters = []
        self.served = 0


class Sim:
    def __init__(self):
        self.now = 0.0
        self.heap = []
        self.seq = 0
        self.steps = 0

    def start(self, proc):
        self.schedule(0.0, proc, None)

    def schedule(self, delay, proc, value):
        self.seq += 1
        heapq.heappush(self.heap, (self.now + delay, self.seq, proc, value))

    def run(self, until):
        while self.heap:
            t, _, proc, value = heapq.heappop(self.heap)
            if t > until:
                break
            self.now = t
            self.resume(proc, value)

    def resume(self, proc, value):
        while True:
            self.steps += 1
            try:
                req = proc.send(value)
            except StopIteration:
                return
            op = req[0]
            if op == "wait":
                self.schedule(req[1], proc, None)
                return
            if op == "get":
                q = req[1]
                if q.items:
                    value = q.items.pop(0)
                    continue
                q.waiters.append(proc)
                return
            if op == "put":
                q = req[1]
                if q.waiters:
                    self.schedule(0.0, q.waiters.pop(0), req[2])
                else:
                    q.items.append(req[2])
                value = None


def customer(sim, rng, first, second, stats):
    arrived = sim.now
    yield ("put", first, ("job", arrived))
    yield ("wait", rng.uniform(1.0, 5.0))
    if rng.uniform(0, 1) < 0.3:
        yield ("put", second, ("extra", sim.now))
    stats[0] += 1


def source(sim, rng, first, second, stats, gap):
    n = 0
    while True:
        yield ("wait", rng.uniform(0.2, gap))
        n += 1
        sim.start(customer(sim, rng, first, second, stats))


def server(sim, rng, queue, lo, hi, stats, slot):
    while True:
        job = yield ("get", queue)
        waited = sim.now - job[1]
        yield ("wait", rng.uniform(lo, hi))
        queue.served += 1
        stats[slot] += waited


def run(seed):
    sim = Sim()
    rng = Rng(seed)
    bank = Queue("bank")
    repair = Queue("repair")
    stats = [0, 0.0, 0.0]
    sim.start(source(sim, rng, bank, repair, stats, 2.2))
    for i in range(3):
        sim.start(server(sim, rng, bank, 1.0, 5.0, stats, 1))
    for i in range(2):
        sim.start(server(sim, rng, repair, 2.0, 6.0, stats, 2))
    sim.run(HORIZON)
    return stats[0], bank.served, repair.served, int(stats[1]), int(stats[2]), sim.steps


def main():
    chk = 0
    for seed in (7, 11):
        for v in run(seed):
            chk = (chk * 31 + v) & 0xFFFFFFFF
    return chk


print("event_sim", main())
