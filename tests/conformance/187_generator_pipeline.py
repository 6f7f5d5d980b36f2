LOG = """\
GET /index.html 200 1024
GET /about.html 200 2048
POST /login 302 0
GET /missing 404 512
GET /index.html 200 1024
GET /style.css 304 0
POST /login 200 128
GET /missing 404 512
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        method, path, status, size = line.split()
        yield {"method": method, "path": path, "status": int(status), "size": int(size)}


def only(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r


def field(records, name):
    return (r[name] for r in records)


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


print(sum(field(parse(lines(LOG)), "size")))
print(list(field(only(parse(lines(LOG)), status=404), "path")))
print(list(take(3, field(parse(lines(LOG)), "path"))))
print(sorted(set(field(only(parse(lines(LOG)), method="GET"), "path"))))
counts = {}
for r in parse(lines(LOG)):
    counts[r["status"]] = counts.get(r["status"], 0) + 1
print(sorted(counts.items()))


def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total


print(list(running_total(range(1, 6))), list(running_total([])))


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunks(range(7), 3)), list(chunks("abcd", 2)))
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
print(type(gen).__name__, sum(x for x in range(10) if x % 2), any(x > 3 for x in [1, 5]), all(x for x in []))
