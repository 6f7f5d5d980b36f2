//! Logical lines, indentation, line joining and the end-of-input flush.

mod common;
use common::*;

#[test]
fn empty_and_comment_only_sources_give_nothing() {
    for src in [
        "",
        "\n",
        "\n\n\n",
        "   \n\t\n",
        "# comment",
        "# a\n  # b\n\t# c\n",
        "#!/usr/bin/env python\n",
    ] {
        assert_eq!(toks(src), vec![], "{src:?}");
    }
}

#[test]
fn simple_lines() {
    assert_eq!(show("x = 1\ny = 2\n"), "x = int:1 NL y = int:2 NL");
    // No trailing newline: one is supplied.
    assert_eq!(show("x = 1"), "x = int:1 NL");
    assert_eq!(show("x # trailing comment"), "x NL");
}

#[test]
fn semicolons_are_tokens() {
    assert_eq!(show("a; b;\n"), "a ; b ; NL");
}

#[test]
fn shebang_and_coding_lines_are_comments() {
    let src = "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\nprint(1)\n";
    assert_eq!(show(src), "print ( int:1 ) NL");
}

#[test]
fn nested_blocks_and_dedent_to_several_levels() {
    let src = "\
if a:
    if b:
        c
    d
e
";
    assert_eq!(show(src), "if a : NL IN if b : NL IN c NL DE d NL DE e NL");
    let src = "\
class A:
    def f(self):
        if x:
            return 1
y
";
    assert_eq!(
        show(src),
        "class A : NL IN def f ( self ) : NL IN if x : NL IN return int:1 NL DE DE DE y NL"
    );
}

#[test]
fn end_of_input_gives_newline_then_all_dedents() {
    assert_eq!(
        show("if a:\n    if b:\n        c"),
        "if a : NL IN if b : NL IN c NL DE DE"
    );
    assert_eq!(show("if a:\n    b\n"), "if a : NL IN b NL DE");
    // Blank lines and comments at the end change nothing.
    assert_eq!(show("if a:\n    b\n\n  # bye\n\n"), "if a : NL IN b NL DE");
}

#[test]
fn blank_and_comment_lines_inside_blocks_are_ignored() {
    let src = "\
if x:

    # a comment at the block's indentation
  # a comment further left
        # and one further right
    y

    z
w
";
    assert_eq!(show(src), "if x : NL IN y NL z NL DE w NL");
}

#[test]
fn first_line_indent_is_left_to_the_parser() {
    assert_eq!(show("  x\n"), "IN x NL DE");
    assert_eq!(show("x\n  y\n"), "x NL IN y NL DE");
}

#[test]
fn tabs_use_tab_stops_of_eight() {
    // A tab alone and eight spaces after a tab-indented line are different
    // (ambiguous) indentation; a tab and a tab are equal.
    assert_eq!(show("if a:\n\tb\n\tc\n"), "if a : NL IN b NL c NL DE");
    assert_eq!(show("if a:\n \tb\n \tc\n"), "if a : NL IN b NL c NL DE");
    assert_eq!(
        show("if a:\n\tif b:\n\t\tc\nd\n"),
        "if a : NL IN if b : NL IN c NL DE DE d NL"
    );
    // Tab then spaces deeper than the tab: consistent under both tab sizes.
    assert_eq!(
        show("if a:\n\tif b:\n\t    c\n"),
        "if a : NL IN if b : NL IN c NL DE DE"
    );
}

#[test]
fn form_feed_resets_the_column() {
    assert_eq!(
        show("if a:\n    b\n\x0c    c\n"),
        "if a : NL IN b NL c NL DE"
    );
    assert_eq!(show("\x0c\x0cx\n"), "x NL");
}

#[test]
fn implicit_joining_inside_brackets() {
    let src = "x = (\n  1,\n      2,\n# comment\n\n)\ny\n";
    assert_eq!(show(src), "x = ( int:1 , int:2 , ) NL y NL");
    assert_eq!(
        show("f([1,\n 2], {3:\n4})\n"),
        "f ( [ int:1 , int:2 ] , { int:3 : int:4 } ) NL"
    );
    // Inside a block, a bracketed continuation does not disturb indentation.
    let src = "if a:\n    x = [\n1,\n        2]\n    y\n";
    assert_eq!(show(src), "if a : NL IN x = [ int:1 , int:2 ] NL y NL DE");
}

