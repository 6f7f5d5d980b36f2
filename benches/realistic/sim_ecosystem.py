# Realistic, class-heavy: a predator-prey ecosystem on a grid. Animals are
# instances of a small class hierarchy (super().__init__, properties,
# overridden methods, class attributes), the world keeps them in dicts and
# lists, and every tick each animal moves, eats, ages, breeds or dies.
# A deterministic LCG stands in for random; imports nothing.

SIZE = 40
TICKS = 260


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Position:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Position((self.x + dx) % SIZE, (self.y + dy) % SIZE)

    def key(self):
        return self.x * SIZE + self.y


class Animal:
    max_age = 50
    breed_energy = 20
    kind = "animal"

    def __init__(self, pos, energy):
        self.pos = pos
        self.energy = energy
        self.age = 0
        self.alive = True

    @property
    def hungry(self):
        return self.energy < self.breed_energy // 2

    def step(self, world, rng):
        self.age += 1
        self.energy -= self.metabolism()
        if self.age > self.max_age or self.energy <= 0:
            self.alive = False
            return None
        d = rng.next(5)
        dx, dy = ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1))[d]
        self.pos = self.pos.moved(dx, dy)
        self.eat(world)
        if self.energy >= self.breed_energy:
            self.energy //= 2
            return self.offspring()
        return None

    def metabolism(self):
        return 1

    def eat(self, world):
        pass

    def offspring(self):
        return type(self)(self.pos, self.energy)


class Rabbit(Animal):
    max_age = 30
    breed_energy = 12
    kind = "rabbit"

    def eat(self, world):
        k = self.pos.key()
        grass = world.grass.get(k, 0)
        if grass:
            world.grass[k] = grass - 1
            self.energy += 3


class Fox(Animal):
    max_age = 45
    breed_energy = 44
    kind = "fox"

    def __init__(self, pos, energy):
        super().__init__(pos, energy)
        self.kills = 0

    def metabolism(self):
        return 2 if self.hungry else 1

    def rng_ok(self, victim):
        # Old rabbits are caught, young ones escape half the time.
        return victim.age > 10 or (self.age + victim.age) % 2 == 0

    def eat(self, world):
        prey = world.rabbits_at.get(self.pos.key())
        if prey:
            victim = prey.pop()
            if victim.alive and self.rng_ok(victim):
                victim.alive = False
                self.energy += 9
                self.kills += 1


class World:
    def __init__(self, seed):
        self.rng = Rng(seed)
        self.grass = {}
        self.animals = []
        self.rabbits_at = {}
        for x in range(SIZE):
            for y in range(SIZE):
                self.grass[x * SIZE + y] = 3
        for i in range(400):
            self.animals.append(Rabbit(Position(self.rng.next(SIZE), self.rng.next(SIZE)), 8))
        for i in range(12):
            self.animals.append(Fox(Position(self.rng.next(SIZE), self.rng.next(SIZE)), 30))

    def tick(self):
        self.rabbits_at = {}
        for a in self.animals:
            if a.alive and a.kind == "rabbit":
                self.rabbits_at.setdefault(a.pos.key(), []).append(a)
        born = []
        for a in self.animals:
            if a.alive:
                child = a.step(self, self.rng)
                if child is not None:
                    born.append(child)
        self.animals = [a for a in self.animals if a.alive] + born
        if len(self.animals) > 6000:
            self.animals = self.animals[:6000]
        for k in range(self.rng.next(3), SIZE * SIZE, 3):
            if self.grass[k] < 5:
                self.grass[k] += 1

    def census(self):
        counts = {"rabbit": 0, "fox": 0}
        energy = 0
        for a in self.animals:
            counts[a.kind] += 1
            energy += a.energy
        return counts["rabbit"], counts["fox"], energy


def main():
    chk = 0
    for seed in (1, 2, 3):
        w = World(seed)
        for t in range(TICKS):
            w.tick()
            if t % 20 == 0:
                r, f, e = w.census()
                chk = (chk * 31 + r * 7 + f * 13 + e) & 0xFFFFFFFF
        kills = sum(a.kills for a in w.animals if isinstance(a, Fox))
        chk = (chk * 31 + kills) & 0xFFFFFFFF
    return chk


print("sim_ecosystem", main())
