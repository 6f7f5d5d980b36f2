"""A small backtracking regular-expression matcher for URL routes, used by
tornado.web when the `re` module is not available.

Supports what route patterns use: literals and escapes, `.`, classes
`[...]` (ranges, negation, \\d \\w \\s inside), \\d \\w \\s \\D \\W \\S, groups
`(...)`, `(?:...)`, `(?P<name>...)`, alternation `|`, quantifiers
`* + ? {m} {m,} {m,n}` (greedy and lazy), anchors `^` and `$`.
"""

_DIGITS = "0123456789"
_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_SPACE = " \t\n\r\f\v"


class error(Exception):
    pass


def _class_test(kind):
    if kind == "d":
        return lambda c: c in _DIGITS
    if kind == "D":
        return lambda c: c not in _DIGITS
    if kind == "w":
        return lambda c: c in _WORD or (c > "\x7f" and c.isalnum())
    if kind == "W":
        return lambda c: not (c in _WORD or (c > "\x7f" and c.isalnum()))
    if kind == "s":
        return lambda c: c in _SPACE
    if kind == "S":
        return lambda c: c not in _SPACE
    return None


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}


class _Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.ngroups = 0
        self.groupindex = {}

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.parse_seq())
        if len(branches) == 1:
            return branches[0]
        return ("alt", branches)

    def parse_seq(self):
        items = []
        while True:
            c = self.peek()
            if c is None or c == "|" or c == ")":
                return ("seq", items)
            atom = self.parse_atom()
            items.append(self.parse_quant(atom))

    def parse_quant(self, atom):
        c = self.peek()
        lo = hi = None
        if c == "*":
            lo, hi = 0, -1
            self.i += 1
        elif c == "+":
            lo, hi = 1, -1
            self.i += 1
        elif c == "?":
            lo, hi = 0, 1
            self.i += 1
        elif c == "{":
            j = self.p.find("}", self.i)
            body = self.p[self.i + 1:j] if j > 0 else ""
            parts = body.split(",")
            if j > 0 and len(parts) <= 2 and parts[0].isdigit() and (
                    len(parts) == 1 or parts[1] == "" or parts[1].isdigit()):
                lo = int(parts[0])
                if len(parts) == 1:
                    hi = lo
                else:
                    hi = int(parts[1]) if parts[1] else -1
                self.i = j + 1
            else:
                return atom
        else:
            return atom
        lazy = False
        if self.peek() == "?":
            lazy = True
            self.i += 1
        return ("rep", atom, lo, hi, lazy)

    def parse_escape(self):
        c = self.p[self.i]
        self.i += 1
        test = _class_test(c)
        if test is not None:
            return ("test", test)
        return ("char", _ESCAPES.get(c, c))

    def parse_atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == ".":
            return ("test", lambda ch: ch != "\n")
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "\\":
            if self.i >= len(self.p):
                raise error("bad escape (end of pattern)")
            return self.parse_escape()
        if c == "[":
            return self.parse_class()
        if c == "(":
            index = None
            if self.p.startswith("?:", self.i):
                self.i += 2
            elif self.p.startswith("?P<", self.i):
                j = self.p.find(">", self.i)
                name = self.p[self.i + 3:j]
                self.i = j + 1
                self.ngroups += 1
                index = self.ngroups
                self.groupindex[name] = index
            else:
                self.ngroups += 1
                index = self.ngroups
            node = self.parse_alt()
            if self.peek() != ")":
                raise error("missing ), unterminated subpattern")
            self.i += 1
            return ("group", index, node)
        if c in "*+?":
            raise error("nothing to repeat")
        return ("char", c)

    def parse_class(self):
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        tests = []
        chars = []
        first = True
        while True:
            c = self.peek()
            if c is None:
                raise error("unterminated character set")
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == "\\":
                e = self.p[self.i]
                self.i += 1
                t = _class_test(e)
                if t is not None:
                    tests.append(t)
                    continue
                c = _ESCAPES.get(e, e)
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                hi = self.p[self.i + 1]
                self.i += 2
                if hi == "\\":
                    hi = _ESCAPES.get(self.p[self.i], self.p[self.i])
                    self.i += 1
                tests.append(lambda ch, lo=c, hi=hi: lo <= ch <= hi)
            else:
                chars.append(c)
        charset = frozenset(chars)

        def test(ch):
            hit = ch in charset
            if not hit:
                for t in tests:
                    if t(ch):
                        hit = True
                        break
            return hit != negate
        return ("test", test)


