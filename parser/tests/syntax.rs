//! Parse trees for every statement and expression form.

mod common;
use common::{dump, dump_e, parse};
use whirl_parser::ast::*;

#[test]
fn precedence() {
    assert_eq!(dump_e("-2**2"), "(-(2 ** 2))");
    assert_eq!(dump_e("2**-1"), "(2 ** (-1))");
    assert_eq!(dump_e("2**3**2"), "(2 ** (3 ** 2))");
    assert_eq!(dump_e("not a == b"), "(not (a == b))");
    assert_eq!(
        dump_e("a if b else c if d else e"),
        "(a if b else (c if d else e))"
    );
    assert_eq!(
        dump_e("lambda: x if y else z"),
        "(lambda : (x if y else z))"
    );
    assert_eq!(dump_e("a < b < c"), "(a < b < c)");
    assert_eq!(
        dump_e("a not in b is not c in d"),
        "(a not in b is not c in d)"
    );
    assert_eq!(
        dump_e("a or b and not c or d"),
        "(a or (b and (not c)) or d)"
    );
    assert_eq!(dump_e("(a or b) or c"), "((a or b) or c)");
    assert_eq!(
        dump_e("a | b ^ c & d << e + f * g"),
        "(a | (b ^ (c & (d << (e + (f * g))))))"
    );
    assert_eq!(dump_e("a - b - c"), "((a - b) - c)");
    assert_eq!(dump_e("a // b % c @ d / e"), "((((a // b) % c) @ d) / e)");
    assert_eq!(dump_e("~a + -b * +c"), "((~a) + ((-b) * (+c)))");
    assert_eq!(dump_e("await x ** 2"), "(Await(x) ** 2)");
    assert_eq!(dump_e("-await x"), "(-Await(x))");
    assert_eq!(dump_e("a.b(c)[d].e"), "a.b(c)[d].e");
    assert_eq!(dump_e("a < b == c"), "(a < b == c)");
    assert_eq!(
        dump_e("x if y else lambda: z"),
        "(x if y else (lambda : z))"
    );
    assert_eq!(dump_e("not not a"), "(not (not a))");
    assert_eq!(dump_e("a + b if c else d"), "((a + b) if c else d)");
}

#[test]
fn atoms() {
    assert_eq!(dump_e("x"), "x");
    assert_eq!(dump_e("12"), "12");
    assert_eq!(dump_e("0x_ff"), "255");
    assert_eq!(dump_e("1.5"), "1.5");
    assert_eq!(dump_e("'a' \"b\" '''c'''"), "\"abc\"");
    assert_eq!(dump_e("b'a' b'b'"), "b\"ab\"");
    assert_eq!(dump_e("..."), "...");
    assert_eq!(dump_e("None"), "None");
    assert_eq!(dump_e("True, False"), "Tuple(True, False)");
    assert_eq!(dump_e("()"), "Tuple()");
    assert_eq!(dump_e("(1,)"), "Tuple(1)");
    assert_eq!(dump_e("(1)"), "1");
    assert_eq!(dump_e("(1, 2,)"), "Tuple(1, 2)");
    assert_eq!(dump_e("[]"), "List()");
    assert_eq!(dump_e("[1, *a, 2,]"), "List(1, *a, 2)");
    assert_eq!(dump_e("{}"), "Dict()");
    assert_eq!(dump_e("{1: 2, **d, 3: 4,}"), "Dict(1: 2, **d, 3: 4)");
    assert_eq!(dump_e("{1, *s}"), "Set(1, *s)");
    assert_eq!(dump_e("{1}"), "Set(1)");
    assert_eq!(dump_e("(*a, b)"), "Tuple(*a, b)");
    assert_eq!(dump_e("*a, b"), "Tuple(*a, b)");
}

