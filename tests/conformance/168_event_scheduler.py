# a generator-based event scheduler: a hand-written binary heap of timers, tasks that sleep and exchange messages
class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i = 0
        while True:
            small = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < len(items) and items[child] < items[small]:
                    small = child
            if small == i:
                return top
            items[i], items[small] = items[small], items[i]
            i = small

    def __len__(self):
        return len(self.items)


class Scheduler:
    def __init__(self):
        self.now = 0
        self.timers = Heap()
        self.seq = 0
        self.mailboxes = {}
        self.log = []

    def spawn(self, name, gen, delay=0):
        self.seq += 1
        self.timers.push((self.now + delay, self.seq, name, gen, None))

    def run(self):
        while self.timers:
            when, _, name, gen, value = self.timers.pop()
            self.now = when
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.log.append(f"t={self.now} {name} finished -> {stop.value!r}")
                continue
            kind, arg = request
            if kind == "sleep":
                self.seq += 1
                self.timers.push((self.now + arg, self.seq, name, gen, None))
            elif kind == "send":
                target, message = arg
                self.mailboxes.setdefault(target, []).append(message)
                self.seq += 1
                self.timers.push((self.now, self.seq, name, gen, True))
            elif kind == "recv":
                box = self.mailboxes.get(name, [])
                self.seq += 1
                if box:
                    self.timers.push((self.now, self.seq, name, gen, box.pop(0)))
                else:
                    self.timers.push((self.now + 1, self.seq, name, gen, None))


def producer(n):
    for i in range(n):
        yield ("sleep", 2)
        yield ("send", ("consumer", i * i))
    yield ("send", ("consumer", None))
    return "produced %d" % n


def consumer():
    total = 0
    while True:
        msg = yield ("recv", None)
        if msg is None:
            continue
        if msg == 16:
            return total
        total += msg


def ticker(k):
    for i in range(k):
        yield ("sleep", 3)
    return "ticked"


s = Scheduler()
s.spawn("producer", producer(6))
s.spawn("consumer", consumer(), delay=1)
s.spawn("ticker", ticker(4))
s.run()
print("\n".join(s.log))
print("final time", s.now, "leftover mail", s.mailboxes)
h = Heap()
for x in [5, 3, 9, 1, 7, 2, 8]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
