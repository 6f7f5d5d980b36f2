# a pipeline of generators: read -> strip comments -> parse -> running total -> batch, consumed lazily
def read_lines():
    text = "alpha 3\nbeta 7\n# comment\n\ngamma 12\ndelta x\nepsilon 5\n"
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        name, _, value = line.partition(" ")
        try:
            yield name, int(value)
        except ValueError:
            print("skipping bad line:", repr(line))

def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, value, total

def batch(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

for group in batch(running_total(parse(strip_comments(read_lines()))), 2):
    print(group)

def trace(name, it):
    for x in it:
        print(name, "->", x)
        yield x

for v in trace("double", (2 * x for x in trace("src", range(3)))):
    print("sink", v)
