# a text adventure as a state machine: rooms in dicts, an inventory set, scripted commands, generators for events
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"], "dark": True},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a locked cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = set()
        self.moves = 0
        self.log = []
        self.state = "playing"

    def say(self, text):
        self.log.append(text)
        print(text)

    def look(self):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            self.say("It is too dark to see.")
            return
        items = ", ".join(sorted(room["items"])) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        self.say(f"You are in {room['desc']}. You see {items}. Exits: {exits}.")

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            self.say(f"You can't go {direction}.")
            return
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                self.say("The door is locked.")
                return
            ROOMS[target]["locked"] = False
            self.say("You unlock the door with the key.")
        self.room = target
        self.moves += 1
        self.look()

    def take(self, item):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            self.say("You fumble in the dark.")
        elif item in room["items"]:
            room["items"].remove(item)
            self.inventory.add(item)
            self.say(f"Taken: {item}.")
            if item == "treasure":
                self.state = "won"
        else:
            self.say(f"There is no {item} here.")

    def handle(self, line):
        verb, _, rest = line.partition(" ")
        actions = {"look": lambda: self.look(), "go": lambda: self.go(rest), "take": lambda: self.take(rest),
                   "inventory": lambda: self.say("You carry: " + (", ".join(sorted(self.inventory)) or "nothing"))}
        action = actions.get(verb)
        if action is None:
            self.say(f"I don't know how to {verb!r}.")
        else:
            action()


def script():
    yield from ["look", "go north", "take key", "go south", "take lamp", "go north", "take key", "take book"]
    yield from ["inventory", "go south", "go east", "go down", "dance", "go down", "take treasure", "go up"]


game = Game()
for n, command in enumerate(script(), 1):
    if game.state != "playing":
        print(f"(ignoring {command!r}: game over)")
        continue
    print(f"> {command}")
    game.handle(command)
print(game.state, game.moves, sorted(game.inventory), len(game.log))
