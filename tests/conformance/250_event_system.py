class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for fn in self.handlers.get(event, []):
            try:
                results.append(fn(**payload))
            except Exception as e:
                results.append("%s failed: %s" % (fn.__name__, e))
        return results

    def off(self, event, fn):
        self.handlers[event].remove(fn)


bus = EventBus()


@bus.on("user.created")
def send_welcome(name, email=None):
    return "welcome mail to %s" % (email or name)


@bus.on("user.created")
def audit(name, **rest):
    return "audit: %s %s" % (name, sorted(rest))


@bus.on("order.paid")
def ship(order_id, amount):
    if amount <= 0:
        raise ValueError("nothing to ship for #%d" % order_id)
    return "ship #%d" % order_id


print(bus.emit("user.created", name="ann", email="ann@example.com"))
print(bus.emit("user.created", name="bob"))
print(bus.emit("order.paid", order_id=7, amount=30))
print(bus.emit("order.paid", order_id=8, amount=0))
print(bus.emit("unknown.event"))
bus.off("user.created", audit)
print(bus.emit("user.created", name="cy"), bus.history, {k: len(v) for k, v in bus.handlers.items()})
try:
    bus.off("user.created", audit)
except ValueError as e:
    print("ValueError:", e)
