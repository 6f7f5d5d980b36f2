//! The lexer must never panic, whatever the input, and its output must be
//! well-formed. Inputs come from a seeded xorshift generator, so failures
//! are reproducible: the failing input is printed. Set
//! `WHIRL_LEXER_FUZZ=<n>` to run `n` inputs per generator instead of a few
//! thousand.

mod common;
use common::*;

fn iterations(default: usize) -> usize {
    std::env::var("WHIRL_LEXER_FUZZ")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// xorshift64*: tiny, deterministic, good enough for test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Pieces that exercise every corner of the lexer.
#[rustfmt::skip]
const FRAGMENTS: &[&str] = &[
    "x", "if", "else", "é", "ℌ", "€", "😀", "\u{300}", "\u{a0}", "\u{200b}", "\u{feff}", "_", "0",
    "1", "9", "0x", "0o", "0b", "_", "e", "E", "j", ".", "..", "...", "+", "-", "*", "**", "=",
    "==", "!", "!=", ":", ":=", "<", ">", "->", "@", "%", "~", "^", "|", "&", "/", "//", ";", ",",
    "(", ")", "[", "]", "{", "}", "{{", "}}", "'", "\"", "'''", "\"\"\"", "r'", "b'", "f'", "rb\"",
    "fr'", "F\"", "u'", "f'''", "rf\"\"\"", "\\", "\\\n", "\\\r\n", "\\x4", "\\x41", "\\u12",
    "\\U0001F600", "\\U00110000", "\\ud800", "\\N{", "\\N{BULLET}", "\\N{x}", "\\777", "\\0",
    "\\d", "\\{", "#", "# c\n", "\n", "\r\n", "\r", " ", "  ", "    ", "\t", "\x0c", "\x0b", "\0",
    "$", "?", "`", "=}", "!r}", ":>{", "{x=}", "{x!r:>{w}}", "{}", "x if y else z", "lambda:",
];

fn random_fragments(rng: &mut Rng) -> String {
    let n = 1 + rng.below(24);
    (0..n).map(|_| rng.pick(FRAGMENTS)).collect()
}

fn random_bytes(rng: &mut Rng) -> String {
    let n = rng.below(64);
    let bytes: Vec<u8> = (0..n)
        .map(|_| {
            // Bias towards ASCII punctuation and line breaks.
            match rng.below(4) {
                0 => rng.next() as u8,
                _ => b" \t\n\r\\'\"{}()[]#xf0123456789.=!:"[rng.below(30)],
            }
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

const SEEDS: &[&str] = &[
    "def f(x, *a, **k) -> int:\n    return f'{x!r:>{w}} {{}}' + 'a\\n' + b'\\x00'\n",
    "class A(B):\n\tdef g(self):\n\t\tif x:\n\t\t\tpass\n\t\telse: y = [1,\n2]\n",
    "x = 0x_ff + 1_000.5e-3j - .5 ** 2 // 3 @ m\nasync def h(): await z\n",
    "s = '''multi\nline''' r'\\d' rb\"\\x\" f'''{a['k']}''' \"\\N{BULLET}\"\n",
    "if a:\n    b = \\\n  c\n    # comment\n\n    d; e\n",
    "print(f\"{x=}\", f'{y = !s:^10}', f'{z:{w}.{p}f}')\r\n",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut s: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(s.len() + 1);
        match rng.below(3) {
            0 if at < s.len() => {
                s.remove(at);
            }
            1 => {
                for (k, c) in rng.pick(FRAGMENTS).chars().enumerate() {
                    s.insert(at + k, c);
                }
            }
            _ if at < s.len() => {
                let other = s[rng.below(s.len())];
                s[at] = other;
            }
            _ => {}
        }
    }
    s.into_iter().collect()
}

/// Lex `src` and check the output's shape.
fn check(src: &str) {
    let result = std::panic::catch_unwind(|| lex(src));
    let Ok(result) = result else {
        panic!("lexer panicked on {src:?}");
    };
    match result {
        Ok(tokens) => {
            let mut last_end = 0;
            let mut depth: i64 = 0;
            for (start, token, end) in &tokens {
                assert!(
                    start <= end && *end <= src.len(),
                    "span {start}..{end} in {src:?}"
                );
                assert!(
                    *start >= last_end,
                    "overlapping spans in {src:?}: {tokens:?}"
                );
                assert!(src.is_char_boundary(*start) && src.is_char_boundary(*end));
                last_end = *end;
                match token {
                    Token::Indent => depth += 1,
                    Token::Dedent => depth -= 1,
                    _ => {}
                }
                assert!(depth >= 0, "more dedents than indents in {src:?}");
            }
            assert_eq!(depth, 0, "unbalanced indentation in {src:?}");
            if let Some((_, last, _)) = tokens.last() {
                assert!(
                    matches!(last, Token::Newline | Token::Dedent),
                    "stream must end with Newline/Dedent: {src:?}"
                );
            }
        }
        Err(e) => {
            assert!(
                e.start <= e.end && e.end <= src.len(),
                "error span in {src:?}: {e:?}"
            );
            assert!(
                src.is_char_boundary(e.start) && src.is_char_boundary(e.end),
                "error span splits a character in {src:?}: {e:?}"
            );
            assert!(!e.message.is_empty());
        }
    }
}

#[test]
fn random_fragment_soup() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..iterations(3000) {
        check(&random_fragments(&mut rng));
    }
}

#[test]
fn random_bytes_decoded_lossily() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..iterations(2000) {
        check(&random_bytes(&mut rng));
    }
}

#[test]
fn mutated_programs() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..iterations(3000) {
        let seed = rng.pick(SEEDS);
        check(&mutate(&mut rng, seed));
    }
}

#[test]
fn every_prefix_of_a_program() {
    let src = SEEDS.concat();
    for (i, _) in src.char_indices() {
        check(&src[..i]);
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    check(&"(".repeat(100_000));
    check(&format!("x = {}", "[".repeat(50_000)));
    check(&"f'{".repeat(10_000));
    check(&"f'{x:{".repeat(10_000));
    check(&"\"\"\"f'''{f\"{".repeat(5_000));
    let mut deep = String::new();
    for depth in 0..2000 {
        deep.push_str(&" ".repeat(depth));
        deep.push_str("if x:\n");
    }
    check(&deep);
    check(&"\\\n".repeat(10_000));
    check(&"#\n".repeat(10_000));
}

#[test]
fn large_input_is_fast_enough() {
    // Linear time: a megabyte of code lexes in well under a second even
    // unoptimised; an accidental quadratic would hang here.
    let line = "x = f'{a!r:>{w}}' + 'abc\\n' + 0x_ff * (1, [2, {3: 4}])  # c\n";
    let src = line.repeat(1_000_000 / line.len());
    let tokens = lex(&src).unwrap();
    assert!(tokens.len() > 100_000);
}
