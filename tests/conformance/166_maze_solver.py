# a maze solver: parsing a grid, BFS shortest path with a deque, DFS with a generator, path drawing
from collections import deque

MAZE = """\
##########
#S   #   #
# ## # # #
# #    # #
# # #### #
#   #   E#
### # ## #
#     #  #
##########"""

grid = [list(row) for row in MAZE.splitlines()]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")


def neighbours(cell):
    r, c = cell
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
            yield nr, nc


def bfs(src, dst):
    prev = {src: None}
    queue = deque([src])
    while queue:
        cell = queue.popleft()
        if cell == dst:
            break
        for n in neighbours(cell):
            if n not in prev:
                prev[n] = cell
                queue.append(n)
    if dst not in prev:
        return None
    path = []
    cell = dst
    while cell is not None:
        path.append(cell)
        cell = prev[cell]
    return path[::-1]


def dfs_paths(cell, dst, seen):
    if cell == dst:
        yield [cell]
        return
    for n in neighbours(cell):
        if n not in seen:
            seen.add(n)
            for rest in dfs_paths(n, dst, seen):
                yield [cell] + rest
            seen.discard(n)


path = bfs(start, end)
print("start", start, "end", end, "shortest", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
all_paths = list(dfs_paths(start, end, {start}))
lengths = sorted(len(p) - 1 for p in all_paths)
print(len(all_paths), "simple paths; lengths", lengths[:5], "...", lengths[-1])
print(min(all_paths, key=len) == path, bfs(start, (1, 5)))
