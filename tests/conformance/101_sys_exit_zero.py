# sys.exit(0) and sys.exit(None) from inside a generator-driven loop end the program with status 0
import sys

def events():
    yield "start"
    yield "work"
    yield "quit"
    yield "never"

for ev in events():
    print("event", ev)
    if ev == "quit":
        sys.exit(0)
print("not reached")
