class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < len(items) and items[l] < items[smallest]:
                    smallest = l
                if r < len(items) and items[r] < items[smallest]:
                    smallest = r
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.items)


h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
tasks = MinHeap()
seq = 0
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    tasks.push((prio, seq, name))
    seq += 1
clock = 0
while len(tasks):
    prio, _, name = tasks.pop()
    clock += prio
    print("t=%2d run %-7s (priority %d)" % (clock, name, prio))
    if name == "test" and clock < 20:
        tasks.push((5, seq, "retest"))
        seq += 1
try:
    MinHeap().pop()
except IndexError as e:
    print("IndexError:", e)
