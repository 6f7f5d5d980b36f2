class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Item(%r, %r, %.2f, %d)" % (self.sku, self.name, self.price, self.qty)


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            raise KeyError("duplicate sku %s" % item.sku)
        self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def restock(self, sku, n):
        self.items[sku].qty += n
        self.log.append(("restock", sku, n))

    def sell(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise OutOfStock("%s: want %d, have %d" % (item.name, n, item.qty))
        item.qty -= n
        self.log.append(("sell", sku, n))
        return item.price * n

    def total_value(self):
        return sum(i.value for i in self.items.values())

    def low_stock(self, threshold=5):
        return sorted((i.name for i in self.items.values() if i.qty < threshold))

    def report(self):
        lines = ["%-6s %-10s %8s %5s %9s" % ("sku", "name", "price", "qty", "value")]
        for sku in sorted(self.items):
            i = self.items[sku]
            lines.append("%-6s %-10s %8.2f %5d %9.2f" % (sku, i.name, i.price, i.qty, i.value))
        lines.append("%-6s %-10s %8s %5d %9.2f" % ("", "TOTAL", "", sum(i.qty for i in self.items.values()), self.total_value()))
        return "\n".join(lines)


inv = Inventory()
for args in [("A1", "bolt", 0.25, 100), ("B2", "nut", 0.1, 250), ("C3", "hammer", 12.5, 3), ("D4", "saw", 24.0)]:
    inv.add(Item(*args))
print(inv.report())
revenue = 0
for sku, n in [("A1", 30), ("C3", 2), ("D4", 1), ("B2", 300), ("C3", 1)]:
    try:
        revenue += inv.sell(sku, n)
    except OutOfStock as e:
        print("OutOfStock:", e)
inv.restock("D4", 10)
print("revenue %.2f" % revenue, inv.low_stock(), inv.low_stock(50))
try:
    inv.add(Item("A1", "dup", 1))
except KeyError as e:
    print("KeyError:", e)
try:
    inv.sell("Z9", 1)
except KeyError as e:
    print("KeyError:", e)
print(inv.report())
print(len(inv.log), inv.log[-3:], [op for op, _, _ in inv.log].count("sell"))
