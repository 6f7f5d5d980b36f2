//! Helpers shared by the lexer's integration tests.
#![allow(dead_code)]

pub use num_bigint::BigInt;
pub use whirl_lexer::{lex, FStringField, FStringPart, LexError, LexErrorKind, Token};

/// The tokens of `src`, without spans; panics with the error on failure.
pub fn toks(src: &str) -> Vec<Token> {
    match lex(src) {
        Ok(v) => v.into_iter().map(|(_, t, _)| t).collect(),
        Err(e) => panic!("lexing {src:?} failed: {e:?}"),
    }
}

/// The error for `src`; panics if it lexes.
pub fn lex_err(src: &str) -> LexError {
    match lex(src) {
        Ok(v) => panic!(
            "lexing {src:?} should fail, got {:?}",
            v.into_iter().map(|(_, t, _)| t).collect::<Vec<_>>()
        ),
        Err(e) => e,
    }
}

/// Assert `src` fails with a SyntaxError whose message is `message`.
pub fn assert_syntax_error(src: &str, message: &str) {
    let e = lex_err(src);
    assert_eq!(e.kind, LexErrorKind::Syntax, "kind for {src:?}: {e:?}");
    assert_eq!(e.message, message, "message for {src:?}");
    assert!(
        e.start <= e.end && e.end <= src.len(),
        "span for {src:?}: {e:?}"
    );
}

/// The single literal token of `src` (which must be one expression line).
pub fn single(src: &str) -> Token {
    let mut t = toks(src);
    assert_eq!(t.last(), Some(&Token::Newline), "{src:?}");
    t.pop();
    assert_eq!(t.len(), 1, "expected one token for {src:?}, got {t:?}");
    t.pop().unwrap()
}

pub fn name(s: &str) -> Token {
    Token::Name(s.to_string())
}

pub fn int(v: i64) -> Token {
    Token::Int(BigInt::from(v))
}

pub fn s(v: &str) -> Token {
    Token::Str(v.to_string())
}

pub fn lit(v: &str) -> FStringPart {
    FStringPart::Literal(v.to_string())
}

/// A field with no conversion, spec or debug text.
pub fn field(source: &str, offset: usize) -> FStringField {
    FStringField {
        source: source.to_string(),
        offset,
        conversion: None,
        format_spec: Vec::new(),
        debug_text: None,
    }
}

/// The parts of the single f-string literal in `src`.
pub fn fparts(src: &str) -> Vec<FStringPart> {
    match single(src) {
        Token::FString(parts) => parts,
        other => panic!("expected an f-string from {src:?}, got {other:?}"),
    }
}

/// A compact rendering of the token stream of `src`, for readable
/// assertions: names and keywords/operators as written, `NL`, `IN`, `DE`
/// for layout, `int:42`, `float:1.5`, `imag:2`, `str:"a"`, `bytes:[..]`,
/// `fstring`.
pub fn show(src: &str) -> String {
    toks(src)
        .iter()
        .map(show_token)
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn show_token(t: &Token) -> String {
    match t {
        Token::Newline => "NL".into(),
        Token::Indent => "IN".into(),
        Token::Dedent => "DE".into(),
        Token::Name(n) => n.clone(),
        Token::Int(v) => format!("int:{v}"),
        Token::Float(v) => format!("float:{v}"),
        Token::Imaginary(v) => format!("imag:{v}"),
        Token::Str(s) => format!("str:{s:?}"),
        Token::Bytes(b) => format!("bytes:{b:?}"),
        Token::FString(_) => "fstring".into(),
        other => other.text().to_string(),
    }
}
