//! Every lexical error: its kind, CPython's message, its span and whether
//! more input could fix it.

mod common;
use common::*;

fn assert_error(src: &str, kind: LexErrorKind, message: &str) -> LexError {
    let e = lex_err(src);
    assert_eq!((e.kind, e.message.as_str()), (kind, message), "for {src:?}");
    assert!(
        e.start <= e.end && e.end <= src.len(),
        "span for {src:?}: {e:?}"
    );
    e
}

fn span(e: &LexError) -> (usize, usize) {
    (e.start, e.end)
}

#[test]
fn indentation_errors() {
    use LexErrorKind::*;
    let e = assert_error(
        "if x:\n    a\n  b\n",
        Indentation,
        "unindent does not match any outer indentation level",
    );
    assert_eq!(span(&e), (12, 14));
    assert!(!e.incomplete);
    // Tab, then eight spaces: equal with tab size 8, not with tab size 1.
    assert_error(
        "if x:\n\tpass\n        pass\n",
        Tab,
        "inconsistent use of tabs and spaces in indentation",
    );
    assert_error(
        "if x:\n        pass\n\tpass\n",
        Tab,
        "inconsistent use of tabs and spaces in indentation",
    );
    // Deeper with tab size 8 but not with tab size 1.
    assert_error(
        "if x:\n       a\n\tb\n",
        Tab,
        "inconsistent use of tabs and spaces in indentation",
    );
    // Dedent to a level that matches only with one tab size.
    assert_error(
        "if x:\n\tif y:\n\t\tz\n        w\n",
        Tab,
        "inconsistent use of tabs and spaces in indentation",
    );
}

#[test]
fn too_many_levels_of_indentation() {
    let mut src = String::new();
    for depth in 0..=100 {
        src.push_str(&" ".repeat(depth));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(101));
    src.push_str("pass\n");
    // CPython raises IndentationError here.
    assert_error(
        &src,
        LexErrorKind::Indentation,
        "too many levels of indentation",
    );
}

#[test]
fn bracket_errors() {
    assert_syntax_error(")", "unmatched ')'");
    assert_syntax_error("x = ]", "unmatched ']'");
    assert_syntax_error("}", "unmatched '}'");
    assert_syntax_error(
        "(]",
        "closing parenthesis ']' does not match opening parenthesis '('",
    );
    assert_syntax_error(
        "x = [1,\n2)",
        "closing parenthesis ')' does not match opening parenthesis '[' on line 1",
    );
    assert_syntax_error(&"(".repeat(201), "too many nested parentheses");
    let e = lex_err("x = (1,\n2");
    assert_eq!(e.message, "'(' was never closed");
    assert_eq!(span(&e), (4, 5));
    assert!(e.incomplete);
    // The innermost unclosed bracket is reported.
    let e = lex_err("f(a, [1,\n");
    assert_eq!(e.message, "'[' was never closed");
    assert_eq!(span(&e), (5, 6));
}

#[test]
fn continuation_errors() {
    let e = lex_err("x = 1 \\ 2\n");
    assert_eq!(
        e.message,
        "unexpected character after line continuation character"
    );
    // The character after the backslash, as CPython's offset (8, 1-based).
    assert_eq!(span(&e), (7, 8));
    for src in ["x = 1 + \\", "x = 1 + \\\n", "\\\n", "x = 1\n    \\\n"] {
        let e = lex_err(src);
        assert_eq!(e.message, "unexpected EOF while parsing", "{src:?}");
        assert!(e.incomplete, "{src:?}");
    }
}

