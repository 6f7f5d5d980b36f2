//! CPython's messages for `case` patterns its `invalid_*_pattern` rules
//! recognise, found from the tokens of a `case` line after the LR parse
//! failed on it: the grammar only says where it stopped.

use crate::error::{expressions_end, is_closer, is_opener, line_start, Context, ParseError};
use whirl_lexer::Token;

/// Whether token `i` is on a `case` line (`case` starting the statement).
fn in_case_line(cx: &Context, i: usize) -> bool {
    matches!(
        cx.toks.get(line_start(cx.toks, i)).map(|t| &t.1),
        Some(Token::Name(n)) if n == "case"
    )
}

/// `case 42 as 1+2+4:` — after `as` only a name may follow
/// (CPython's `invalid_as_pattern`).
pub(crate) fn as_pattern_target(cx: &Context, i: usize) -> Option<ParseError> {
    if i == 0 || cx.toks[i - 1].1 != Token::As || !in_case_line(cx, i) {
        return None;
    }
    let (start, tok, _) = &cx.toks[i];
    if matches!(tok, Token::Colon | Token::Newline) {
        return None;
    }
    let end = expressions_end(cx.toks, i);
    Some(ParseError::syntax("invalid pattern target", *start, end))
}

/// `case C(a=b, c, d=e, ...):` — a positional pattern after a keyword one
/// is CPython's first complaint (`invalid_class_argument_pattern`), even
/// when something later on the line would not parse at all. The parse
/// stopped at token `i`, inside the class pattern's parentheses.
pub(crate) fn positional_after_keyword(cx: &Context, i: usize) -> Option<ParseError> {
    if !in_case_line(cx, i) {
        return None;
    }
    let toks = cx.toks;
    // The innermost class pattern (`Name(`) open at `i`.
    let mut depth = 0usize;
    let mut open = None;
    for j in (line_start(toks, i)..i).rev() {
        if is_closer(&toks[j].1) {
            depth += 1;
        } else if is_opener(&toks[j].1) {
            if depth > 0 {
                depth -= 1;
            } else if toks[j].1 == Token::LPar && j > 0 && matches!(toks[j - 1].1, Token::Name(_)) {
                open = Some(j);
                break;
            }
        }
    }
    let open = open?;
    // The arguments that ended before the failure, split at the commas of
    // this level; a keyword argument starts `name =`.
    let mut seen_keyword = false;
    let mut arg_start = open + 1;
    let mut depth = 0usize;
    for j in open + 1..i {
        let t = &toks[j].1;
        if is_opener(t) {
            depth += 1;
        } else if is_closer(t) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && *t == Token::Comma {
            if arg_start < j {
                let keyword = matches!(toks[arg_start].1, Token::Name(_))
                    && toks.get(arg_start + 1).is_some_and(|t| t.1 == Token::Equal);
                if keyword {
                    seen_keyword = true;
                } else if seen_keyword {
                    let (start, end) = (toks[arg_start].0, toks[j - 1].2);
                    return Some(ParseError::syntax(
                        "positional patterns follow keyword patterns",
                        start,
                        end,
                    ));
                }
            }
            arg_start = j + 1;
        }
    }
    None
}
