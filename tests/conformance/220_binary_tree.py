class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        node = [key, None, None]
        if self.root is None:
            self.root = node
        else:
            cur = self.root
            while True:
                if key == cur[0]:
                    return False
                side = 1 if key < cur[0] else 2
                if cur[side] is None:
                    cur[side] = node
                    break
                cur = cur[side]
        self.count += 1
        return True

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return []
        return self.inorder(node[1]) + [node[0]] + self.inorder(node[2])

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))

    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur[0]:
                return True
            cur = cur[1] if key < cur[0] else cur[2]
        return False

    def levels(self):
        out, frontier = [], [self.root] if self.root else []
        while frontier:
            out.append([n[0] for n in frontier])
            frontier = [c for n in frontier for c in (n[1], n[2]) if c]
        return out


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.count, t.height(), 65 in t, 66 in t)
print(t.levels())
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height(), words.levels()[:3])
skewed = BST()
for i in range(200):
    skewed.insert(i)
print(skewed.height(), skewed.count, 199 in skewed)
