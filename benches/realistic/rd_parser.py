# Realistic, a recursive-descent parser: tokenizes and parses a small
# expression language (let-bindings, functions, if/else, arithmetic,
# comparisons, calls), builds an AST of node classes, and evaluates it with
# an environment chain. Source text is generated deterministically; the
# interpreter runs each program and checksums the results. Imports nothing.


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


KEYWORDS = {"let", "in", "if", "then", "else", "fn"}
PUNCT = "()+-*/%<=>,"


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(Token("num", src[i:j]))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(Token("kw" if word in KEYWORDS else "name", word))
            i = j
        elif c == "=" and src[i:i + 2] == "==":
            toks.append(Token("op", "=="))
            i += 2
        elif c in PUNCT:
            toks.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError("bad character %r" % c)
    toks.append(Token("eof", ""))
    return toks


class Node:
    pass


class Num(Node):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env.lookup(self.name)


class BinOp(Node):
    def __init__(self, op, a, b):
        self.op = op
        self.a = a
        self.b = b

    def eval(self, env):
        x = self.a.eval(env)
        y = self.b.eval(env)
        op = self.op
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y % 1000003
        if op == "/":
            return x // y if y else 0
        if op == "%":
            return x % y if y else 0
        if op == "<":
            return 1 if x < y else 0
        if op == ">":
            return 1 if x > y else 0
        return 1 if x == y else 0


class If(Node):
    def __init__(self, cond, then, other):
        self.cond = cond
        self.then = then
        self.other = other

    def eval(self, env):
        return self.then.eval(env) if self.cond.eval(env) else self.other.eval(env)


class Let(Node):
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

    def eval(self, env):
        return self.body.eval(Env({self.name: self.value.eval(env)}, env))


class Fn(Node):
    def __init__(self, params, body):
        self.params = params
        self.body = body

    def eval(self, env):
        return Closure(self, env)


class Call(Node):
    def __init__(self, f, args):
        self.f = f
        self.args = args

    def eval(self, env):
        f = self.f.eval(env)
        args = [a.eval(env) for a in self.args]
        return f.call(args)


class Closure:
    def __init__(self, fn, env):
        self.fn = fn
        self.env = env

    def call(self, args):
        return self.fn.body.eval(Env(dict(zip(self.fn.params, args)), self.env))


class Env:
    __slots__ = ("vars", "parent")

    def __init__(self, vars, parent):
        self.vars = vars
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError(name)


class Parser:
    PREC = {"==": 1, "<": 1, ">": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}

    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, text=None):
        t = self.toks[self.pos]
        if text is not None and t.text != text:
            raise SyntaxError("expected %s, got %s" % (text, t.text))
        self.pos += 1
        return t

    def expr(self):
        t = self.peek()
        if t.text == "let":
            self.take()
            name = self.take().text
            self.take("=")
            value = self.expr()
            self.take("in")
            return Let(name, value, self.expr())
        if t.text == "if":
            self.take()
            cond = self.expr()
            self.take("then")
            then = self.expr()
            self.take("else")
            return If(cond, then, self.expr())
        if t.text == "fn":
            self.take()
            self.take("(")
            params = []
            while self.peek().text != ")":
                params.append(self.take().text)
                if self.peek().text == ",":
                    self.take()
            self.take(")")
            return Fn(params, self.expr())
        return self.binary(1)

    def binary(self, level):
        left = self.unary()
        while True:
            t = self.peek()
            prec = self.PREC.get(t.text) if t.kind == "op" else None
            if prec is None or prec < level:
                return left
            self.take()
            right = self.binary(prec + 1)
            left = BinOp(t.text, left, right)

    def unary(self):
        t = self.peek()
        if t.text == "-":
            self.take()
            return BinOp("-", Num(0), self.unary())
        return self.postfix(self.atom())

    def postfix(self, node):
        while self.peek().text == "(":
            self.take()
            args = []
            while self.peek().text != ")":
                args.append(self.expr())
                if self.peek().text == ",":
                    self.take()
            self.take(")")
            node = Call(node, args)
        return node

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return Num(int(t.text))
        if t.kind == "name":
            return Var(t.text)
        if t.text == "(":
            e = self.expr()
            self.take(")")
            return e
        raise SyntaxError("unexpected %r" % t.text)


def program(k):
    return (
        "let sq = fn(x) x * x in "
        "let fib = fn(f, n) if n < 2 then n else f(f, n - 1) + f(f, n - 2) in "
        "let acc = fn(g, i, s) if i == 0 then s else g(g, i - 1, (s + sq(i) * %d) %% 9973) in "
        "let a = %d in let b = (a * 7 + 3) %% 101 in "
        "fib(fib, %d) + acc(acc, %d, b) - (a - b) * (a + b) / (b + 1)"
        % (k % 17 + 1, k, 8 + k % 6, 20 + k % 40)
    )


def main():
    chk = 0
    for k in range(1800):
        src = program(k)
        ast = Parser(tokenize(src)).expr()
        v = ast.eval(Env({}, None))
        chk = (chk * 31 + v) & 0xFFFFFFFF
    return chk


print("rd_parser", main())
