//! No input may make the front end panic: thousands of generated and
//! mutated programs go through the lexer, the parser and the compiler, and
//! each must come out as code or as an error.

use std::rc::Rc;
use whirl_vm::code::SourceFile;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Every program of the conformance corpus, plus a few that exercise the
/// compiler's trickier paths.
fn seeds() -> Vec<String> {
    let mut out = vec![
        "def f(a, b=1, *c, d, e=2, **g):\n    nonlocal_x = 1\n    def h():\n        nonlocal nonlocal_x\n        return nonlocal_x\n    return h\n".to_string(),
        "try:\n    pass\nexcept E as e:\n    return_ = 1\nelse:\n    x = 2\nfinally:\n    y = 3\n".to_string(),
        "for i in range(3):\n    try:\n        continue\n    finally:\n        break\nelse:\n    pass\n".to_string(),
        "class A(B, metaclass=M):\n    x = [i for i in range(3) if i]\n    def m(self):\n        return super().m()\n".to_string(),
        "def g():\n    x = yield\n    y = yield from g()\n    with a as b, c:\n        return (yield x)\n".to_string(),
        "async def c():\n    await d()\n    async with e:\n        pass\n".to_string(),
        "x = {**a, 'k': [*b, *c]}\nprint(*x, **y)\nf = lambda *a, k=1: (a, k)\n".to_string(),
    ];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/conformance");
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().map(|e| e == "py").unwrap_or(false) {
                if let Ok(s) = std::fs::read_to_string(&p) {
                    out.push(s);
                }
            }
        }
    }
    out
}

const FRAGMENTS: &[&str] = &[
    "def ",
    "class ",
    "return",
    "yield",
    "yield from ",
    "lambda",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    "+=",
    "*",
    "**",
    "\n",
    "    ",
    "\t",
    "x",
    "y",
    "1",
    "'s'",
    "f'{x}'",
    "if ",
    "else",
    "elif ",
    "while ",
    "for ",
    " in ",
    "try:",
    "except",
    "finally:",
    "with ",
    " as ",
    "global x",
    "nonlocal x",
    "del ",
    "break",
    "continue",
    "pass",
    "import a.b",
    "from . import c",
    "@d\n",
    "async ",
    "await ",
    "not ",
    " and ",
    " or ",
    ".",
    ";",
    "...",
    "->",
    ":=",
    "-",
    "~",
    "<",
    "==",
    "is not",
    "0x1f",
    "1e9",
    "b'x'",
    "\\\n",
];

fn check(src: &str) {
    let Ok(module) = whirl_parser::parse_module(src) else {
        return;
    };
    let source = Rc::new(SourceFile::new("<fuzz>", src));
    let _ = whirl_vm::compile::compile_module(&module, source);
}

/// whirl runs programs on a thread with a large stack (src/main.rs); the
/// front end gets the same here, and must stay within it.
#[test]
fn front_end_never_panics() {
    let t = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(fuzz)
        .expect("spawn");
    t.join().expect("the front end panicked or overflowed");
}

/// The stdlib gives the lexer every Unicode name; the seeds need them.
fn install_name_table() {
    use whirl_lexer::unicode_names::{install_full_table, FullTable};
    install_full_table(FullTable {
        character: |name| unicode_names2::character(&name.to_ascii_uppercase()),
        name: |c| unicode_names2::name(c).map(|n| n.to_string()),
    });
}

fn fuzz() {
    install_name_table();
    let seeds = seeds();
    assert!(seeds.len() > 50, "the conformance corpus should be found");
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut count = 0;
    // Every seed as it is (they must all compile).
    for s in &seeds {
        let m = whirl_parser::parse_module(s)
            .unwrap_or_else(|e| panic!("seed does not parse: {}\n{s}", e.message));
        let source = Rc::new(SourceFile::new("<seed>", s));
        if let Err(e) = whirl_vm::compile::compile_module(&m, source) {
            assert!(
                s.contains("metaclass") || s.contains("async"),
                "seed does not compile: {}\n{s}",
                e.message
            );
        }
        count += 1;
    }
    // Mutations: delete, duplicate, swap or insert chunks.
    for _ in 0..4000 {
        let base = &seeds[rng.below(seeds.len())];
        let mut bytes: Vec<char> = base.chars().collect();
        for _ in 0..1 + rng.below(4) {
            if bytes.is_empty() {
                break;
            }
            let a = rng.below(bytes.len());
            let b = (a + rng.below(40)).min(bytes.len());
            match rng.below(4) {
                0 => {
                    bytes.drain(a..b);
                }
                1 => {
                    let chunk: Vec<char> = bytes[a..b].to_vec();
                    let at = rng.below(bytes.len());
                    bytes.splice(at..at, chunk);
                }
                2 => {
                    let frag = FRAGMENTS[rng.below(FRAGMENTS.len())];
                    bytes.splice(a..a, frag.chars());
                }
                _ => {
                    let c = bytes.len() - 1;
                    bytes.swap(a, rng.below(c + 1));
                }
            }
        }
        let s: String = bytes.into_iter().collect();
        check(&s);
        count += 1;
    }
    // Token soup.
    for _ in 0..3000 {
        let n = 1 + rng.below(30);
        let s: String = (0..n)
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect();
        check(&s);
        count += 1;
    }
    // Deep nesting must be refused, not overflow the stack.
    for depth in [100, 1000, 10_000] {
        check(&format!(
            "x = {}1{}\n",
            "(".repeat(depth),
            ")".repeat(depth)
        ));
        check(&format!("x = {}1\n", "-".repeat(depth)));
        check(&format!("x = {}\n", "1 + ".repeat(depth) + "1"));
        check(&format!("x = {}\n", "not ".repeat(depth) + "1"));
    }
    assert!(count > 7000);
}