#[test]
fn comprehensions() {
    assert_eq!(dump_e("[x for x in y]"), "ListComp(x for x in y)");
    assert_eq!(
        dump_e("[x for x in y if x if not z for w, in x]"),
        "ListComp(x for x in y if x if (not z) for Tuple(w) in x)"
    );
    assert_eq!(dump_e("{x for x in y}"), "SetComp(x for x in y)");
    assert_eq!(
        dump_e("{k: v for k, v in d}"),
        "DictComp(k: v for Tuple(k, v) in d)"
    );
    assert_eq!(dump_e("(x for x in y)"), "GenExp(x for x in y)");
    assert_eq!(
        dump_e("[a if b else c for x in y]"),
        "ListComp((a if b else c) for x in y)"
    );
    assert_eq!(
        dump_e("[x async for x in y]"),
        "ListComp(x async for x in y)"
    );
    assert_eq!(
        dump_e("[x for x in a or b if c]"),
        "ListComp(x for x in (a or b) if c)"
    );
    assert_eq!(
        dump_e("[(y := f(x)) for x in z]"),
        "ListComp((y := f(x)) for x in z)"
    );
    assert_eq!(
        dump_e("[x for *a, b in c]"),
        "ListComp(x for Tuple(*a, b) in c)"
    );
}

#[test]
fn calls_and_subscripts() {
    assert_eq!(dump_e("f()"), "f()");
    assert_eq!(dump_e("f(a, *b, c=1, **d)"), "f(a, *b, c=1, **d)");
    assert_eq!(
        dump_e("f(*a, *b, **c, d=1, **e)"),
        "f(*a, *b, **c, d=1, **e)"
    );
    assert_eq!(dump_e("f(x for x in y)"), "f(GenExp(x for x in y))");
    assert_eq!(dump_e("f((x for x in y), 1)"), "f(GenExp(x for x in y), 1)");
    assert_eq!(dump_e("f(a,)"), "f(a)");
    assert_eq!(dump_e("f(x := 1)"), "f((x := 1))");
    assert_eq!(dump_e("a[1]"), "a[1]");
    assert_eq!(dump_e("a[1:2]"), "a[1:2]");
    assert_eq!(dump_e("a[::3]"), "a[::3]");
    assert_eq!(dump_e("a[:]"), "a[:]");
    assert_eq!(dump_e("a[::]"), "a[:]");
    assert_eq!(dump_e("a[1:2, ::3]"), "a[Tuple(1:2, ::3)]");
    assert_eq!(dump_e("a[1,]"), "a[Tuple(1)]");
    assert_eq!(dump_e("a[x:=1]"), "a[(x := 1)]");
    assert_eq!(dump_e("a[*b]"), "a[Tuple(*b)]"); // PEP 646: a[(*b,)]
    assert_eq!(dump_e("a[b, c]"), "a[Tuple(b, c)]");
}

#[test]
fn lambdas_and_params() {
    assert_eq!(dump_e("lambda: 0"), "(lambda : 0)");
    assert_eq!(
        dump_e("lambda x, y=1, *a, z, w=2, **k: x"),
        "(lambda x, y=1, *a, z, w=2, **k: x)"
    );
    assert_eq!(
        dump_e("lambda a, /, b, *, c: a"),
        "(lambda a, /, b, *, c: a)"
    );
    assert_eq!(dump_e("lambda *a: a"), "(lambda *a: a)");
    assert_eq!(
        dump_e("lambda x=lambda: 1: x"),
        "(lambda x=(lambda : 1): x)"
    );
    assert_eq!(
        dump("def f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw: dict) -> str:\n    pass\n"),
        "Def f(a, b: int=1, /, c=2, *args: str, d, e=3, **kw: dict) -> str\n  body:\n    Pass"
    );
    assert_eq!(
        dump("def f(*, a):\n    pass\n"),
        "Def f(*, a)\n  body:\n    Pass"
    );
    assert_eq!(
        dump("def f(a,):\n    pass\n"),
        "Def f(a)\n  body:\n    Pass"
    );
    let m = parse("def f(a, b=1, *, c, d=2): pass\n");
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(f.args.defaults.len(), 1);
    assert_eq!(f.args.kw_defaults.len(), 2);
    assert!(f.args.kw_defaults[0].is_none());
    assert!(f.args.kw_defaults[1].is_some());
}