def _compile(node, k):
    """A matcher m(s, i, groups) -> end or -1, continuing with k."""
    kind = node[0]
    if kind == "char":
        ch = node[1]

        def m(s, i, g):
            if i < len(s) and s[i] == ch:
                return k(s, i + 1, g)
            return -1
        return m
    if kind == "test":
        test = node[1]

        def m(s, i, g):
            if i < len(s) and test(s[i]):
                return k(s, i + 1, g)
            return -1
        return m
    if kind == "bol":
        return lambda s, i, g: k(s, i, g) if i == 0 else -1
    if kind == "eol":
        return lambda s, i, g: k(s, i, g) if i == len(s) or (
            i == len(s) - 1 and s[i] == "\n") else -1
    if kind == "seq":
        for item in reversed(node[1]):
            k = _compile(item, k)
        return k
    if kind == "alt":
        branches = [_compile(b, k) for b in node[1]]

        def m(s, i, g):
            for b in branches:
                r = b(s, i, g)
                if r >= 0:
                    return r
            return -1
        return m
    if kind == "group":
        index = node[1]
        if index is None:
            return _compile(node[2], k)

        def close(s, i, g):
            start = g[index][0]
            old = g[index]
            g[index] = (start, i)
            r = k(s, i, g)
            if r < 0:
                g[index] = old
            return r
        inner = _compile(node[2], close)

        def m(s, i, g):
            old = g[index]
            g[index] = (i, -1)
            r = inner(s, i, g)
            if r < 0:
                g[index] = old
            return r
        return m
    if kind == "rep" and node[1][0] in ("char", "test"):
        # One character per iteration (`[^/]+`, `.*`, `\d{4}`): count the
        # run in a loop and backtrack over it without recursion, so long
        # paths cost no stack.
        atom, lo, hi, lazy = node[1], node[2], node[3], node[4]
        if atom[0] == "char":
            ch = atom[1]
            test = lambda c: c == ch
        else:
            test = atom[1]

        def m(s, i, g):
            n = len(s)
            limit = n if hi < 0 else min(n, i + hi)
            j = i
            while j < limit and test(s[j]):
                j += 1
            if j - i < lo:
                return -1
            if lazy:
                end = i + lo
                while end <= j:
                    r = k(s, end, g)
                    if r >= 0:
                        return r
                    end += 1
                return -1
            end = j
            while end >= i + lo:
                r = k(s, end, g)
                if r >= 0:
                    return r
                end -= 1
            return -1
        return m
    if kind == "rep":
        atom, lo, hi, lazy = node[1], node[2], node[3], node[4]
        # Counted repetition through a recursive step; the step refuses an
        # empty iteration so `(a*)*` terminates.

        def step(s, i, g, count):
            def after_one(s2, j, g2):
                if j == i:
                    return -1
                return step(s2, j, g2, count + 1)
            can_more = hi < 0 or count < hi
            if count < lo:
                return one(s, i, g, after_one) if can_more else -1
            if lazy:
                r = k(s, i, g)
                if r >= 0 or not can_more:
                    return r
                return one(s, i, g, after_one)
            if can_more:
                r = one(s, i, g, after_one)
                if r >= 0:
                    return r
            return k(s, i, g)

        def one(s, i, g, cont):
            # General atoms (groups) are compiled per continuation.
            return _compile(atom, cont)(s, i, g)
        return lambda s, i, g: step(s, i, g, 0)
    raise error("unknown node")


class Match:
    def __init__(self, s, groups, end):
        self.string = s
        self._groups = groups
        self._end = end

    def group(self, n=0):
        if n == 0:
            return self.string[:self._end]
        start, end = self._groups[n]
        if start < 0 or end < 0:
            return None
        return self.string[start:end]

    def groups(self):
        return tuple(self.group(i) for i in range(1, len(self._groups)))

    def end(self):
        return self._end


class Pattern:
    def __init__(self, pattern):
        p = _Parser(pattern)
        tree = p.parse_alt()
        if p.i != len(pattern):
            raise error("unbalanced parenthesis")
        self.pattern = pattern
        self.groups = p.ngroups
        self.groupindex = p.groupindex
        self._m = _compile(tree, lambda s, i, g: i)

    def match(self, s):
        g = [(-1, -1)] * (self.groups + 1)
        end = self._m(s, 0, g)
        if end < 0:
            return None
        return Match(s, g, end)


def compile(pattern):
    return Pattern(pattern)
