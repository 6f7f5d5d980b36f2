//! f-string splitting.

mod common;
use common::*;

fn conv(mut f: FStringField, c: char) -> FStringField {
    f.conversion = Some(c);
    f
}

#[test]
fn literal_only_and_empty() {
    assert_eq!(fparts("f''"), vec![]);
    assert_eq!(fparts("f'abc'"), vec![lit("abc")]);
    assert_eq!(fparts("F\"a\\tb\""), vec![lit("a\tb")]);
}

#[test]
fn fields_and_literals() {
    let src = "f'a{x}b{y}'";
    assert_eq!(
        fparts(src),
        vec![
            lit("a"),
            FStringPart::Field(field("x", 4)),
            lit("b"),
            FStringPart::Field(field("y", 8)),
        ]
    );
    // The offset is in the whole file.
    let src = "value = f'{x + 1}'";
    let t = lex(src).unwrap();
    let Token::FString(parts) = &t[2].1 else {
        panic!()
    };
    assert_eq!(parts, &vec![FStringPart::Field(field("x + 1", 11))]);
    assert_eq!(&src[11..16], "x + 1");
}

#[test]
fn doubled_braces_are_literal() {
    assert_eq!(fparts("f'{{}}'"), vec![lit("{}")]);
    assert_eq!(
        fparts("f'{{{x}}}'"),
        vec![lit("{"), FStringPart::Field(field("x", 5)), lit("}")]
    );
    assert_eq!(fparts("f'a{{b}}c'"), vec![lit("a{b}c")]);
}

#[test]
fn conversions() {
    for c in ['r', 's', 'a'] {
        let src = format!("f'{{x!{c}}}'");
        assert_eq!(
            fparts(&src),
            vec![FStringPart::Field(conv(field("x", 3), c))]
        );
    }
}

#[test]
fn format_specs_nest() {
    let src = "f'{x:>10}'";
    let mut f = field("x", 3);
    f.format_spec = vec![lit(">10")];
    assert_eq!(fparts(src), vec![FStringPart::Field(f)]);

    let src = "f'{x!r:>{width}.{prec}f}'";
    let mut f = conv(field("x", 3), 'r');
    f.format_spec = vec![
        lit(">"),
        FStringPart::Field(field("width", 9)),
        lit("."),
        FStringPart::Field(field("prec", 17)),
        lit("f"),
    ];
    assert_eq!(fparts(src), vec![FStringPart::Field(f)]);

    // An empty spec is an empty list.
    assert_eq!(fparts("f'{x:}'"), vec![FStringPart::Field(field("x", 3))]);
    // Escapes are processed in specs too.
    let mut f = field("x", 3);
    f.format_spec = vec![lit("A")];
    assert_eq!(fparts(r"f'{x:\x41}'"), vec![FStringPart::Field(f)]);
}

#[test]
fn self_documenting_fields() {
    let mut f = conv(field("x", 3), 'r');
    f.debug_text = Some("x=".into());
    assert_eq!(fparts("f'{x=}'"), vec![FStringPart::Field(f)]);

    // Whitespace around `=` is kept; the source stops before `=`.
    let mut f = conv(field(" x ", 3), 'r');
    f.debug_text = Some(" x = ".into());
    assert_eq!(fparts("f'{ x = }'"), vec![FStringPart::Field(f)]);

    // With an explicit conversion or a spec, no implied `!r`.
    let mut f = conv(field("x", 3), 's');
    f.debug_text = Some("x=".into());
    assert_eq!(fparts("f'{x=!s}'"), vec![FStringPart::Field(f)]);
    let mut f = field("x", 3);
    f.debug_text = Some("x=".into());
    f.format_spec = vec![lit(">5")];
    assert_eq!(fparts("f'{x=:>5}'"), vec![FStringPart::Field(f)]);
    let mut f = field("x", 3);
    f.debug_text = Some("x=".into());
    assert_eq!(fparts("f'{x=:}'"), vec![FStringPart::Field(f)]);
}

#[test]
fn comparisons_are_not_field_ends() {
    for (src, expr) in [
        ("f'{a==b}'", "a==b"),
        ("f'{a!=b}'", "a!=b"),
        ("f'{a<=b}'", "a<=b"),
        ("f'{a>=b}'", "a>=b"),
        ("f'{a<b}'", "a<b"),
        ("f'{a>b}'", "a>b"),
    ] {
        assert_eq!(
            fparts(src),
            vec![FStringPart::Field(field(expr, 3))],
            "{src}"
        );
    }
}

#[test]
fn brackets_and_strings_inside_fields() {
    // `:` and `!` inside brackets do not end the expression.
    assert_eq!(
        fparts("f'{x[1:2]}'"),
        vec![FStringPart::Field(field("x[1:2]", 3))]
    );
    assert_eq!(
        fparts("f'{(x:=4)}'"),
        vec![FStringPart::Field(field("(x:=4)", 3))]
    );
    assert_eq!(
        fparts("f'{d[\"k\"]}'"),
        vec![FStringPart::Field(field("d[\"k\"]", 3))]
    );
    assert_eq!(
        fparts("f'{\"}:!\"}'"),
        vec![FStringPart::Field(field("\"}:!\"", 3))]
    );
    assert_eq!(
        fparts("f'''{x['a'] if y else \"\"\"b\"\"\"}'''"),
        vec![FStringPart::Field(field(
            "x['a'] if y else \"\"\"b\"\"\"",
            5
        ))]
    );
    assert_eq!(
        fparts("f'{ {1: 2}[1] }'"),
        vec![FStringPart::Field(field(" {1: 2}[1] ", 3))]
    );
}

#[test]
fn multiline_fields_in_triple_quoted_fstrings() {
    assert_eq!(
        fparts("f'''{\n  x\n}'''"),
        vec![FStringPart::Field(field("\n  x\n", 5))]
    );
}

#[test]
fn raw_fstrings_keep_backslashes() {
    assert_eq!(
        fparts(r"rf'\n{x}\t'"),
        vec![lit("\\n"), FStringPart::Field(field("x", 6)), lit("\\t")]
    );
    assert_eq!(fparts(r"FR'\d'"), vec![lit("\\d")]);
}

#[test]
fn escapes_in_literal_parts() {
    assert_eq!(
        fparts(r"f'\N{BULLET} {x}'"),
        vec![lit("• "), FStringPart::Field(field("x", 14))]
    );
    // `\{` is a backslash then a field (CPython warns).
    assert_eq!(
        fparts(r"f'\{x}'"),
        vec![lit("\\"), FStringPart::Field(field("x", 4))]
    );
    assert_eq!(fparts("f'a\\\nb'"), vec![lit("ab")]);
}

#[test]
fn adjacent_fstrings_are_separate_tokens() {
    assert_eq!(show("f'{a}' 'b' f'c'"), "fstring str:\"b\" fstring NL");
}

#[test]
fn field_sources_lex_with_lex_fstring_expr() {
    let src = "print(f'{a +\n b}')";
    // (A single-quoted f-string cannot hold a newline: use triple quotes.)
    assert!(lex(src).is_err());
    let src = "print(f'''{a +\n b!r}''')";
    let t = lex(src).unwrap();
    let Token::FString(parts) = &t[2].1 else {
        panic!()
    };
    let FStringPart::Field(f) = &parts[0] else {
        panic!()
    };
    let inner = whirl_lexer::lex_fstring_expr(&f.source, f.offset).unwrap();
    assert_eq!(
        inner,
        vec![
            (11, name("a"), 12),
            (13, Token::Plus, 14),
            (16, name("b"), 17)
        ]
    );
}
