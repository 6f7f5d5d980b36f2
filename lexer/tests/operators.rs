//! Operators, delimiters, keywords and names.

mod common;
use common::*;

#[test]
fn every_operator_alone() {
    use Token::*;
    #[rustfmt::skip]
    let all = [
        Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, At, LeftShift, RightShift,
        Amper, VBar, Caret, Tilde, ColonEqual, Less, Greater, LessEqual, GreaterEqual, EqEqual,
        NotEqual, LPar, RPar, LSqb, RSqb, LBrace, RBrace, Comma, Colon, Dot, Semi, Equal, RArrow,
        Ellipsis, PlusEqual, MinusEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual,
        AtEqual, AmperEqual, VBarEqual, CaretEqual, LeftShiftEqual, RightShiftEqual,
        DoubleStarEqual,
    ];
    for op in all {
        let text = op.text();
        // Brackets must balance, so lex each one inside a valid pair.
        let src = match text {
            "(" | ")" => "()".to_string(),
            "[" | "]" => "[]".to_string(),
            "{" | "}" => "{}".to_string(),
            _ => format!("a {text} b"),
        };
        let t = toks(&src);
        assert!(t.contains(&op), "{text}: {t:?}");
        if !matches!(text, "(" | ")" | "[" | "]" | "{" | "}") {
            assert_eq!(t, vec![name("a"), op.clone(), name("b"), Newline], "{text}");
        }
    }
}

#[test]
fn longest_match_without_spaces() {
    assert_eq!(show("a**=b"), "a **= b NL");
    assert_eq!(show("a//=b"), "a //= b NL");
    assert_eq!(show("a>>=b<<=c"), "a >>= b <<= c NL");
    assert_eq!(show("a**-b"), "a ** - b NL");
    assert_eq!(show("a->b"), "a -> b NL");
    assert_eq!(show("a:=b"), "a := b NL");
    assert_eq!(show("a!=b==c"), "a != b == c NL");
    assert_eq!(show("a<=b>=c<d>e"), "a <= b >= c < d > e NL");
    assert_eq!(show("a...b"), "a ... b NL");
    assert_eq!(show("a..b"), "a . . b NL");
    assert_eq!(show("...."), "... . NL");
    assert_eq!(show("a=-b"), "a = - b NL");
    assert_eq!(show("~a^b|c&d%e@f"), "~ a ^ b | c & d % e @ f NL");
    assert_eq!(show("a@=b"), "a @= b NL");
}

#[test]
fn keywords() {
    use Token::*;
    #[rustfmt::skip]
    let words = [
        (False, "False"), (None, "None"), (True, "True"), (And, "and"), (As, "as"),
        (Assert, "assert"), (Async, "async"), (Await, "await"), (Break, "break"),
        (Class, "class"), (Continue, "continue"), (Def, "def"), (Del, "del"), (Elif, "elif"),
        (Else, "else"), (Except, "except"), (Finally, "finally"), (For, "for"), (From, "from"),
        (Global, "global"), (If, "if"), (Import, "import"), (In, "in"), (Is, "is"),
        (Lambda, "lambda"), (Nonlocal, "nonlocal"), (Not, "not"), (Or, "or"), (Pass, "pass"),
        (Raise, "raise"), (Return, "return"), (Try, "try"), (While, "while"), (With, "with"),
        (Yield, "yield"),
    ];
    for (token, text) in words {
        assert_eq!(token.text(), text);
        assert_eq!(toks(text), vec![token, Newline], "{text}");
    }
}

#[test]
fn soft_keywords_and_near_keywords_are_names() {
    for n in [
        "match", "case", "_", "print", "true", "none", "If", "iff", "forx", "async_", "type",
    ] {
        assert_eq!(toks(n), vec![name(n), Token::Newline], "{n}");
    }
}

#[test]
fn unicode_names() {
    assert_eq!(show("é = 1"), "é = int:1 NL");
    assert_eq!(show("名前 = 1"), "名前 = int:1 NL");
    assert_eq!(show("x·y = 1"), "x·y = int:1 NL");
    assert_eq!(show("_a1b2"), "_a1b2 NL");
    // A combining mark continues but cannot start a name.
    assert_eq!(show("x\u{300} = 1"), "x\u{300} = int:1 NL");
}

#[test]
fn decorator_and_annotation_tokens() {
    assert_eq!(
        show("@dec\ndef f(a: int, *b, **c) -> None: ..."),
        "@ dec NL def f ( a : int , * b , ** c ) -> None : ... NL"
    );
}

#[test]
fn operator_spans() {
    let t = lex("a **= b").unwrap();
    assert_eq!(t[1], (2, Token::DoubleStarEqual, 5));
}