#[test]
fn backslash_continuation() {
    assert_eq!(show("x = 1 + \\\n    2\n"), "x = int:1 + int:2 NL");
    // The continued line's indentation is irrelevant.
    let src = "if a:\n    x = 1 + \\\n  2\n    y\n";
    assert_eq!(show(src), "if a : NL IN x = int:1 + int:2 NL y NL DE");
    assert_eq!(show("x = 1 \\\n\\\n+ 2\n"), "x = int:1 + int:2 NL");
    assert_eq!(show("(1 + \\\n 2)\n"), "( int:1 + int:2 ) NL");
}

#[test]
fn continuation_at_line_start_counts_as_indentation() {
    // CPython 3.11: the column of the first backslash is the indentation,
    // and a line that continues into a blank line is blank.
    assert_eq!(show("\t\\\n\n\n"), "");
    assert_eq!(show("x\n\\\n\ny\n"), "x NL y NL");
    assert_eq!(show("  \\\n  x\n"), "IN x NL DE");
    assert_eq!(show("if a:\n    \\\n  b\n"), "if a : NL IN b NL DE");
}

#[test]
fn line_endings_crlf_and_cr() {
    assert_eq!(show("if a:\r\n    b\r\nc\r\n"), "if a : NL IN b NL DE c NL");
    assert_eq!(show("if a:\r    b\rc\r"), "if a : NL IN b NL DE c NL");
    assert_eq!(show("x = 1 + \\\r\n 2\r\n"), "x = int:1 + int:2 NL");
}

#[test]
fn byte_order_mark_is_skipped() {
    assert_eq!(show("\u{feff}x = 1\n"), "x = int:1 NL");
    let spans = lex("\u{feff}x\n").unwrap();
    assert_eq!(spans[0], (3, name("x"), 4));
}

#[test]
fn spans_of_layout_tokens() {
    let src = "if a:\n    b\nc";
    let t = lex(src).unwrap();
    assert_eq!(
        t,
        vec![
            (0, Token::If, 2),
            (3, name("a"), 4),
            (4, Token::Colon, 5),
            (5, Token::Newline, 6),
            // Indent covers the leading whitespace.
            (6, Token::Indent, 10),
            (10, name("b"), 11),
            (11, Token::Newline, 12),
            // Dedent is empty, at the first token of the line.
            (12, Token::Dedent, 12),
            (12, name("c"), 13),
            // Newline and Dedents supplied at the end are empty, at the end.
            (13, Token::Newline, 13),
        ]
    );
    let t = lex("if a:\n  b\r\n").unwrap();
    assert_eq!(t[6], (9, Token::Newline, 11));
    assert_eq!(t[7], (11, Token::Dedent, 11));
}

#[test]
fn ninety_nine_levels_of_indentation_are_fine() {
    let mut src = String::new();
    for depth in 0..99 {
        src.push_str(&" ".repeat(depth));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(99));
    src.push_str("pass\n");
    let t = toks(&src);
    assert_eq!(t.iter().filter(|t| **t == Token::Indent).count(), 99);
    assert_eq!(t.iter().filter(|t| **t == Token::Dedent).count(), 99);
}

#[test]
fn two_hundred_nested_brackets_are_fine() {
    let src = format!("{}{}\n", "(".repeat(200), ")".repeat(200));
    assert_eq!(toks(&src).len(), 401);
}

#[test]
fn iterator_interface_matches_lex() {
    let src = "def f(x):\n    return f'{x!r}' + 'a'\n";
    let collected: Result<Vec<_>, _> = whirl_lexer::Lexer::new(src).collect();
    assert_eq!(collected, lex(src));
}

#[test]
fn lex_fstring_expr_lexes_as_if_parenthesized() {
    // Line breaks are ignored and there are no layout tokens; spans are
    // shifted by the offset.
    let t = whirl_lexer::lex_fstring_expr("a +\n  b", 10).unwrap();
    assert_eq!(
        t,
        vec![
            (10, name("a"), 11),
            (12, Token::Plus, 13),
            (16, name("b"), 17)
        ]
    );
    let e = whirl_lexer::lex_fstring_expr("a $", 10).unwrap_err();
    assert_eq!((e.start, e.end), (12, 13));
}
