def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(5):
    print("gen", gen, len(state))
    print(render(state, 6, 6))
    state = step(state)
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker)) == blinker, sorted(step(blinker)))
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block)
r_pent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
s = r_pent
sizes = []
for _ in range(30):
    s = step(s)
    sizes.append(len(s))
print(sizes)