#[test]
fn unterminated_strings() {
    let e = lex_err("x = 'abc\n");
    assert_eq!(
        e.message,
        "unterminated string literal (detected at line 1)"
    );
    assert_eq!(span(&e), (4, 5));
    assert!(!e.incomplete);
    assert_syntax_error(
        "x = 'abc",
        "unterminated string literal (detected at line 1)",
    );
    assert_syntax_error(
        "x = 1\ny = 'a\\\nb\n",
        "unterminated string literal (detected at line 3)",
    );
    assert_syntax_error("r'\\'", "unterminated string literal (detected at line 1)");
    let e = lex_err("x = '''abc\ndef\n");
    assert_eq!(
        e.message,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
    assert_eq!(span(&e), (4, 7));
    assert!(e.incomplete);
    assert_syntax_error(
        "x = \"\"\"abc\r\ndef",
        "unterminated triple-quoted string literal (detected at line 2)",
    );
    assert_syntax_error(
        "'''a''''",
        "unterminated string literal (detected at line 1)",
    );
}

#[test]
fn number_errors() {
    let cases = [
        ("1abc", "invalid decimal literal"),
        ("1_", "invalid decimal literal"),
        ("1__0", "invalid decimal literal"),
        ("1e", "invalid decimal literal"),
        ("1e+", "invalid decimal literal"),
        ("1.5_", "invalid decimal literal"),
        ("1andy", "invalid decimal literal"),
        ("0x", "invalid hexadecimal literal"),
        ("0xg", "invalid hexadecimal literal"),
        ("0x1_", "invalid hexadecimal literal"),
        ("0o", "invalid octal literal"),
        ("0o8", "invalid digit '8' in octal literal"),
        ("0o19", "invalid digit '9' in octal literal"),
        ("0b", "invalid binary literal"),
        ("0b2", "invalid digit '2' in binary literal"),
        ("0b1_", "invalid binary literal"),
        ("0b1a", "invalid binary literal"),
        ("1jx", "invalid imaginary literal"),
        (
            "012",
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
        ),
        (
            "0_7",
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
        ),
    ];
    for (src, message) in cases {
        assert_syntax_error(src, message);
    }
    let e = lex_err("x = 1abc");
    assert_eq!(span(&e), (4, 6));
    let long = "9".repeat(4301);
    assert!(lex_err(&long)
        .message
        .starts_with("Exceeds the limit (4300 digits) for integer string conversion"));
}

#[test]
fn string_escape_errors() {
    let cases = [
        (
            r"'\x4'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape",
        ),
        (
            r"'ab\xg0'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \xXX escape",
        ),
        (
            r"'é\x4'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape",
        ),
        (
            r"'\u12'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape",
        ),
        (
            r"'\U1234'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \UXXXXXXXX escape",
        ),
        (
            r"'\U00110000'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
        ),
        (
            r"'\N'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape",
        ),
        (
            r"'\N{}'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape",
        ),
        (
            r"'\N{BULLET'",
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: malformed \N character escape",
        ),
        (r"b'\x4'", r"(value error) invalid \x escape at position 0"),
        (
            r"b'ab\xzz'",
            r"(value error) invalid \x escape at position 2",
        ),
        ("b'é'", "bytes can only contain ASCII literal characters"),
    ];
    for (src, message) in cases {
        assert_syntax_error(src, message);
    }
    let e = lex_err(r"'\N{NO SUCH NAME}'");
    assert!(
        e.message.starts_with(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: \
             unknown Unicode character name"
        ),
        "{}",
        e.message
    );
    let e = lex_err(r"x = 'ab\x4'");
    assert_eq!(span(&e), (7, 10));
}

#[test]
fn reserved_block_is_unsupported() {
    // Lone surrogates are held by U+10D800..U+10DFFF (see surrogate.rs), so
    // those code points themselves cannot be; CPython accepts them.
    let e = lex_err(r"x = '\U0010d800'");
    assert!(e.message.contains("whirl reserves"), "{}", e.message);
    assert_eq!(e.kind, LexErrorKind::Syntax);
    // A real error elsewhere in the same string wins.
    assert_syntax_error(
        r"'\U0010dfff\x4'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape",
    );
}

#[test]
fn lone_surrogates_are_held() {
    let held: Vec<u32> = toks(r"x = '\ud800\udcff'")
        .iter()
        .find_map(|t| match t {
            Token::Str(s) => Some(s.chars().map(whirl_lexer::surrogate::code_point).collect()),
            _ => None,
        })
        // A test's assertion: the literal above lexes to a string token.
        .expect("a string token");
    assert_eq!(held, vec![0xD800, 0xDCFF]);
}

#[test]
fn fstring_errors() {
    let cases = [
        ("f'{}'", "f-string: empty expression not allowed"),
        ("f'{ }'", "f-string: empty expression not allowed"),
        ("f'{!r}'", "f-string: expression required before '!'"),
        ("f'{:x}'", "f-string: expression required before ':'"),
        ("f'{=}'", "f-string: expression required before '='"),
        ("f'}'", "f-string: single '}' is not allowed"),
        ("f'{x}}'", "f-string: single '}' is not allowed"),
        ("f'{x'", "f-string: expecting '}'"),
        ("f'{x=5}'", "f-string: expecting '}'"),
        ("f'{x!rr}'", "f-string: expecting '}'"),
        ("f'{x:{y}'", "f-string: expecting '}'"),
        (
            "f'{x!z}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        (
            "f'{x!}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"),
        ("f'{x#}'", "f-string expression part cannot include '#'"),
        (
            r"f'{\n}'",
            "f-string expression part cannot include a backslash",
        ),
        ("f'{)}'", "f-string: unmatched ')'"),
        (
            "f'{(}'",
            "f-string: closing parenthesis '}' does not match opening parenthesis '('",
        ),
        (
            "f'{(x}'",
            "f-string: closing parenthesis '}' does not match opening parenthesis '('",
        ),
        (
            "f'{x[}'",
            "f-string: closing parenthesis '}' does not match opening parenthesis '['",
        ),
        ("f'''{\"\"\"a}'''", "f-string: unterminated string"),
        // Errors inside the expression: tokenizer errors as they are ...
        ("f'{1abc}'", "invalid decimal literal"),
        ("f'{x:{0x}}'", "invalid hexadecimal literal"),
        ("f'{😀}'", "invalid character '😀' (U+1F600)"),
        // ... and what CPython's parser reports, with a prefix.
        ("f'{$}'", "f-string: invalid syntax"),
        (
            "f'{b\"é\"}'",
            "f-string: bytes can only contain ASCII literal characters",
        ),
    ];
    for (src, message) in cases {
        assert_syntax_error(src, message);
    }
}

#[test]
fn invalid_characters() {
    for (src, message) in [
        ("x = $", "invalid syntax"),
        ("x = ?", "invalid syntax"),
        ("x = `", "invalid syntax"),
        ("x = !", "invalid syntax"),
        ("x = €", "invalid character '€' (U+20AC)"),
        ("x = a€", "invalid character '€' (U+20AC)"),
        ("x = ’a’", "invalid character '’' (U+2019)"),
        ("x = \u{1}", "invalid non-printable character U+0001"),
        ("x = \x0b", "invalid non-printable character U+000B"),
        ("x = \u{a0}", "invalid non-printable character U+00A0"),
        ("x = \u{200b}", "invalid non-printable character U+200B"),
        ("x = 1\0", "source code cannot contain null bytes"),
    ] {
        assert_syntax_error(src, message);
    }
    let e = lex_err("x = a€");
    assert_eq!(span(&e), (5, 8));
}

#[test]
fn which_error_wins() {
    // CPython reports a literal's decoding error (found by its parser)
    // unless its tokenizer fails first: on the token after the literal, or
    // anywhere later with an error it raises as an exception.
    assert_syntax_error(
        r"'\x4' '\x5'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape",
    );
    assert_syntax_error(
        r"'\x4' 'abc",
        "unterminated string literal (detected at line 1)",
    );
    assert_syntax_error(r"('\x4'", "'(' was never closed");
    assert_syntax_error("'\\x4'\nx = 1abc\n", "invalid decimal literal");
    assert_syntax_error("x = $ + 1abc", "invalid decimal literal");
    // Indentation errors later on do not override.
    assert_eq!(
        lex_err("x = '\\x4'\nif x:\n  y\n z\n").kind,
        LexErrorKind::Syntax
    );
    // An unclosed bracket overrides only if opened on an earlier line.
    assert_syntax_error("(\n'\\x4'\n,", "'(' was never closed");
    assert!(lex_err("x = $\n(\n").message == "invalid syntax");
}

#[test]
fn first_error_stops_the_iterator() {
    let mut it = whirl_lexer::Lexer::new("a\n  b\n c\nd\n");
    let items: Vec<_> = it.by_ref().collect();
    assert!(items.last().unwrap().is_err());
    assert!(it.next().is_none());
}

/// The error `Lexer` yields for `src`, and whether it is parser-level.
fn lexer_error(src: &str) -> (LexError, bool) {
    let mut lexer = whirl_lexer::Lexer::new(src);
    let e = lexer
        .by_ref()
        .find_map(Result::err)
        .unwrap_or_else(|| panic!("{src:?} should fail"));
    (e, lexer.error_is_parser_level())
}

#[test]
fn parser_level_errors_are_flagged() {
    for src in [
        r"x = '\x4'",
        "x = b'é'",
        "x = f'{}'",
        "x = f'{1abc}'",
        "x = $",
        "x = '\\x4'\nif x:\n  y\n z\n",
    ] {
        assert!(lexer_error(src).1, "{src:?} is parser-level");
    }
    for src in [
        "x = 1abc",
        "x = 'abc",
        "(",
        "if x:\n  y\n z\n",
        "x = €",
        r"x = '\x4' + 1abc",
    ] {
        assert!(!lexer_error(src).1, "{src:?} is tokenizer-level");
    }
}

#[test]
fn which_lexer_errors_override_an_earlier_parse_error() {
    let src = "x = = 1\n(\n";
    let overrides = |e: &LexError, line| e.overrides_parse_error(src, line);
    assert!(overrides(&lex_err("1abc"), 1));
    assert!(overrides(&lex_err("'abc"), 1));
    assert!(!overrides(&lex_err("if x:\n  y\n z\n"), 1));
    assert!(!overrides(&lex_err("if x:\n\ty\n        z\n"), 1));
    assert!(!overrides(&lex_err("x = 1 \\"), 1));
    // An unclosed bracket only if opened on an earlier line.
    let e = lex_err(src);
    assert!(!overrides(&e, 1));
    assert!(overrides(&e, 3));
}
