# an expression evaluator: a tokenizer generator, a recursive-descent parser building a tree, evaluation with variables and errors
import math


class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("num", src[i:j])
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("name", src[i:j])
            i = j
        elif c in "+-*/^(),":
            yield Token("op", c)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    yield Token("end", "")


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, text=None):
        tok = self.tokens[self.pos]
        if text is not None and tok.text != text:
            raise SyntaxError(f"expected {text!r}, got {tok.text or 'end'!r}")
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek().text in ("*", "/"):
            op = self.take().text
            node = (op, node, self.factor())
        return node

    def factor(self):
        base = self.unary()
        if self.peek().text == "^":
            self.take()
            return ("^", base, self.factor())
        return base

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            node = self.expr()
            self.take(")")
            return node
        raise SyntaxError(f"unexpected {tok.text or 'end'!r}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}


def evaluate(node, env):
    if isinstance(node, (int, float)):
        return node
    kind = node[0]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"unknown variable {node[1]!r}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return a * b
    if kind == "/":
        return a / b
    return a ** b


env = {"x": 3, "y": 4.5, "big": 10 ** 20}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "sqrt(x*x + 16)", "max(1, y, x) / 2",
            "big * big + 1", "7 / 2", "10 / (x - 3)", "z + 1", "3 +", "(1 + 2", "4 $ 4", "min(abs(-5), 2.5)"]:
    try:
        tree = Parser(src).expr()
        print(f"{src:<18} => {evaluate(tree, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<18} !! {type(e).__name__}: {e}")
print(list(tokenize("a+1.5")), Parser("1+2*x").expr())
