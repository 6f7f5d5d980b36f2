# from __future__ import annotations: annotations kept as strings (PEP 563)
from __future__ import annotations

def f(a: int, b: list[int], c: dict[str, int | None] = None, *args: tuple[int, ...],
      d: Optional['Node'], **kw: Callable[[int, str], bool]) -> Iterator[ 'X' ]:
    return a
print(f.__annotations__)
print(f(1, 2, d=3))

x: int | None = 1
y: Undefined.attribute[1:2, ::3]
z: (1 + 2) * 3 ** -x
w: -1 if not a and b or c else ~b
v: [1, 2.5, 1e100, 'quoted', b'bytes', None, True, ...]
u: {1: 2, 'k': v}
t: (1, 2)
s: a < b <= c is not d not in e
r: Tuple[()]
q: Tuple[int,]
p: call(1, *a, key=2, **kw)
o: a.b.c
n: lambda: 3
m: 'already a string'
l: (a + b) - (c - d) + e
k: a - (b - c)
j: (a ** b) ** c
i: a ** (b ** c)
h: -(-a)
g: not (a or b)
e: {1, 2}
print(__annotations__)
print(x)

class Node:
    next: Node | None = None
    value: T
    def link(self, other: Node) -> Node:
        return other
print(Node.__annotations__)
print(Node.link.__annotations__)

def inner_scope():
    local: Undefined = 1
    return local
print(inner_scope())

# complex targets are not evaluated for their annotation
class O:
    pass
obj = O()
obj.attr: undefined_annotation = 4
print(obj.attr)
