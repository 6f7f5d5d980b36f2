import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|(\*\*|[-+*/()%]))")


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError("bad character %r at %d" % (text[pos], pos))
        num, op = m.groups()
        tokens.append(float(num) if num and "." in num else int(num) if num else op)
        pos = m.end()
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.power()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek() == "**":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "(":
            self.take()
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        tok = self.take()
        if not isinstance(tok, (int, float)):
            raise SyntaxError("unexpected %r" % (tok,))
        return tok


def calc(text):
    p = Parser(tokenize(text))
    v = p.expr()
    if p.peek() is not None:
        raise SyntaxError("trailing %r" % (p.peek(),))
    return v


for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "7 % 3 + 0.5", "((4))", "1 +", "2 $ 3", "(1", "1 2", "8 / 0"]:
    try:
        print(e, "=", calc(e), "| python:", eval(e) if "$" not in e else "-")
    except SyntaxError as err:
        print(e, "-> SyntaxError:", err)
    except ZeroDivisionError as err:
        print(e, "-> ZeroDivisionError:", err)
print(tokenize("3.5*(2+x)") if False else tokenize("3.5*(2+10)"))
