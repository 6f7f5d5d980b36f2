//! The parser never panics: random token soup and mutations (deleted,
//! duplicated, swapped chunks) of valid programs must give `Ok` or `Err`.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// xorshift64*: tiny, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const VOCAB: &[&str] = &[
    "x",
    "y",
    "f",
    "self",
    "match",
    "_",
    "0",
    "1",
    "0x1f",
    "1.5",
    "1e3",
    "'s'",
    "\"t\"",
    "b'b'",
    "f'{x}'",
    "f'{x!r:>{w}}'",
    "f'{x=}'",
    "'''doc'''",
    "r'\\d'",
    "...",
    "None",
    "True",
    "False",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    ":=",
    "<",
    ">",
    "<=",
    ">=",
    "==",
    "!=",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ".",
    ";",
    "=",
    "->",
    "+=",
    "-=",
    "*=",
    "/=",
    "//=",
    "%=",
    "@=",
    "&=",
    "|=",
    "^=",
    "<<=",
    ">>=",
    "**=",
    "\n",
    "\n    ",
    "\n        ",
    "\n",
    "\n",
    "\\\n",
    "#c\n",
    "1j",
];

const SEEDS: &[&str] = &[
    "x = 1\ny = x + 2 * 3 ** -4\nprint(x, y, sep='')\n",
    "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    '''doc'''\n    return a + b\n",
    "class A(B, metaclass=M):\n    x: int = 1\n    def m(self, /, q):\n        return self.x[1:2, ::3]\n",
    "for i, (a, *b) in enumerate(z):\n    if i: continue\n    elif a: break\n    else:\n        pass\nelse:\n    del a[0], b.c\n",
    "try:\n    raise E('x') from None\nexcept (A, B) as e:\n    pass\nexcept:\n    raise\nelse:\n    x = 1\nfinally:\n    y = 2\n",
    "with open(p) as f, (g := h()):\n    data = [l.strip() for l in f if l if not l.startswith('#')]\n",
    "with (a as b, c as d,):\n    pass\n",
    "@dec\n@dec2(arg)\nasync def co(x):\n    async with a as b:\n        async for i in b:\n            await i\n    return [j async for j in x]\n",
    "def gen():\n    x = yield\n    ret = yield f, [a, b]\n    y = yield from other()\n    yield\n",
    "import a.b.c as d, e\nfrom ..m import (x as y, z,)\nfrom . import *\nfrom __future__ import annotations\n",
    "global g\nnonlocal n\nassert x, 'msg'\nx += 1; y -= 2; z **= 3\n",
    "s = f'{a!r:>{width}} {b=} {c:.2f}' 'tail' f\"{'nested'}\"\nb = b'x' b'y'\n",
    "d = {k: v for k, v in items if k}\ns = {*a, *b}\nl = [*a, *b]\nt = *a, *b\ng = (x for x in y)\n",
    "lam = lambda x, *y, z=1, **w: (x, y, z, w) if x else None\nv = a if b else c if d else e\n",
    "while (n := n - 1) > 0:\n    print(n)\nelse:\n    pass\n",
    "if a < b <= c != d is not e not in f in g:\n    x = not a or b and c\n",
    "r = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
    "x = ~-+a\ny = -2**2\nz = await q if False else None\n",
    "a = b = c = d\n(a, b), [c, d] = e\na, = b\nx.y: int\n",
];

/// How many programs each test tries: a few thousand by default, more
/// with `WHIRL_FUZZ_SCALE=n` (a multiplier) for a longer run.
fn iterations(base: usize) -> usize {
    let scale = std::env::var("WHIRL_FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(1);
    base * scale.max(1)
}

fn check(src: &str) {
    let r = catch_unwind(AssertUnwindSafe(|| {
        let _ = whirl_parser::parse_module(src);
        let _ = whirl_parser::parse_expression(src);
    }));
    if r.is_err() {
        panic!("parser panicked on {src:?}");
    }
}

fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn chunk(rng: &mut Rng, s: &str) -> (usize, usize) {
    let a = boundary(s, rng.below(s.len() + 1));
    let len = 1 + rng.below(12);
    let b = boundary(s, a + len);
    (a, b.max(a))
}

fn mutate(rng: &mut Rng, s: &str) -> String {
    let mut s = s.to_string();
    for _ in 0..1 + rng.below(3) {
        match rng.below(4) {
            0 => {
                let (a, b) = chunk(rng, &s);
                s.replace_range(a..b, "");
            }
            1 => {
                let (a, b) = chunk(rng, &s);
                let piece = s[a..b].to_string();
                let at = boundary(&s, rng.below(s.len() + 1));
                s.insert_str(at, &piece);
            }
            2 => {
                let (a, b) = chunk(rng, &s);
                let (c, d) = chunk(rng, &s);
                if b <= c {
                    let (x, y) = (s[a..b].to_string(), s[c..d].to_string());
                    s = format!("{}{}{}{}{}", &s[..a], y, &s[b..c], x, &s[d..]);
                }
            }
            _ => {
                let at = boundary(&s, rng.below(s.len() + 1));
                let tok = VOCAB[rng.below(VOCAB.len())];
                s.insert_str(at, &format!(" {tok} "));
            }
        }
    }
    s
}

#[test]
fn seeds_parse() {
    for s in SEEDS {
        if let Err(e) = whirl_parser::parse_module(s) {
            panic!("seed does not parse: {s:?}: {e:?}");
        }
    }
}

#[test]
fn random_token_programs() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..iterations(3000) {
        let n = 1 + rng.below(40);
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(VOCAB[rng.below(VOCAB.len())]);
            src.push(' ');
        }
        check(&src);
    }
}

#[test]
fn mutated_programs() {
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    let mut seeds: Vec<String> = SEEDS.iter().map(|s| s.to_string()).collect();
    for dir in ["/work/shared/article", "/work/shared/bench"] {
        if let Ok(rd) = std::fs::read_dir(dir) {
            for e in rd.flatten() {
                if e.path().extension().and_then(|x| x.to_str()) == Some("py") {
                    if let Ok(s) = std::fs::read_to_string(e.path()) {
                        seeds.push(s);
                    }
                }
            }
        }
    }
    for i in 0..iterations(4000) {
        let seed = &seeds[i % seeds.len()];
        let m = mutate(&mut rng, seed);
        check(&m);
    }
}

#[test]
fn prefixes_of_valid_programs() {
    // Every prefix of a valid program: the REPL's view of partial input.
    for s in SEEDS {
        for i in 0..=s.len() {
            if s.is_char_boundary(i) {
                check(&s[..i]);
            }
        }
    }
}
