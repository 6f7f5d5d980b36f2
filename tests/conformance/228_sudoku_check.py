GRID = """\
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179"""


def parse(text):
    return [[int(ch) for ch in line] for line in text.splitlines()]


def groups(g):
    for r in range(9):
        yield "row %d" % r, g[r]
    for c in range(9):
        yield "col %d" % c, [g[r][c] for r in range(9)]
    for br in range(3):
        for bc in range(3):
            yield "box %d,%d" % (br, bc), [g[r][c] for r in range(br * 3, br * 3 + 3) for c in range(bc * 3, bc * 3 + 3)]


def problems(g):
    return [name for name, cells in groups(g) if sorted(cells) != list(range(1, 10))]


grid = parse(GRID)
print(problems(grid), sum(map(sum, grid)))
grid[0][0], grid[0][1] = grid[0][1], grid[0][0]
print(problems(grid))
grid = parse(GRID)
grid[4][4] = 0
print(problems(grid))
missing = [(r, c) for r in range(9) for c in range(9) if grid[r][c] == 0]
for r, c in missing:
    used = set(grid[r]) | {grid[i][c] for i in range(9)} | {grid[i][j] for i in range(r // 3 * 3, r // 3 * 3 + 3) for j in range(c // 3 * 3, c // 3 * 3 + 3)}
    options = sorted(set(range(1, 10)) - used)
    print((r, c), options)
    grid[r][c] = options[0]
print(problems(grid), "".join(map(str, grid[4])))
