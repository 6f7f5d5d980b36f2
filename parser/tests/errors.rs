//! Syntax errors: CPython 3.11's messages (each case below was checked
//! against `compile()` of CPython 3.11.7), the `incomplete` flag the REPL
//! relies on, labels, and the order in which competing errors are reported.

mod common;
use common::err;
use whirl_parser::{parse_expression, parse_module, ErrorKind};

const S: ErrorKind = ErrorKind::Syntax;
const I: ErrorKind = ErrorKind::Indentation;
const T: ErrorKind = ErrorKind::Tab;

/// (source, exception, message, line) as CPython 3.11 reports them.
const CPYTHON: &[(&str, ErrorKind, &str, usize)] = &[
    (
        "f() = 1",
        S,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "1 = x",
        S,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
    ),
    ("x = 1 = 2", S, "cannot assign to literal", 1),
    ("(a, 1) = x", S, "cannot assign to literal", 1),
    (
        "a + 1 = 2",
        S,
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "a, f() = 1",
        S,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "f(), a = 1",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    (
        "f(), a.b = 1",
        S,
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        1,
    ),
    ("[a, f()] = 1", S, "cannot assign to function call", 1),
    ("True = 1", S, "cannot assign to True", 1),
    ("None = 1", S, "cannot assign to None", 1),
    (
        "... = 1",
        S,
        "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?",
        1,
    ),
    ("x = f() = 1", S, "cannot assign to function call", 1),
    (
        "(yield) = 1",
        S,
        "cannot assign to yield expression here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "x = yield = 1",
        S,
        "assignment to yield expression not possible",
        1,
    ),
    (
        "a if b else c = 1",
        S,
        "cannot assign to conditional expression",
        1,
    ),
    ("lambda: 1 = 1", S, "cannot assign to lambda", 1),
    (
        "[x for x in y] = 1",
        S,
        "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "(x for x in y) = 1",
        S,
        "cannot assign to generator expression",
        1,
    ),
    (
        "{a: b} = 1",
        S,
        "cannot assign to dict literal here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "{a} = 1",
        S,
        "cannot assign to set display here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "f\"{x}\" = 1",
        S,
        "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
        1,
    ),
    ("not a = 1", S, "cannot assign to expression", 1),
    ("a < b = 1", S, "cannot assign to comparison", 1),
    ("a and b = 1", S, "cannot assign to expression", 1),
    (
        "-a = 1",
        S,
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "await x = 1",
        S,
        "cannot assign to await expression here. Maybe you meant '==' instead of '='?",
        1,
    ),
    ("del f()", S, "cannot delete function call", 1),
    ("del (a, f())", S, "cannot delete function call", 1),
    ("del *a", S, "cannot delete starred", 1),
    ("del a + 1", S, "cannot delete expression", 1),
    ("for f() in x: pass", S, "cannot assign to function call", 1),
    ("for 1 in x: pass", S, "cannot assign to literal", 1),
    ("for (a, 1) in x: pass", S, "cannot assign to literal", 1),
    ("[x for 1 in y]", S, "cannot assign to literal", 1),
    (
        "with a as f(): pass",
        S,
        "cannot assign to function call",
        1,
    ),
    (
        "f() += 1",
        S,
        "'function call' is an illegal expression for augmented assignment",
        1,
    ),
    (
        "a, b += 1",
        S,
        "'tuple' is an illegal expression for augmented assignment",
        1,
    ),
    (
        "[a] += 1",
        S,
        "'list' is an illegal expression for augmented assignment",
        1,
    ),
    ("f(): int", S, "illegal target for annotation", 1),
    (
        "a, b: int",
        S,
        "only single target (not tuple) can be annotated",
        1,
    ),
    (
        "[a]: int",
        S,
        "only single target (not list) can be annotated",
        1,
    ),
    (
        "(a, b): int = 1",
        S,
        "only single target (not tuple) can be annotated",
        1,
    ),
    ("1: int", S, "illegal target for annotation", 1),
    (
        "*a = 1",
        S,
        "starred assignment target must be in a list or tuple",
        1,
    ),
    (
        "a, *b, *c = x",
        S,
        "multiple starred expressions in assignment",
        1,
    ),
    ("*a", S, "can't use starred expression here", 1),
    ("x = *a", S, "can't use starred expression here", 1),
    (
        "(a.b := 1)",
        S,
        "cannot use assignment expressions with attribute",
        1,
    ),
    (
        "(a[0] := 1)",
        S,
        "cannot use assignment expressions with subscript",
        1,
    ),
    (
        "f(a.b=1)",
        S,
        "expression cannot contain assignment, perhaps you meant \"==\"?",
        1,
    ),
    ("f(True=1)", S, "cannot assign to True", 1),
    (
        "f(x for x in y, 1)",
        S,
        "Generator expression must be parenthesized",
        1,
    ),
    (
        "f(x for x in y,)",
        S,
        "Generator expression must be parenthesized",
        1,
    ),
    (
        "f(1, x for x in y)",
        S,
        "Generator expression must be parenthesized",
        1,
    ),
    (
        "f(a=1, b)",
        S,
        "positional argument follows keyword argument",
        1,
    ),
    (
        "f(**a, b)",
        S,
        "positional argument follows keyword argument unpacking",
        1,
    ),
    (
        "f(**a, *b)",
        S,
        "iterable argument unpacking follows keyword argument unpacking",
        1,
    ),
    ("f(a=1, a=2)", S, "keyword argument repeated: a", 1),
    (
        "def f(a=1, b): pass",
        S,
        "non-default argument follows default argument",
        1,
    ),
    (
        "def f(a, a): pass",
        S,
        "duplicate argument 'a' in function definition",
        1,
    ),
    ("def f(*): pass", S, "named arguments must follow bare *", 1),
    (
        "def f(*, **k): pass",
        S,
        "named arguments must follow bare *",
        1,
    ),
    (
        "def f(/, a): pass",
        S,
        "at least one argument must precede /",
        1,
    ),
    ("def f(a, /, b, /): pass", S, "/ may appear only once", 1),
    ("def f(*a, /): pass", S, "/ must be ahead of *", 1),
    (
        "def f(*a, *b): pass",
        S,
        "* argument may appear only once",
        1,
    ),
    (
        "def f(**k, a): pass",
        S,
        "arguments cannot follow var-keyword argument",
        1,
    ),
    (
        "def f(**k, *a): pass",
        S,
        "arguments cannot follow var-keyword argument",
        1,
    ),
    (
        "lambda a=1, b: 0",
        S,
        "non-default argument follows default argument",
        1,
    ),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
        S,
        "default 'except:' must be last",
        3,
    ),
    (
        "from a import b,",
        S,
        "trailing comma not allowed without surrounding parentheses",
        1,
    ),
    (
        "x = b'a' 'b'",
        S,
        "cannot mix bytes and nonbytes literals",
        1,
    ),
    (
        "x = 'a' b'b'",
        S,
        "cannot mix bytes and nonbytes literals",
        1,
    ),
    ("x = f'{}'", S, "f-string: empty expression not allowed", 1),
    ("x = f'{ }'", S, "f-string: empty expression not allowed", 1),
    (
        "x = f'{*a}'",
        S,
        "f-string: cannot use starred expression here",
        1,
    ),
    (
        "x = f'{a b}'",
        S,
        "f-string: invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "x = f'{a!r}' f'{=}'",
        S,
        "f-string: expression required before '='",
        1,
    ),
    ("(*a)", S, "cannot use starred expression here", 1),
    (
        "print \"hello\"",
        S,
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
    ),
    (
        "print x",
        S,
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
    ),
    (
        "if x = 1:\n    pass",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    (
        "if x.y = 1:\n    pass",
        S,
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "f(a b)",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    ("[a b]", S, "invalid syntax. Perhaps you forgot a comma?", 1),
    (
        "x = (1 2)",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    ("x = a b", S, "invalid syntax", 1),
    ("if x\n    pass", S, "expected ':'", 1),
    ("if x y:\n    pass", S, "invalid syntax", 1),
    ("for x in y\n    pass", S, "expected ':'", 1),
    ("for x in y z:\n    pass", S, "invalid syntax", 1),
    ("while x\n    pass", S, "expected ':'", 1),
    ("def f()\n    pass", S, "expected ':'", 1),
    ("def f:\n    pass", S, "expected '('", 1),
    ("class A\n    pass", S, "expected ':'", 1),
    ("class A(B)\n    pass", S, "expected ':'", 1),
    ("try\n    pass", S, "expected ':'", 1),
    (
        "try:\n    pass",
        S,
        "expected 'except' or 'finally' block",
        2,
    ),
    (
        "try:\n    pass\nx = 1",
        S,
        "expected 'except' or 'finally' block",
        3,
    ),
    ("with a\n    pass", S, "expected ':'", 1),
    ("else:\n    pass", S, "invalid syntax", 1),
    ("x = a if b", S, "expected 'else' after 'if' expression", 1),
    ("x = ", S, "invalid syntax", 1),
    ("x = 1 +", S, "invalid syntax", 1),
    ("  x = 1", I, "unexpected indent", 1),
    ("x = 1\n  y = 2", I, "unexpected indent", 2),
    (
        "if x:\ny = 1",
        I,
        "expected an indented block after 'if' statement on line 1",
        2,
    ),
    (
        "if x:",
        I,
        "expected an indented block after 'if' statement on line 1",
        1,
    ),
    (
        "def f():",
        I,
        "expected an indented block after function definition on line 1",
        1,
    ),
    (
        "class A:",
        I,
        "expected an indented block after class definition on line 1",
        1,
    ),
    (
        "for x in y:",
        I,
        "expected an indented block after 'for' statement on line 1",
        1,
    ),
    (
        "while x:",
        I,
        "expected an indented block after 'while' statement on line 1",
        1,
    ),
    (
        "with a:",
        I,
        "expected an indented block after 'with' statement on line 1",
        1,
    ),
    (
        "try:\n    x\nexcept E:",
        I,
        "expected an indented block after 'except' statement on line 3",
        3,
    ),
    (
        "try:\n    x\nfinally:",
        I,
        "expected an indented block after 'finally' statement on line 3",
        3,
    ),
    (
        "if x:\n    pass\nelif y:",
        I,
        "expected an indented block after 'elif' statement on line 3",
        3,
    ),
    (
        "if x:\n    pass\nelse:",
        I,
        "expected an indented block after 'else' statement on line 3",
        3,
    ),
    (
        "async def f():",
        I,
        "expected an indented block after function definition on line 1",
        1,
    ),
    (
        "def f():\n    if x:",
        I,
        "expected an indented block after 'if' statement on line 2",
        2,
    ),
    ("@dec", S, "invalid syntax", 1),
    ("@dec\nx = 1", S, "invalid syntax", 2),
    ("x = (", S, "'(' was never closed", 1),
    ("x = [1,\n2", S, "'[' was never closed", 1),
    (
        "s = \"\"\"abc",
        S,
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
    ),
    (
        "s = 'abc",
        S,
        "unterminated string literal (detected at line 1)",
        1,
    ),
    ("x = )", S, "unmatched ')'", 1),
    ("x = ]", S, "unmatched ']'", 1),
    ("a = 1; ; b", S, "invalid syntax", 1),
    ("import", S, "invalid syntax", 1),
    ("from . import", S, "invalid syntax", 1),
    ("from a import (b", S, "'(' was never closed", 1),
    ("import a.", S, "invalid syntax", 1),
    ("def f(a b): pass", S, "invalid syntax", 1),
    ("a.1", S, "invalid syntax", 1),
    ("f(**)", S, "invalid syntax", 1),
    ("x[]", S, "invalid syntax", 1),
    ("lambda x", S, "invalid syntax", 1),
    ("global", S, "invalid syntax", 1),
    ("x = {1: 2, 3}", S, "':' expected after dictionary key", 1),
    ("x = {1: 2, **}", S, "invalid syntax", 1),
    ("break 1", S, "invalid syntax", 1),
    ("pass pass", S, "invalid syntax", 1),
    ("return return", S, "invalid syntax", 1),
    (
        "def f(x):\nreturn x",
        I,
        "expected an indented block after function definition on line 1",
        2,
    ),
    ("class A(x for x in y): pass", S, "invalid syntax", 1),
    ("a[1:2:3:4]", S, "invalid syntax", 1),
    ("x: int, y: int = 1, 2", S, "invalid syntax", 1),
    ("nonlocal x = 1", S, "invalid syntax", 1),
    ("del", S, "invalid syntax", 1),
    ("x = 1 if 2 else 3 else 4", S, "invalid syntax", 1),
    ("assert", S, "invalid syntax", 1),
    ("raise from x", S, "invalid syntax", 1),
    ("in x", S, "invalid syntax", 1),
    ("x.", S, "invalid syntax", 1),
    ("@\ndef f(): pass", S, "invalid syntax", 1),
    (
        "exec \"code\"",
        S,
        "Missing parentheses in call to 'exec'. Did you mean exec(...)?",
        1,
    ),
    ("a = not", S, "invalid syntax", 1),
    (
        "(a, b) += 1",
        S,
        "'tuple' is an illegal expression for augmented assignment",
        1,
    ),
    (
        "x = [*a for a in b]",
        S,
        "iterable unpacking cannot be used in comprehension",
        1,
    ),
    (
        "x = {**a for a in b}",
        S,
        "dict unpacking cannot be used in dict comprehension",
        1,
    ),
    (
        "def f(a, *, b, **c, d): pass",
        S,
        "arguments cannot follow var-keyword argument",
        1,
    ),
    (
        "if True:\n    pass\n  else:\n    pass",
        I,
        "unindent does not match any outer indentation level",
        3,
    ),
    (
        "if True:\n\tx = 1\n        y = 2\n",
        T,
        "inconsistent use of tabs and spaces in indentation",
        3,
    ),
    (
        "while x.y = 1: pass",
        S,
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "[a = 1]",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    (
        "[a, b.c = 1]",
        S,
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "{a = 1}",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    (
        "(a = 1)",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    (
        "(a.b = 1)",
        S,
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "(a, b = 1)",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    ("assert x = 1", S, "invalid syntax", 1),
    (
        "x = [a=1]",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    (
        "x = [f() = 1]",
        S,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
    ),
    (
        "x = [1 = 1]",
        S,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
    ),
    ("x = [True = 1]", S, "invalid syntax", 1),
    ("x = [(a, b) = 1]", S, "invalid syntax", 1),
    ("x = [[a] = 1]", S, "invalid syntax", 1),
    (
        "x = [a + b = 1]",
        S,
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
    ),
    ("x = [a < b = 1]", S, "invalid syntax", 1),
    (
        "x = [-a = 1]",
        S,
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
    ),
    ("if a = b = c: pass", S, "invalid syntax", 1),
    (
        "@x = 1\ndef f(): pass",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    (
        "a[b = 1]",
        S,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    ("return x = 1", S, "invalid syntax", 1),
    (
        "x = {1: 2, 3: 4, 5}",
        S,
        "':' expected after dictionary key",
        1,
    ),
    (
        "x = {1: 2, 5, 6: 7}",
        S,
        "':' expected after dictionary key",
        1,
    ),
    ("x = {1: 2, 3 4}", S, "':' expected after dictionary key", 1),
    ("x = {1, 2: 3}", S, "invalid syntax", 1),
    (
        "x = (*a for a in b)",
        S,
        "iterable unpacking cannot be used in comprehension",
        1,
    ),
    (
        "f(*a for a in b)",
        S,
        "iterable unpacking cannot be used in comprehension",
        1,
    ),
    (
        "def f(): return *a",
        S,
        "can't use starred expression here",
        1,
    ),
    (
        "def f(): yield *a",
        S,
        "can't use starred expression here",
        1,
    ),
    ("x = [a for a in b if *c]", S, "invalid syntax", 1),
    ("def f() x: pass", S, "expected ':'", 1),
    ("try x: pass", S, "expected ':'", 1),
    ("class A(B) x: pass", S, "invalid syntax", 1),
    ("while x y: pass", S, "invalid syntax", 1),
    ("else x: pass", S, "invalid syntax", 1),
    ("x = lambda a b: 1", S, "invalid syntax", 1),
    ("with a as b c: pass", S, "invalid syntax", 1),
    ("x = 1 if 2", S, "expected 'else' after 'if' expression", 1),
    (
        "print(1 if 2)\n",
        S,
        "expected 'else' after 'if' expression",
        1,
    ),
    ("f(m etaclass=M)", S, "invalid syntax", 1),
    ("f(m etaclass)", S, "invalid syntax", 1),
    ("class A(m e): pass", S, "invalid syntax", 1),
    ("class A(m e=1): pass", S, "invalid syntax", 1),
    ("f(a, m e=1)", S, "invalid syntax", 1),
    ("[a, m e=1]", S, "invalid syntax", 1),
    (
        "x.y := 1",
        S,
        "cannot use assignment expressions with attribute",
        1,
    ),
    ("x := 1", S, "invalid syntax", 1),
    (
        "(x.y := 1)",
        S,
        "cannot use assignment expressions with attribute",
        1,
    ),
    (
        "def f(a, b=, c): pass",
        S,
        "expected default value expression",
        1,
    ),
    (
        "def f(a, b=): pass",
        S,
        "expected default value expression",
        1,
    ),
    ("lambda a=: 0", S, "invalid syntax", 1),
    (
        "f(a b for b in c)",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "print(a b, c)",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "{a b: 1}",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "{1: a b}",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "x[a b]",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "x[a:b c]\n",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "if x:\n    ",
        I,
        "expected an indented block after 'if' statement on line 1",
        2,
    ),
    (
        "try:\n  a\n\n",
        S,
        "expected 'except' or 'finally' block",
        3,
    ),
    ("@d\n", S, "invalid syntax", 1),
    (
        "if x:\n",
        I,
        "expected an indented block after 'if' statement on line 1",
        1,
    ),
    (
        "while (n) := 0: pass",
        S,
        "cannot use assignment expressions with name",
        1,
    ),
    ("def f() -> : pass", S, "expected ':'", 1),
    ("[x for x in y if (a) := 1]", S, "invalid syntax", 1),
    ("f(a, m e)", S, "invalid syntax", 1),
    (
        "f(a.b c)",
        S,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "x = {1: *a}",
        S,
        "cannot use a starred expression in a dictionary value",
        1,
    ),
    (
        "x = {1: , 2: 3}",
        S,
        "expression expected after dictionary key and ':'",
        1,
    ),
    (
        "def f(*a=1): pass",
        S,
        "var-positional argument cannot have default value",
        1,
    ),
    (
        "def f(**k=1): pass",
        S,
        "var-keyword argument cannot have default value",
        1,
    ),
    (
        "with (a as b, c):\n    pass\nz = = 1",
        S,
        "invalid syntax",
        3,
    ),
    // A `for` that never reaches `in` names its first bad target.
    (
        "for a, b, (c + 1, d()): pass",
        S,
        "cannot assign to expression",
        1,
    ),
    ("for a, (b+1, c) pass", S, "cannot assign to expression", 1),
    ("for a, b(): pass", S, "cannot assign to function call", 1),
    ("for a, b: pass", S, "invalid syntax", 1),
    // `case` patterns: a non-name after `as`, a positional pattern after
    // a keyword one even when the line fails later.
    (
        "match x:\n  case 42 as 1+2+4:\n    pass",
        S,
        "invalid pattern target",
        2,
    ),
    (
        "match x:\n  case [a as 1]:\n    pass",
        S,
        "invalid pattern target",
        2,
    ),
    (
        "match x:\n  case C(a=b, c, d=e, f, g=h, i, j=k, ...):\n    pass",
        S,
        "positional patterns follow keyword patterns",
        2,
    ),
    (
        "match x:\n  case C(a=1, b, c=(1 2)):\n    pass",
        S,
        "positional patterns follow keyword patterns",
        2,
    ),
];

#[test]
fn messages_match_cpython() {
    let mut failures = Vec::new();
    for &(src, kind, message, line) in CPYTHON {
        match parse_module(src) {
            Ok(_) => failures.push(format!("{src:?}: parsed, expected {message:?}")),
            Err(e) => {
                if e.kind != kind || e.message != message || e.line(src) != line {
                    failures.push(format!(
                        "{src:?}: got {:?} {:?} line {}, expected {kind:?} {message:?} line {line}",
                        e.kind,
                        e.message,
                        e.line(src)
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn spans_point_at_the_culprit() {
    let e = err("x = 1\nf() = 2\n");
    assert_eq!((e.start, e.end), (6, 9));
    let e = err("if x\n    pass\n");
    assert_eq!(e.start, 4); // the line break where ':' belongs
    let e = err("x = (1 2)\n");
    assert_eq!(&"x = (1 2)"[e.start..e.end], "1 2");
    let e = err("del f()\n");
    assert_eq!(&"del f()"[e.start..e.end], "f()");
    let e = err("for x in y:\n    a b\n");
    assert_eq!(&"for x in y:\n    a b"[e.start..e.end], "b");
}

#[test]
fn labels_are_words() {
    assert_eq!(
        err("if x\n    pass\n").label.as_deref(),
        Some("expected ':'")
    );
    assert_eq!(
        err("x = if\n").label.as_deref(),
        Some("expected an expression")
    );
    assert_eq!(err("import\n").label.as_deref(), Some("expected a name"));
    assert_eq!(
        err("pass pass\n").label.as_deref(),
        Some("expected a newline or ';'")
    );
    assert_eq!(
        err("x = 1 2 3 4\n").label.as_deref(),
        Some("unexpected number")
    );
    assert_eq!(err("  x = 1\n").label.as_deref(), Some("unexpected indent"));
    assert_eq!(
        err("def f(x) pass\n").label.as_deref(),
        Some("expected ':'")
    );
}

#[test]
fn imaginary_literals_parse() {
    for src in ["x = 1 + 2j\n", "x = 1J\n", "s = f'{1e3j}'\n", "y = -2.5j\n"] {
        assert!(parse_module(src).is_ok(), "{src}");
    }
    // A syntax error elsewhere is still reported.
    assert_eq!(err("x = 1j\ny = = 2\n").message, "invalid syntax");
}

#[test]
fn fstring_errors() {
    assert_eq!(
        err("f'{}'\n").message,
        "f-string: empty expression not allowed"
    );
    assert_eq!(
        err("f'{ }'\n").message,
        "f-string: empty expression not allowed"
    );
    assert_eq!(
        err("f'{*a}'\n").message,
        "f-string: cannot use starred expression here"
    );
    assert_eq!(
        err("f'{a b}'\n").message,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(err("f'{a +}'\n").message, "f-string: invalid syntax");
    assert_eq!(
        err("f'{x:{y:{z}}}'\n").message,
        "f-string: expressions nested too deeply"
    );
    // The span is in the field, in file coordinates.
    let e = err("s = f'abc{1 +}'\n");
    assert!(e.start >= 10 && e.end <= 14, "{e:?}");
    assert!(!e.incomplete);
}

#[test]
fn incomplete_input() {
    // More lines could complete these: the REPL asks for another line.
    for src in [
        "if x:",
        "if x:\n",
        "def f():\n",
        "class A:\n    def f(self):\n",
        "for x in y:\n    if x:\n",
        "if x:\n    pass\nelse:\n",
        "try:\n    pass\n",
        "try:\n    pass\nexcept E:\n",
        "while x:\n    try:\n        pass\n",
        "@dec\n",
        "x = (1,\n",
        "f(a,\n  b\n",
        "s = \"\"\"abc\n",
        "with a as b:\n",
        "async def f():\n",
    ] {
        let e = err(src);
        assert!(e.incomplete, "{src:?} should be incomplete: {e:?}");
    }
    // These are wrong whatever follows.
    for src in [
        "x = 1 +\n",
        "x = )\n",
        "if x\n",
        "f(a b\n",
        "s = 'abc\n",
        "  x = 1\n",
        "if x:\npass\n",
        "f() = 1\n",
        "else:\n",
        "x = f'{a b}'\n",
    ] {
        let e = err(src);
        assert!(!e.incomplete, "{src:?} should not be incomplete: {e:?}");
    }
}

#[test]
fn lexical_errors_become_parse_errors() {
    let e = err("x = $\n");
    assert_eq!(e.kind, ErrorKind::Syntax);
    assert_eq!(e.start, 4);
    let e = err("s = '''abc\n");
    assert!(e.incomplete);
    assert!(
        e.message
            .starts_with("unterminated triple-quoted string literal"),
        "{e:?}"
    );
    let e = err("if x:\n\tif y:\n        pass\n");
    assert_eq!(e.kind, ErrorKind::Tab);
}

#[test]
fn earlier_syntax_error_beats_later_lexical_error() {
    // CPython reads tokens lazily: the parser's error on line 1 comes first...
    let src = "x = = 1\ny = 2 +\n";
    assert_eq!(err(src).message, "invalid syntax");
    assert_eq!(err(src).line(src), 1);
    // ...then it tokenizes the rest of the file, and a tokenizer error there
    // replaces a syntax error (except "unexpected indent")...
    let src = "x = = 1\ny = 'abc\n";
    assert_eq!(
        err(src).message,
        "unterminated string literal (detected at line 2)"
    );
    assert_eq!(err("  x\ny = 'abc\n").message, "unexpected indent");
    // ...but an unclosed bracket on an earlier line than the parse error wins.
    let src = "x = (1,\n2 3\ny = 4\n";
    assert_eq!(err(src).message, "'(' was never closed");
    // An indentation error of the lexer never hides a syntax error before it.
    let src = "x = = 1\nif x:\n        a\n    b\n";
    assert_eq!(err(src).message, "invalid syntax");
}

#[test]
fn compile_time_errors_wait_for_the_whole_file() {
    // CPython reports these from its compiler, after the file parsed: a
    // syntax error anywhere comes first.
    let src = "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\nx = = 1\n";
    assert_eq!(err(src).message, "invalid syntax");
    assert_eq!(err("*a = 1\nx = = 1\n").message, "invalid syntax");
    assert_eq!(
        err("def f(a, a): pass\nx = = 1\n").message,
        "invalid syntax"
    );
    // Alone, they are reported.
    let src = "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n";
    assert_eq!(err(src).message, "default 'except:' must be last");
    assert_eq!(
        err("*a = 1\n").message,
        "starred assignment target must be in a list or tuple"
    );
    assert_eq!(
        err("a, *b, *c = d\n").message,
        "multiple starred expressions in assignment"
    );
    assert_eq!(err("x = *a\n").message, "can't use starred expression here");
    assert_eq!(err("*a\n").message, "can't use starred expression here");
    assert_eq!(
        err("def f(): return *a\n").message,
        "can't use starred expression here"
    );
    assert_eq!(err("f(a=1, a=2)\n").message, "keyword argument repeated: a");
    assert_eq!(
        err("def f(a, *, a): pass\n").message,
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        err("lambda a, a: 0\n").message,
        "duplicate argument 'a' in function definition"
    );
    // Symbol-table errors come before code-generation ones.
    let src = "x = *a\ndef f(b, b): pass\n";
    assert_eq!(
        err(src).message,
        "duplicate argument 'b' in function definition"
    );
    // A syntax error in the header of a compound statement comes before one
    // in its body, as in CPython.
    assert_eq!(
        err("for f() in x:\n    a b\n").message,
        "cannot assign to function call"
    );
    assert_eq!(
        err("def f(a=1, b):\n    a b\n").message,
        "non-default argument follows default argument"
    );
    assert_eq!(
        err("f(): int\nz = = 1\n").message,
        "illegal target for annotation"
    );
    let src = "a, b: int\nz = = 1\n";
    assert_eq!(
        err(src).message,
        "only single target (not tuple) can be annotated"
    );
}

#[test]
fn eval_errors() {
    assert!(parse_expression("x = 1").is_err());
    assert!(parse_expression("1 +").is_err());
    let e = parse_expression("(1,").unwrap_err();
    assert_eq!(e.message, "'(' was never closed");
    assert!(e.incomplete);
    assert!(parse_expression("2j").is_ok());
    // eval takes expressions, not starred items (a parenthesized tuple may
    // hold them).
    assert_eq!(
        parse_expression("*a").unwrap_err().message,
        "invalid syntax"
    );
    assert_eq!(
        parse_expression("a, *b").unwrap_err().message,
        "invalid syntax"
    );
    assert!(parse_expression("(*a, b)").is_ok());
    assert_eq!(parse_expression("").unwrap_err().message, "invalid syntax");
}

#[test]
fn error_display() {
    let e = err("f() = 1\n");
    let want =
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?";
    assert_eq!(e.to_string(), want);
    assert_eq!(
        err("  x\n").to_string(),
        "IndentationError: unexpected indent"
    );
    assert_eq!(T, ErrorKind::Tab);
}
