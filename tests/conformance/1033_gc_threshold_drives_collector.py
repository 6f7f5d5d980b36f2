# gc.set_threshold's first number starts young collections as in CPython:
# 0 turns automatic collection off, a positive threshold collects cycles
# while a loop makes them, and gc.disable() stops it whatever the threshold.
import gc

died = []


class Cycle:
    def __init__(self):
        self.me = self

    def __del__(self):
        died.append(1)


def make(n):
    for _ in range(n):
        Cycle()


gc.collect()
print("defaults", gc.get_threshold())

gc.set_threshold(0)
make(5000)
print("threshold 0, before collect:", len(died))
gc.collect()
print("after collect:", len(died))

died.clear()
gc.set_threshold(700)
make(5000)
print("threshold 700, collected during the loop:", len(died) > 1000)
gc.collect()
print("all collected:", len(died))

died.clear()
gc.disable()
make(3000)
print("disabled:", len(died), gc.isenabled())
gc.enable()
gc.collect()
print("enabled and collected:", len(died))

died.clear()
gc.set_threshold(100000)
make(2000)
print("threshold above the loop:", len(died))
gc.collect()
print("after collect:", len(died))
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

# Plain objects freed by their count are not the collector's business.
class Plain:
    pass


for _ in range(100000):
    Plain()
print("count after plain objects below threshold:", gc.get_count()[0] < 700)
