TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("idle", "push"): "idle",
}


class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.history = [self.state]

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError("no transition from %s on %s" % key)
        handler = getattr(self, "on_" + event, None)
        if handler:
            handler()
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self.state

    def on_coin(self):
        self.credit += 25

    def on_done(self):
        self.credit = 0


m = Machine()
for ev in ["push", "coin", "coin", "push", "done", "coin", "done"]:
    try:
        print(ev, "->", m.fire(ev), m.credit)
    except ValueError as e:
        print("ValueError:", e)
print(m.history)


def traffic_light():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    order = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        for _ in range(durations[state]):
            yield state
        state = order[state]


light = traffic_light()
print([next(light) for _ in range(10)])


def parse_number(text):
    state = "start"
    for ch in text:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "error"
        elif state in ("sign", "int"):
            state = "int" if ch.isdigit() else "dot" if ch == "." and state == "int" else "error"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "error"
        if state == "error":
            return False
    return state in ("int", "frac")


for t in ["42", "-3.14", "+", "1.", "1.2.3", "abc", "", "007", ".5"]:
    print(repr(t), parse_number(t))
