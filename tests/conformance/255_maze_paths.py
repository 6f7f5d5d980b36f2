MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##.#",
    "..#...#..E",
]
rows, cols = len(MAZE), len(MAZE[0])
start = next((r, c) for r in range(rows) for c in range(cols) if MAZE[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if MAZE[r][c] == "E")
frontier = [start]
came = {start: None}
while frontier:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and MAZE[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = (r, c)
                nxt.append((nr, nc))
    frontier = nxt
path = []
node = end
while node:
    path.append(node)
    node = came[node]
path.reverse()
print(len(path) - 1, path[:4], path[-3:])
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
reachable = len(came)
walls = sum(row.count("#") for row in MAZE)
print(reachable, walls, rows * cols - walls - reachable)


def count_paths(r, c, seen):
    if (r, c) == end:
        return 1
    total = 0
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and MAZE[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            total += count_paths(nr, nc, seen)
            seen.remove((nr, nc))
    return total


print(count_paths(*start, {start}))