#[test]
fn simple_statements() {
    assert_eq!(dump("x = 1"), "Assign x = 1");
    assert_eq!(dump("a = b = c"), "Assign a = b = c");
    assert_eq!(dump("a, b = b, a"), "Assign Tuple(a, b) = Tuple(b, a)");
    assert_eq!(dump("[a, (b, c)] = x"), "Assign List(a, Tuple(b, c)) = x");
    assert_eq!(dump("a, *b = x"), "Assign Tuple(a, *b) = x");
    assert_eq!(dump("x = 1,"), "Assign x = Tuple(1)");
    assert_eq!(dump("a.b[c] = d"), "Assign a.b[c] = d");
    assert_eq!(dump("x += 1"), "AugAssign x Add= 1");
    assert_eq!(dump("x **= 2"), "AugAssign x Pow= 2");
    assert_eq!(dump("x //= 2"), "AugAssign x FloorDiv= 2");
    assert_eq!(dump("a.b @= c"), "AugAssign a.b MatMult= c");
    assert_eq!(dump("x: int = 1"), "AnnAssign x: int = 1");
    assert_eq!(dump("x: int"), "AnnAssign x: int");
    assert_eq!(
        dump("a.b: List[int] = []"),
        "AnnAssign a.b: List[int] = List()"
    );
    assert_eq!(dump("pass"), "Pass");
    assert_eq!(dump("del a, b[0], c.d"), "Delete a, b[0], c.d");
    assert_eq!(dump("del (a, b)"), "Delete Tuple(a, b)");
    assert_eq!(dump("del a,"), "Delete a");
    assert_eq!(dump("return"), "Return");
    assert_eq!(dump("return 1, 2"), "Return Tuple(1, 2)");
    assert_eq!(dump("return *a, b"), "Return Tuple(*a, b)");
    assert_eq!(dump("yield"), "Expr Yield()");
    assert_eq!(dump("yield 1"), "Expr Yield(1)");
    assert_eq!(dump("yield from g()"), "Expr YieldFrom(g())");
    assert_eq!(dump("x = yield"), "Assign x = Yield()");
    assert_eq!(
        dump("ret = yield f, [a, b]"),
        "Assign ret = Yield(Tuple(f, List(a, b)))"
    );
    assert_eq!(dump("x = yield from y"), "Assign x = YieldFrom(y)");
    assert_eq!(dump("x = (yield)"), "Assign x = Yield()");
    assert_eq!(dump("x += yield"), "AugAssign x Add= Yield()");
    assert_eq!(dump("raise"), "Raise");
    assert_eq!(dump("raise X"), "Raise X");
    assert_eq!(dump("raise X from Y"), "Raise X from Y");
    assert_eq!(dump("break\ncontinue"), "Break\nContinue");
    assert_eq!(dump("global a, b"), "Global a, b");
    assert_eq!(dump("nonlocal a"), "Nonlocal a");
    assert_eq!(dump("assert x"), "Assert x");
    assert_eq!(dump("assert x, 'msg'"), "Assert x, \"msg\"");
    assert_eq!(dump("a = 1; b = 2;"), "Assign a = 1\nAssign b = 2");
    assert_eq!(dump("x = *a, *b"), "Assign x = Tuple(*a, *b)");
    assert_eq!(dump("'''doc'''"), "Expr \"doc\"");
    assert_eq!(dump("await x"), "Expr Await(x)");
    assert_eq!(dump("match = 1"), "Assign match = 1");
    assert_eq!(dump("(x) = 1"), "Assign x = 1");
    assert_eq!(dump("(x): int = 1"), "AnnAssign x: int = 1");
}

