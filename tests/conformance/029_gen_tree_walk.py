# recursive tree walks with yield from: in-order, pre-order with depth and a returned node count, flattening
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))

def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)

def preorder_depth(node, depth=0):
    if node is None:
        return 0
    yield depth, node.value
    n = 1
    n += yield from preorder_depth(node.left, depth + 1)
    n += yield from preorder_depth(node.right, depth + 1)
    return n

tree = build(1, 10)
print(list(inorder(tree)))
g = preorder_depth(tree)
while True:
    try:
        depth, value = next(g)
    except StopIteration as e:
        print("nodes:", e.value)
        break
    print("  " * depth + str(value))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6], 7]])))

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

g = deep(200)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
