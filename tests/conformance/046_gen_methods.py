# generators as methods, staticmethods and classmethods; generators reading and writing self
class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def low_stock(self, limit):
        for name, qty in self.items.items():
            if qty < limit:
                yield name

    def drain(self):
        while self.items:
            name = next(iter(self.items))
            yield name, self.items.pop(name)

    @staticmethod
    def numbered(seq):
        yield from enumerate(seq, 1)

    @classmethod
    def sample(cls):
        inv = cls()
        for n, q in [("nuts", 3), ("bolts", 50), ("gears", 1)]:
            inv.add(n, q)
            yield inv

inv = Inventory().add("apples", 5).add("pears", 20).add("plums", 2)
print(list(inv.low_stock(10)))
for num, item in Inventory.numbered(inv.drain()):
    print(num, item)
print(inv.items)
print([len(i.items) for i in Inventory.sample()])