#[test]
fn imports() {
    assert_eq!(dump("import a"), "Import a");
    assert_eq!(dump("import a.b.c as d, e"), "Import a.b.c as d, e");
    assert_eq!(
        dump("from a.b import x as y, z"),
        "ImportFrom a.b x as y, z"
    );
    assert_eq!(dump("from . import x"), "ImportFrom . x");
    assert_eq!(dump("from .. a import (x, y,)"), "ImportFrom ..a x, y");
    assert_eq!(dump("from ... import x"), "ImportFrom ... x");
    assert_eq!(dump("from .... import x"), "ImportFrom .... x");
    assert_eq!(dump("from m import *"), "ImportFrom m *");
    assert_eq!(
        dump("from __future__ import print_function"),
        "ImportFrom __future__ print_function"
    );
    let m = parse("from ..a.b import x\n");
    let StmtKind::ImportFrom { module, level, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(module.as_deref(), Some("a.b"));
    assert_eq!(*level, 2);
    let m = parse("from . import x\n");
    let StmtKind::ImportFrom { module, level, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(*module, None);
    assert_eq!(*level, 1);
}

#[test]
fn compound_statements() {
    assert_eq!(
        dump("if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n"),
        "If a\n  then:\n    Expr x\n  else:\n    If b\n      then:\n        Expr y\n      else:\n        If c\n          then:\n            Expr z\n          else:\n            Expr w"
    );
    assert_eq!(
        dump("while x: pass\nelse: y"),
        "While x\n  do:\n    Pass\n  else:\n    Expr y"
    );
    assert_eq!(
        dump("while (n := n - 1): pass"),
        "While (n := (n - 1))\n  do:\n    Pass"
    );
    assert_eq!(
        dump("for a, b in c: pass"),
        "For Tuple(a, b) in c\n  do:\n    Pass"
    );
    assert_eq!(
        dump("for x in *a, b: pass"),
        "For x in Tuple(*a, b)\n  do:\n    Pass"
    );
    assert_eq!(
        dump("for x in y:\n  pass\nelse:\n  z"),
        "For x in y\n  do:\n    Pass\n  else:\n    Expr z"
    );
    assert_eq!(dump("for x.y in z: pass"), "For x.y in z\n  do:\n    Pass");
    assert_eq!(
        dump("try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n"),
        "Try\n  body:\n    Expr a\n  except E as e:\n    Expr b\n  except Tuple(F, G):\n    Expr c\n  except:\n    Expr d\n  else:\n    Expr e\n  finally:\n    Expr f"
    );
    assert_eq!(
        dump("try:\n  a\nfinally:\n  b\n"),
        "Try\n  body:\n    Expr a\n  finally:\n    Expr b"
    );
    assert_eq!(
        dump("with a as b, c as (d, e), f: pass"),
        "With a as b, c as Tuple(d, e), f\n  do:\n    Pass"
    );
    assert_eq!(
        dump("with (a as b, c as d,): pass"),
        "With a as b, c as d\n  do:\n    Pass"
    );
    assert_eq!(dump("with (a, b): pass"), "With a, b\n  do:\n    Pass");
    assert_eq!(dump("with (a): pass"), "With a\n  do:\n    Pass");
    assert_eq!(
        dump("with (a, b) as c: pass"),
        "With Tuple(a, b) as c\n  do:\n    Pass"
    );
    assert_eq!(
        dump("with (a) as b, (c): pass"),
        "With a as b, c\n  do:\n    Pass"
    );
    assert_eq!(dump("with (a).b(): pass"), "With a.b()\n  do:\n    Pass");
    assert_eq!(dump("with (yield): pass"), "With Yield()\n  do:\n    Pass");
    assert_eq!(
        dump("with (*a, b): pass"),
        "With Tuple(*a, b)\n  do:\n    Pass"
    );
    assert_eq!(
        dump("with (x for x in y): pass"),
        "With GenExp(x for x in y)\n  do:\n    Pass"
    );
    assert_eq!(dump("with (): pass"), "With Tuple()\n  do:\n    Pass");
    assert_eq!(
        dump("with a[0] as b.c: pass"),
        "With a[0] as b.c\n  do:\n    Pass"
    );
    assert_eq!(
        dump("@dec\n@dec2(x)\ndef f(self): return 1\n"),
        "@dec\n@dec2(x)\nDef f(self)\n  body:\n    Return 1"
    );
    assert_eq!(dump("class A: pass"), "Class A()\n  body:\n    Pass");
    assert_eq!(dump("class A(): pass"), "Class A()\n  body:\n    Pass");
    assert_eq!(
        dump("@d\nclass A(B, *c, metaclass=M, **k):\n  x = 1\n"),
        "@d\nClass A(B, *c, metaclass=M, **k)\n  body:\n    Assign x = 1"
    );
    assert_eq!(
        dump("async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass\n"),
        "AsyncDef f()\n  body:\n    Expr Await(x)\n    AsyncFor a in b\n      do:\n        Pass\n    AsyncWith c as d\n      do:\n        Pass"
    );
    assert_eq!(
        dump("@a.b[c]\nasync def f(): pass"),
        "@a.b[c]\nAsyncDef f()\n  body:\n    Pass"
    );
    assert_eq!(
        dump("if x: a; b\n"),
        "If x\n  then:\n    Expr a\n    Expr b"
    );
}

#[test]
fn fstrings() {
    assert_eq!(dump_e("f'a{x}b'"), "JoinedStr(\"a\", Fmt(x), \"b\")");
    assert_eq!(
        dump_e("f'{x!r:>{w}}'"),
        "JoinedStr(Fmt(x !r :JoinedStr(\">\", Fmt(w))))"
    );
    assert_eq!(dump_e("f'{x=}'"), "JoinedStr(\"x=\", Fmt(x !r))");
    assert_eq!(dump_e("f'{x = }'"), "JoinedStr(\"x = \", Fmt(x !r))");
    assert_eq!(dump_e("f'a{x=!s}'"), "JoinedStr(\"ax=\", Fmt(x !s))");
    assert_eq!(
        dump_e("f'{x=:>10}'"),
        "JoinedStr(\"x=\", Fmt(x :JoinedStr(\">10\")))"
    );
    assert_eq!(
        dump_e("'a' f'b{x}' 'c'"),
        "JoinedStr(\"ab\", Fmt(x), \"c\")"
    );
    assert_eq!(dump_e("f'abc'"), "JoinedStr(\"abc\")");
    assert_eq!(dump_e("f''"), "JoinedStr()");
    assert_eq!(dump_e("f'{a + b}'"), "JoinedStr(Fmt((a + b)))");
    assert_eq!(dump_e("f'{a, b}'"), "JoinedStr(Fmt(Tuple(a, b)))");
    assert_eq!(dump_e("f'{(yield)}'"), "JoinedStr(Fmt(Yield()))");
    assert_eq!(dump_e("f'{yield}'"), "JoinedStr(Fmt(Yield()))");
    assert_eq!(dump_e("f'{f\"{x}\"}'"), "JoinedStr(Fmt(JoinedStr(Fmt(x))))");
    assert_eq!(dump_e("f'{{x}}'"), "JoinedStr(\"{x}\")");
    assert_eq!(dump_e("f'{ x }'"), "JoinedStr(Fmt(x))");
    assert_eq!(dump_e("f'''{\nx\n}'''"), "JoinedStr(Fmt(x))");
    // Field spans point into the file.
    let m = parse("s = f'ab{xy}'\n");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &value.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &parts[1].kind else {
        panic!()
    };
    assert_eq!(value.span, Span::new(9, 11));
}

#[test]
fn spans() {
    let src = "x = 1 + 2\nif a:\n    b = c\n    d\n\ny = [1,\n  2]\n";
    let m = parse(src);
    let text = |s: Span| &src[s.start as usize..s.end as usize];
    assert_eq!(text(m.body[0].span), "x = 1 + 2");
    assert_eq!(text(m.body[1].span), "if a:\n    b = c\n    d");
    assert_eq!(text(m.body[2].span), "y = [1,\n  2]");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(text(value.span), "1 + 2");
    let src = "@d\ndef f(a):\n  return a.b(c)[0]\n";
    let m = parse(src);
    let text = |s: Span| &src[s.start as usize..s.end as usize];
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(text(m.body[0].span), "def f(a):\n  return a.b(c)[0]");
    assert_eq!(text(f.name_span), "f");
    assert_eq!(text(f.body[0].span), "return a.b(c)[0]");
    let StmtKind::Return(Some(r)) = &f.body[0].kind else {
        panic!()
    };
    assert_eq!(text(r.span), "a.b(c)[0]");
    let ExprKind::Subscript { value, .. } = &r.kind else {
        panic!()
    };
    assert_eq!(text(value.span), "a.b(c)");
    // Statement spans stop before the newline and the ';'.
    let src = "a = 1; b\n";
    let m = parse(src);
    assert_eq!(m.body[0].span, Span::new(0, 5));
    assert_eq!(m.body[1].span, Span::new(7, 8));
    // Parenthesized tuples include their parentheses.
    let src = "(a, b)\n";
    let m = parse(src);
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(e.span, Span::new(0, 6));
}

#[test]
fn spans_follow_cpython() {
    // These were compared with CPython 3.11's ast over its whole standard
    // library; a few rules are worth pinning down.
    let text = |src: &str, s: Span| src[s.start as usize..s.end as usize].to_string();
    // A lone generator argument spans the call's parentheses.
    let src = "f(x for x in y)\n";
    let m = parse(src);
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(text(src, args[0].span), "(x for x in y)");
    // A compound statement ends at the last token of its last line, ';'
    // included.
    let src = "if x:\n    a; b;  # c\nz\n";
    let m = parse(src);
    assert_eq!(text(src, m.body[0].span), "if x:\n    a; b;");
    // Every part of an f-string spans the whole (concatenated) string; the
    // expressions in fields have their own places.
    let src = "s = f'{a}' 'b' f'{c!r:>{w}}'\n";
    let m = parse(src);
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &value.kind else {
        panic!()
    };
    for p in parts {
        assert_eq!(text(src, p.span), "f'{a}' 'b' f'{c!r:>{w}}'");
    }
    let ExprKind::FormattedValue {
        value, format_spec, ..
    } = &parts[2].kind
    else {
        panic!()
    };
    assert_eq!(text(src, value.span), "c");
    // (A format spec spans its own string token, as in CPython 3.11.)
    assert_eq!(
        text(src, format_spec.as_ref().unwrap().span),
        "f'{c!r:>{w}}'"
    );
    // A parenthesized f-string field tuple spans its braces' places.
    let src = "f'{a, b}'\n";
    let m = parse(src);
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &e.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &parts[0].kind else {
        panic!()
    };
    assert_eq!(text(src, value.span), "{a, b}");
    // Elif clauses start at `elif`; handlers at `except`.
    let src = "if a:\n    pass\nelif b:\n    pass\ntry:\n    pass\nexcept E:\n    pass\n";
    let m = parse(src);
    let StmtKind::If { orelse, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, orelse[0].span), "elif b:\n    pass");
    let StmtKind::Try { handlers, .. } = &m.body[1].kind else {
        panic!()
    };
    assert_eq!(text(src, handlers[0].span), "except E:\n    pass");
}

#[test]
fn expression_entry_point() {
    let e = whirl_parser::parse_expression("1 + 2").unwrap();
    assert_eq!(common::expr(&e), "(1 + 2)");
    let e = whirl_parser::parse_expression("  x, y\n").unwrap();
    assert_eq!(common::expr(&e), "Tuple(x, y)");
    assert_eq!(e.span, Span::new(2, 6));
    assert!(whirl_parser::parse_expression("x = 1").is_err());
    assert!(whirl_parser::parse_expression("").is_err());
    assert!(whirl_parser::parse_expression("import os").is_err());
}

#[test]
fn blank_and_comment_files() {
    assert!(parse("").body.is_empty());
    assert!(parse("# only a comment\n\n").body.is_empty());
    assert_eq!(
        dump("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nx = 1\n"),
        "Assign x = 1"
    );
    assert_eq!(dump("x = 1"), "Assign x = 1");
}

#[test]
fn long_chains_do_not_overflow() {
    // The AST's own Drop recursion is not this crate's concern: leak it.
    let n = 100_000;
    let mut src = String::from("x = 1");
    for _ in 0..n {
        src.push_str(" + 1");
    }
    src.push('\n');
    let run = move || {
        let m = whirl_parser::parse_module(&src).unwrap();
        std::mem::forget(m);
    };
    // Run on a thread with a small stack, as a test thread would have.
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
    let mut src = String::from("x = ");
    for _ in 0..n {
        src.push_str("a or b and ");
    }
    src.push_str("c\n");
    let run = move || std::mem::forget(whirl_parser::parse_module(&src).unwrap());
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
    let mut src = String::from("x = ");
    for _ in 0..n {
        src.push_str("a if b else ");
    }
    src.push_str("c\n");
    let run = move || std::mem::forget(whirl_parser::parse_module(&src).unwrap());
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
    // Many elifs fold without recursion.
    let mut src = String::from("if a: pass\n");
    for _ in 0..20_000 {
        src.push_str("elif b: pass\n");
    }
    let run = move || std::mem::forget(whirl_parser::parse_module(&src).unwrap());
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}
