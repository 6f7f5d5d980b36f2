from collections import deque

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))


def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


def dfs(node, seen=None):
    seen = seen if seen is not None else []
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    todo = set(graph)
    while todo:
        node = min((n for n in todo if n in dist), key=lambda n: (dist[n], n), default=None)
        if node is None:
            break
        todo.remove(node)
        for nxt, w in graph[node]:
            nd = dist[node] + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


print(bfs("A"))
print(dfs("A"))
dist, prev = dijkstra("A")
print(sorted(dist.items()))
for t in "DF":
    print(t, path(prev, t), dist[t])
components = []
seen = set()
for n in sorted(graph):
    if n not in seen:
        comp = dfs(n)
        seen.update(comp)
        components.append(sorted(comp))
print(components, sum(len(v) for v in graph.values()) // 2)
