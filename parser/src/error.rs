//! Syntax errors: the `ParseError` every entry point returns, and the
//! translation of lalrpop's errors (a token plus the list of terminals the
//! grammar would have accepted) into the messages CPython 3.11 prints.

use crate::Tok;
use std::fmt;
use whirl_lexer::{LexError, LexErrorKind, Spanned, Token};

/// Which Python exception a syntax error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
}

impl ErrorKind {
    /// The Python exception class name.
    pub fn exception_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub kind: ErrorKind,
    /// CPython's wording where it has one ("invalid syntax", "expected ':'").
    pub message: String,
    /// Byte span of the offending text in the source.
    pub start: usize,
    pub end: usize,
    /// A short note for the underlined span ("expected ':'").
    pub label: Option<String>,
    /// An optional longer suggestion.
    pub hint: Option<String>,
    /// True when more input could complete the program (the REPL then asks
    /// for another line).
    pub incomplete: bool,
}

impl ParseError {
    /// A `SyntaxError` with `message` at `start..end`.
    pub fn syntax(message: impl Into<String>, start: usize, end: usize) -> ParseError {
        ParseError {
            kind: ErrorKind::Syntax,
            message: message.into(),
            start,
            end,
            label: None,
            hint: None,
            incomplete: false,
        }
    }

    /// The same error with a label.
    pub fn with_label(mut self, label: impl Into<String>) -> ParseError {
        self.label = Some(label.into());
        self
    }

    /// The same error with a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> ParseError {
        self.hint = Some(hint.into());
        self
    }

    /// 1-based line number of `start` in `src`.
    pub fn line(&self, src: &str) -> usize {
        line_of(src, self.start)
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.exception_name(), self.message)
    }
}

impl std::error::Error for ParseError {}

impl From<LexError> for ParseError {
    fn from(e: LexError) -> ParseError {
        ParseError {
            kind: match e.kind {
                LexErrorKind::Syntax => ErrorKind::Syntax,
                LexErrorKind::Indentation => ErrorKind::Indentation,
                LexErrorKind::Tab => ErrorKind::Tab,
            },
            message: e.message,
            start: e.start,
            end: e.end,
            label: None,
            hint: None,
            incomplete: e.incomplete,
        }
    }
}

/// The error type of the generated parser.
pub(crate) type LalrError = lalrpop_util::ParseError<usize, Tok, ParseError>;

/// 1-based line number of byte offset `pos` in `src`.
pub fn line_of(src: &str, pos: usize) -> usize {
    let pos = pos.min(src.len());
    1 + src.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// How a terminal named in lalrpop's `expected` list reads to a Python user.
fn terminal_words(t: &str) -> String {
    match t {
        "Name" => "a name".into(),
        "Int" | "Float" | "Imaginary" => "a number".into(),
        "Str" | "Bytes" | "FString" => "a string".into(),
        "Newline" => "a newline".into(),
        "Indent" => "an indented block".into(),
        "Dedent" => "a dedent".into(),
        "WithLPar" => "'('".into(),
        "WithRPar" => "')'".into(),
        _ => {
            let inner = t.trim_matches('"');
            format!("'{inner}'")
        }
    }
}

/// Terminals that can begin an expression; when most of them are expected
/// the label just says "an expression".
const EXPR_STARTS: &[&str] = &[
    "Name",
    "Int",
    "Float",
    "Imaginary",
    "Str",
    "Bytes",
    "FString",
    "\"(\"",
    "\"[\"",
    "\"{\"",
    "\"-\"",
    "\"+\"",
    "\"~\"",
    "\"not\"",
    "\"lambda\"",
    "\"await\"",
    "\"None\"",
    "\"True\"",
    "\"False\"",
    "\"...\"",
];

/// Turn an expected-terminal list into "expected ':'" / "expected ')' or ','"
/// when it is short enough to be useful.
fn expected_words(expected: &[String]) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let starts = expected
        .iter()
        .filter(|t| EXPR_STARTS.contains(&t.as_str()))
        .count();
    let collapse = starts >= 5;
    if collapse {
        words.push("an expression".into());
    }
    for t in expected {
        if collapse && (EXPR_STARTS.contains(&t.as_str()) || t == "\"*\"" || t == "\"yield\"") {
            continue;
        }
        if t == "ExprStart" {
            continue;
        }
        let w = terminal_words(t);
        if !words.contains(&w) {
            words.push(w);
        }
    }
    match words.len() {
        0 => None,
        1 => Some(format!("expected {}", words[0])),
        2 | 3 => {
            let last = words.pop().unwrap_or_default();
            Some(format!("expected {} or {}", words.join(", "), last))
        }
        _ => None,
    }
}

fn describe(tok: &Tok) -> String {
    match tok {
        Tok::T(Token::Newline) => "end of line".into(),
        Tok::T(Token::Indent) => "indent".into(),
        Tok::T(Token::Dedent) => "dedent".into(),
        Tok::T(t) => t.describe(),
        Tok::WithLPar => "'('".into(),
        Tok::WithRPar => "')'".into(),
        Tok::ExprStart => "start of input".into(),
        Tok::MatchKw => "'match'".into(),
        Tok::CaseKw => "'case'".into(),
    }
}

/// Can this token end an expression (for "Perhaps you forgot a comma?")?
fn ends_expr(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imaginary(_)
            | Token::Str(_)
            | Token::Bytes(_)
            | Token::FString(_)
            | Token::RPar
            | Token::RSqb
            | Token::RBrace
            | Token::True
            | Token::False
            | Token::None
            | Token::Ellipsis
    )
}

/// Can this token begin an expression (and not continue the previous one)?
fn starts_expr(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imaginary(_)
            | Token::Str(_)
            | Token::Bytes(_)
            | Token::FString(_)
            | Token::LPar
            | Token::LSqb
            | Token::LBrace
            | Token::True
            | Token::False
            | Token::None
            | Token::Ellipsis
            | Token::Lambda
            | Token::Not
            | Token::Await
            | Token::Tilde
    )
}

fn is_layout(t: &Token) -> bool {
    matches!(t, Token::Newline | Token::Indent | Token::Dedent)
}

/// Index of the first token of the logical line holding token `i`.
pub(crate) fn line_start(toks: &[Spanned], i: usize) -> usize {
    let mut j = i.min(toks.len());
    while j > 0 && !is_layout(&toks[j - 1].1) {
        j -= 1;
    }
    j
}

/// What CPython calls the compound statement a header token opens, for
/// "expected an indented block after ...".
fn block_owner(toks: &[Spanned], first: usize) -> Option<&'static str> {
    let mut t = &toks.get(first)?.1;
    if *t == Token::Async {
        t = &toks.get(first + 1)?.1;
    }
    Some(match t {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::While => "'while' statement",
        Token::For => "'for' statement",
        Token::With => "'with' statement",
        Token::Try => "'try' statement",
        Token::Except if toks.get(first + 1).is_some_and(|t| t.1 == Token::Star) => {
            "'except*' statement"
        }
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        // At the start of a header line these are the soft keywords.
        Token::Name(n) if n == "match" => "'match' statement",
        Token::Name(n) if n == "case" => "'case' statement",
        _ => return None,
    })
}

/// Everything the translation needs to know about one failed parse.
pub(crate) struct Context<'a> {
    /// The whole file, for line numbers.
    pub src: &'a str,
    /// The tokens the parser was fed (spans already in file coordinates),
    /// without the parser's own markers.
    pub toks: &'a [Spanned],
    /// Errors inside an f-string field get CPython's "f-string: " prefix.
    pub fstring: bool,
}

/// A syntax error `parsed` found before the lexical error `lexed`: which
/// one CPython reports. Its parser stops at the first error, then tokenizes
/// the rest of the file; an error the tokenizer raises there wins, and so
/// does a bracket left open on an earlier line than the syntax error, but
/// not an indentation error.
/// ("unexpected indent" is never replaced; f-string errors, which CPython
/// finds while parsing, neither.) `stop` is where the parser stopped.
pub(crate) fn prefer(parsed: ParseError, stop: usize, lexed: ParseError, src: &str) -> ParseError {
    if parsed.message == "unexpected indent" || lexed.message.starts_with("f-string") {
        return parsed;
    }
    match lexed.kind {
        ErrorKind::Indentation | ErrorKind::Tab => parsed,
        ErrorKind::Syntax if lexed.message.ends_with("was never closed") => {
            if line_of(src, lexed.start) < line_of(src, stop) {
                lexed
            } else {
                parsed
            }
        }
        ErrorKind::Syntax => lexed,
    }
}

/// Translate a lalrpop error into a Python-style `ParseError`.
pub(crate) fn convert(err: LalrError, cx: &Context) -> ParseError {
    let mut e = match err {
        lalrpop_util::ParseError::User { error } => return error,
        lalrpop_util::ParseError::InvalidToken { location } => {
            ParseError::syntax("invalid syntax", location, location)
        }
        lalrpop_util::ParseError::ExtraToken { token: (l, t, r) } => {
            ParseError::syntax("invalid syntax", l, r)
                .with_label(format!("unexpected {}", describe(&t)))
        }
        lalrpop_util::ParseError::UnrecognizedEof { location, expected } => {
            eof_error(location, &expected, cx)
        }
        lalrpop_util::ParseError::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => token_error(l, &t, r, &expected, cx),
    };
    if cx.fstring && e.kind == ErrorKind::Syntax && !e.message.starts_with("f-string") {
        e.message = format!("f-string: {}", e.message);
    }
    e
}

fn indent_error(expected_at: usize, pos: usize, end: usize, cx: &Context) -> ParseError {
    // `expected_at` is the index of the token where the block should start;
    // the header ends with ':' NEWLINE just before it.
    let header_end = expected_at.saturating_sub(1);
    let first = line_start(cx.toks, header_end);
    let message = match block_owner(cx.toks, first) {
        Some(what) => {
            let line = line_of(cx.src, cx.toks[first].0);
            format!("expected an indented block after {what} on line {line}")
        }
        None => "expected an indented block".to_string(),
    };
    ParseError {
        kind: ErrorKind::Indentation,
        message,
        start: pos,
        end,
        label: Some("expected an indented block".into()),
        hint: None,
        incomplete: false,
    }
}

fn eof_error(location: usize, expected: &[String], cx: &Context) -> ParseError {
    let n = cx.toks.len();
    let end = if cx.fstring {
        location
    } else {
        end_of_input(cx.src)
    };
    let mut e = if expected.iter().any(|t| t == "Indent") {
        indent_error(n, end, end, cx)
    } else if is_try_tail(expected) {
        ParseError::syntax("expected 'except' or 'finally' block", end, end)
            .with_label("expected 'except' or 'finally'")
    } else {
        let mut e = ParseError::syntax("invalid syntax", end, end);
        e.label = expected_words(expected).or_else(|| Some("unexpected end of input".into()));
        e
    };
    e.incomplete = true;
    e
}

fn is_try_tail(expected: &[String]) -> bool {
    expected.iter().any(|t| t == "\"except\"")
        && expected.iter().any(|t| t == "\"finally\"")
        && !expected.iter().any(|t| t == "\"else\"")
}

/// Index in `cx.toks` of the token that starts at `l` (the parser's marker
/// tokens are not in the list).
fn token_index(cx: &Context, l: usize, tok: &Tok, r: usize) -> usize {
    // Tokens are sorted by start; zero-width layout tokens can share a start.
    let i = cx.toks.partition_point(|t| t.0 < l);
    let same = |t: &Token| match tok {
        Tok::T(x) => x == t,
        Tok::WithLPar => *t == Token::LPar,
        Tok::WithRPar => *t == Token::RPar,
        Tok::MatchKw => matches!(t, Token::Name(n) if n == "match"),
        Tok::CaseKw => matches!(t, Token::Name(n) if n == "case"),
        Tok::ExprStart => false,
    };
    let mut j = i;
    while j < cx.toks.len() && cx.toks[j].0 == l {
        if cx.toks[j].2 == r && same(&cx.toks[j].1) {
            return j;
        }
        j += 1;
    }
    i
}

/// Where CPython places an error at the end of the input: on the last line
/// (not on the empty line after its final newline).
fn end_of_input(src: &str) -> usize {
    if src.ends_with('\n') {
        src.len() - 1
    } else {
        src.len()
    }
}

fn token_error(l: usize, tok: &Tok, r: usize, expected: &[String], cx: &Context) -> ParseError {
    let i = token_index(cx, l, tok, r);
    if i >= cx.toks.len() {
        // Not a token of the source (cannot happen with a well-behaved
        // lexer): no context to word the error with.
        return ParseError::syntax("invalid syntax", l, r);
    }
    // The DEDENTs closing the last blocks sit at the very end.
    let (l, r) = match tok {
        Tok::T(Token::Dedent) if !cx.fstring && l >= end_of_input(cx.src) => {
            let e = end_of_input(cx.src);
            (e, e)
        }
        _ => (l, r),
    };
    let prev = if i > 0 {
        cx.toks.get(i - 1).map(|t| &t.1)
    } else {
        None
    };
    let in_tail = cx.toks[i.min(cx.toks.len())..]
        .iter()
        .all(|t| t.1 == Token::Dedent);
    let expects = |name: &str| expected.iter().any(|t| t == name);
    let stmt_first = cx.toks.get(line_start(cx.toks, i)).map(|t| &t.1);

    if expects("Indent") {
        let mut e = indent_error(i, l, r, cx);
        // A block cut off by the end of the input: more lines may follow.
        e.incomplete = in_tail && matches!(tok, Tok::T(Token::Dedent));
        return e;
    }
    if is_try_tail(expected) {
        let mut e = ParseError::syntax("expected 'except' or 'finally' block", l, r)
            .with_label("expected 'except' or 'finally'");
        e.incomplete = in_tail && matches!(tok, Tok::T(Token::Dedent));
        return e;
    }
    if let Tok::T(Token::Indent) = tok {
        return ParseError {
            kind: ErrorKind::Indentation,
            message: "unexpected indent".into(),
            start: l,
            end: r,
            label: Some("unexpected indent".into()),
            hint: None,
            incomplete: false,
        };
    }
    if let (Some(Token::Name(n)), Tok::T(t)) = (prev, tok) {
        if (n == "print" || n == "exec")
            && i >= 1
            && begins_expression(cx.toks, i - 1)
            && starts_expr(t)
        {
            let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
            let (s, _, _) = cx.toks[i - 1];
            // CPython underlines the whole would-be call.
            let end = expressions_end(cx.toks, i).max(r);
            // Only when what follows is an expression (CPython's rule
            // parses it); otherwise the plain error at the token stands.
            let follows = cx.src.get(l..end);
            if follows.is_some_and(|t| crate::parse_expression(t).is_ok()) {
                return ParseError::syntax(msg, s, end).with_label("missing parentheses");
            }
        }
    }
    // `except A, B:` (Python 2's form): the types need parentheses.
    if let (Some(Token::Except), Tok::T(Token::Comma)) = (stmt_first, tok) {
        if let Some(e) = except_without_parentheses(cx, i) {
            return e;
        }
    }
    // `def f() -> :` — CPython insists on ':' when no annotation follows.
    if let (Some(Token::Def | Token::Async), Some(Token::RArrow), Tok::T(t)) =
        (stmt_first, prev, tok)
    {
        if !starts_expr(t) && bracket_depth(cx.toks, i) == 0 {
            return ParseError::syntax("expected ':'", l, r).with_label("expected ':'");
        }
    }
    if expects("\":\"") && bracket_depth(cx.toks, i) == 0 {
        // CPython insists on ':' (any token) after `try`, `finally`, `else`
        // and a def's `)` / return annotation; elsewhere only a line break
        // where ':' belongs gets "expected ':'".
        let forced = match (stmt_first, prev) {
            (Some(Token::Try | Token::Finally | Token::Else), Some(p)) => {
                matches!(p, Token::Try | Token::Finally | Token::Else)
            }
            (Some(Token::Def), _) | (Some(Token::Async), _) => {
                // After the parameter list (in its `-> annotation` or right
                // after its ')'), not in the body of a one-line def.
                let head = &cx.toks[line_start(cx.toks, i)..i];
                head.iter().any(|t| t.1 == Token::RPar) && {
                    let mut depth = 0usize;
                    !head.iter().any(|t| {
                        if is_opener(&t.1) {
                            depth += 1;
                        } else if is_closer(&t.1) {
                            depth = depth.saturating_sub(1);
                        }
                        depth == 0 && t.1 == Token::Colon
                    })
                }
            }
            _ => false,
        };
        let header = matches!(
            stmt_first,
            Some(
                Token::If
                    | Token::Elif
                    | Token::Else
                    | Token::While
                    | Token::For
                    | Token::With
                    | Token::Def
                    | Token::Class
                    | Token::Try
                    | Token::Except
                    | Token::Finally
                    | Token::Async
            )
        );
        // `match x` / `case p` lines the parser took as headers.
        let soft_header = matches!(
            stmt_first,
            Some(Token::Name(n)) if n == "match" || n == "case"
        );
        let at_break = matches!(tok, Tok::T(Token::Newline));
        if (at_break && (header || soft_header)) || forced {
            // CPython points at the line break itself, zero-width.
            let r = if at_break { l } else { r };
            return ParseError::syntax("expected ':'", l, r).with_label("expected ':'");
        }
    }
    if expects("\"else\"")
        && !expects("\":\"")
        && !expects("Name")
        && !expects("\"elif\"")
        && !expects("\"except\"")
        && !matches!(tok, Tok::T(Token::Colon))
    {
        return ParseError::syntax("expected 'else' after 'if' expression", l, r)
            .with_label("expected 'else'");
    }
    if expects("\"(\"")
        && expected.len() == 1
        && prev.is_some_and(|p| matches!(p, Token::Name(_)))
        && i >= 2
        && cx.toks[i - 2].1 == Token::Def
    {
        return ParseError::syntax("expected '('", l, r).with_label("expected '('");
    }
    if let Some(e) = parenthesized_params(cx, i) {
        return e;
    }
    if let Some(e) = parameter_list_error(cx, i) {
        return e;
    }
    // `yield = 1`
    // `yield = 1`, `yield x = 1`
    if let (Tok::T(Token::Equal), Some(Token::Yield)) = (tok, stmt_first) {
        let start = line_start(cx.toks, i);
        if bracket_depth(cx.toks, i) == 0 && !cx.toks[start..i].iter().any(|t| t.1 == Token::Equal)
        {
            let (yl, _, _) = cx.toks[start];
            let yr = cx.toks[i - 1].2;
            return ParseError::syntax("assignment to yield expression not possible", yl, yr);
        }
    }
    if let Tok::T(Token::For | Token::Async) = tok {
        if let Some(e) = unparenthesized_comprehension_target(cx, i) {
            return e;
        }
    }
    if let Some(e) = dict_key_error(cx, i, tok, expected) {
        return e;
    }
    if let Some(e) = crate::case_errors::as_pattern_target(cx, i) {
        return e;
    }
    if let Some(e) = crate::case_errors::positional_after_keyword(cx, i) {
        return e;
    }
    if let Some(e) = for_without_in(cx, i) {
        return e;
    }
    if let Some(e) = dict_value_error(cx, i, tok) {
        return e;
    }
    if let (Tok::T(Token::Comma | Token::RPar | Token::Colon), Some(Token::Equal)) = (tok, prev) {
        // (In a lambda only before ',': CPython's rule looks for ')' or ','.)
        let lambda_default = matches!(tok, Tok::T(Token::Comma)) && in_lambda_params(cx.toks, i);
        if in_def_params(cx.toks, i) || lambda_default {
            let (el, _, er) = cx.toks[i - 1];
            return ParseError::syntax("expected default value expression", el, er);
        }
    }
    if let Tok::T(Token::ColonEqual) = tok {
        let j = bitwise_or_start(cx.toks, i);
        if j + 1 < i && !in_comprehension_clause(cx.toks, i) {
            let (start, end) = (cx.toks[j].0, cx.toks[i - 1].2);
            if let Some(e) = cx
                .src
                .get(start..end)
                .and_then(|t| crate::parse_expression(t).ok())
            {
                let what = crate::targets::expr_name(&e);
                return ParseError::syntax(
                    format!("cannot use assignment expressions with {what}"),
                    start,
                    end,
                );
            }
        }
    }
    if let Tok::T(Token::Equal) = tok {
        if let Some(e) = star_param_default(cx, i) {
            return e;
        }
        if let Some(e) = misspelt_comparison(cx, i) {
            return e;
        }
    }
    if let Tok::T(Token::For | Token::Async) = tok {
        if let Some(e) = unpacking_in_comprehension(cx, i) {
            return e;
        }
    }
    if let Tok::T(t) = tok {
        if starts_expr(t) && prev.is_some_and(ends_expr) && forgot_comma(cx, i) {
            let (s, _, _) = cx.toks[i - 1];
            return ParseError::syntax("invalid syntax. Perhaps you forgot a comma?", s, r)
                .with_label("perhaps a ',' is missing here");
        }
    }
    let mut e = ParseError::syntax("invalid syntax", l, r);
    e.label = match expected_words(expected) {
        Some(w) => Some(w),
        None => Some(format!("unexpected {}", describe(tok))),
    };
    e
}

/// Errors CPython's `invalid_parameters` rules name, for a parse that
/// failed at token `i` inside a `def`'s or a lambda's parameters:
/// `def f(/, a)` and `def f(a, /*, b)`.
fn parameter_list_error(cx: &Context, i: usize) -> Option<ParseError> {
    let toks = cx.toks;
    let lambda = in_lambda_params(toks, i);
    if !lambda && !in_def_params(toks, i) {
        return None;
    }
    // The first token of the parameters.
    let first = if lambda {
        (0..i).rev().find(|&j| toks[j].1 == Token::Lambda)? + 1
    } else {
        open_bracket(toks, i)? + 1
    };
    if toks[first].1 == Token::Slash && toks.get(first + 1).is_some_and(|t| t.1 == Token::Comma) {
        let (l, _, r) = toks[first];
        return Some(ParseError::syntax(
            "at least one argument must precede /",
            l,
            r,
        ));
    }
    if i > first && toks[i - 1].1 == Token::Slash && toks[i].1 == Token::Star {
        let (l, _, r) = toks[i];
        return Some(ParseError::syntax("expected comma between / and *", l, r));
    }
    None
}

/// `[x, y for x, y in z]`: CPython's hint when a list or set display's
/// first items run into a `for` (token `i`).
fn unparenthesized_comprehension_target(cx: &Context, i: usize) -> Option<ParseError> {
    let toks = cx.toks;
    let open = open_bracket(toks, i)?;
    if !matches!(toks[open].1, Token::LSqb | Token::LBrace) || open + 1 >= i {
        return None;
    }
    let mut depth = 0usize;
    let mut comma = false;
    for t in &toks[open + 1..i] {
        if is_opener(&t.1) {
            depth += 1;
        } else if is_closer(&t.1) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            match t.1 {
                Token::Comma => comma = true,
                Token::Colon | Token::DoubleStar | Token::Lambda => return None,
                _ => {}
            }
        }
    }
    if !comma || toks[i - 1].1 == Token::Comma {
        return None;
    }
    // CPython underlines from the first item to the end of the last one.
    let (l, _, _) = toks[open + 1];
    Some(ParseError::syntax(
        "did you forget parentheses around the comprehension target?",
        l,
        toks[i - 1].2,
    ))
}

/// Does token `i` begin an expression (CPython's `print x` check applies
/// wherever one starts): at the start of a logical line, or after a token
/// that an expression follows.
fn begins_expression(toks: &[Spanned], i: usize) -> bool {
    line_start(toks, i) == i
        || matches!(
            toks[i - 1].1,
            Token::Semi
                | Token::Colon
                | Token::Equal
                | Token::Comma
                | Token::LPar
                | Token::LSqb
                | Token::LBrace
        )
}

/// The end (byte offset) of the expressions starting at token `i`: their
/// last token before a `;`, ':', '=', a closing bracket or the line's end
/// outside brackets.
pub(crate) fn expressions_end(toks: &[Spanned], i: usize) -> usize {
    let mut depth = 0usize;
    let mut end = toks[i].2;
    for t in &toks[i..] {
        if is_opener(&t.1) {
            depth += 1;
        } else if is_closer(&t.1) {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0
            && (matches!(t.1, Token::Semi | Token::Colon | Token::Equal) || is_layout(&t.1))
        {
            break;
        }
        end = t.2;
    }
    end
}

/// `for a, (b + 1, c): ...` — a `for` whose target list never reached
/// `in`: CPython's `invalid_for_target` names the first part that cannot be
/// assigned to, when there is one.
fn for_without_in(cx: &Context, i: usize) -> Option<ParseError> {
    let toks = cx.toks;
    let start = line_start(toks, i);
    let first = match toks.get(start)?.1 {
        Token::Async => start + 1,
        _ => start,
    };
    if toks.get(first)?.1 != Token::For || first + 1 >= toks.len() {
        return None;
    }
    // The target list: what the parser read after `for`, up to where it
    // failed (a missing `in` shows up at the ':' or what follows).
    if i <= first + 1 || toks[first + 1..i].iter().any(|t| t.1 == Token::In) {
        return None;
    }
    let end = toks[i - 1].2;
    let (from, _, _) = toks[first + 1];
    let targets = crate::parse_expression(cx.src.get(from..end)?).ok()?;
    let bad = crate::targets::invalid_target(&targets, crate::targets::TargetKind::For)?;
    let what = crate::targets::expr_name(bad);
    let (l, r) = (from + bad.span.start as usize, from + bad.span.end as usize);
    Some(ParseError::syntax(format!("cannot assign to {what}"), l, r))
}

/// `def f(x, (y, z)):` / `lambda (x): 0`: CPython's special message for a
/// parenthesized group of plain names among the leading parameters
/// (Python 2's tuple parameters).
fn parenthesized_params(cx: &Context, i: usize) -> Option<ParseError> {
    let toks = cx.toks;
    if i == 0 || toks[i].1 != Token::LPar {
        return None;
    }
    let lambda = in_lambda_params(toks, i);
    if !lambda && !in_def_params(toks, i) {
        return None;
    }
    // Only plain names (no defaults, no stars) may come before the group.
    let mut j = i;
    loop {
        j -= 1;
        match &toks[j].1 {
            Token::Name(_) | Token::Comma => {}
            Token::Lambda if lambda => break,
            Token::LPar if !lambda => break,
            _ => return None,
        }
    }
    if !matches!(toks[i - 1].1, Token::Comma | Token::Lambda | Token::LPar) {
        return None;
    }
    // The group: names separated by commas (a trailing one allowed).
    let mut k = i + 1;
    let mut want_name = true;
    loop {
        match toks.get(k).map(|t| &t.1)? {
            Token::Name(_) if want_name => want_name = false,
            Token::Comma if !want_name => want_name = true,
            Token::RPar if k > i + 1 && (!want_name || toks[k - 1].1 == Token::Comma) => break,
            _ => return None,
        }
        k += 1;
    }
    let msg = if lambda {
        "Lambda expression parameters cannot be parenthesized"
    } else {
        "Function parameters cannot be parenthesized"
    };
    Some(ParseError::syntax(msg, toks[i].0, toks[k].2))
}

pub(crate) fn is_opener(t: &Token) -> bool {
    matches!(t, Token::LPar | Token::LSqb | Token::LBrace)
}

pub(crate) fn is_closer(t: &Token) -> bool {
    matches!(t, Token::RPar | Token::RSqb | Token::RBrace)
}

/// Tokens that continue a `bitwise_or` (CPython's level below comparisons)
/// outside brackets.
fn in_bitwise_or(t: &Token) -> bool {
    ends_expr(t)
        || matches!(
            t,
            Token::Dot
                | Token::Plus
                | Token::Minus
                | Token::Star
                | Token::DoubleStar
                | Token::Slash
                | Token::DoubleSlash
                | Token::Percent
                | Token::At
                | Token::LeftShift
                | Token::RightShift
                | Token::Amper
                | Token::VBar
                | Token::Caret
                | Token::Tilde
                | Token::Await
        )
}

/// Index of the first token of the `bitwise_or` that ends just before token
/// `i` (brackets skipped whole).
fn bitwise_or_start(toks: &[Spanned], i: usize) -> usize {
    let mut j = i;
    let mut depth = 0usize;
    while j > 0 {
        let t = &toks[j - 1].1;
        if is_closer(t) {
            depth += 1;
        } else if is_opener(t) {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0
            && (!in_bitwise_or(t) || (*t == Token::At && (j == 1 || is_layout(&toks[j - 2].1))))
        {
            break;
        }
        j -= 1;
    }
    j
}

/// Index just past the `bitwise_or` that starts at token `i`: operands
/// (atoms with their trailers, bracketed groups) joined by binary operators.
fn bitwise_or_end(toks: &[Spanned], i: usize) -> usize {
    let mut j = i;
    let mut complete = i;
    let mut want_operand = true;
    while j < toks.len() {
        let t = &toks[j].1;
        if want_operand {
            match t {
                Token::Minus | Token::Plus | Token::Tilde | Token::Await => j += 1,
                t if is_opener(t) => {
                    j = skip_group(toks, j);
                    want_operand = false;
                    complete = j;
                }
                t if ends_expr(t) && !is_closer(t) => {
                    j += 1;
                    want_operand = false;
                    complete = j;
                }
                _ => break,
            }
        } else {
            match t {
                Token::Dot if matches!(toks.get(j + 1).map(|t| &t.1), Some(Token::Name(_))) => {
                    j += 2;
                    complete = j;
                }
                Token::LPar | Token::LSqb => {
                    j = skip_group(toks, j);
                    complete = j;
                }
                Token::Str(_) | Token::Bytes(_) | Token::FString(_)
                    if matches!(
                        toks[j - 1].1,
                        Token::Str(_) | Token::Bytes(_) | Token::FString(_)
                    ) =>
                {
                    j += 1;
                    complete = j;
                }
                Token::Plus
                | Token::Minus
                | Token::Star
                | Token::DoubleStar
                | Token::Slash
                | Token::DoubleSlash
                | Token::Percent
                | Token::At
                | Token::LeftShift
                | Token::RightShift
                | Token::Amper
                | Token::VBar
                | Token::Caret => {
                    j += 1;
                    want_operand = true;
                }
                _ => break,
            }
        }
    }
    complete
}

/// Index just past the bracket group opening at token `i` (the end of the
/// tokens if it is never closed).
fn skip_group(toks: &[Spanned], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    while j < toks.len() {
        let t = &toks[j].1;
        if is_opener(t) {
            depth += 1;
        } else if is_closer(t) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return j + 1;
            }
        } else if is_layout(t) {
            return j;
        }
        j += 1;
    }
    j
}

/// `if x = 1:` and friends: CPython's guesses for an '=' where an
/// expression cannot have one.
fn misspelt_comparison(cx: &Context, i: usize) -> Option<ParseError> {
    let toks = cx.toks;
    let j = bitwise_or_start(toks, i);
    if j >= i || j == 0 {
        return None;
    }
    // Only where CPython parses a named expression.
    let stop = &toks[j - 1].1;
    let named_context = match stop {
        Token::If | Token::Elif | Token::While | Token::LBrace | Token::Comma | Token::LSqb => true,
        Token::LPar => !(j >= 2 && ends_expr(&toks[j - 2].1)),
        Token::At => line_start(toks, j - 1) == j - 1,
        _ => false,
    };
    if !named_context {
        return None;
    }
    // What follows '=' must be one bitwise_or not followed by '=' or ':='.
    let after = bitwise_or_end(toks, i + 1);
    if after == i + 1
        || matches!(
            toks.get(after).map(|t| &t.1),
            Some(Token::Equal | Token::ColonEqual)
        )
    {
        return None;
    }
    let (start, end) = (toks[j].0, toks[i - 1].2);
    if j + 1 == i {
        if let Token::Name(_) = toks[j].1 {
            return Some(
                ParseError::syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    start,
                    toks[i].2,
                )
                .with_label("'=' assigns; '==' compares"),
            );
        }
    }
    let text = cx.src.get(start..end)?;
    let e = crate::parse_expression(text).ok()?;
    if matches!(
        e.kind,
        crate::ast::ExprKind::List(_)
            | crate::ast::ExprKind::Tuple(_)
            | crate::ast::ExprKind::GeneratorExp { .. }
            | crate::ast::ExprKind::Constant(
                crate::ast::Constant::True
                    | crate::ast::Constant::False
                    | crate::ast::Constant::None
            )
    ) {
        return None;
    }
    let what = crate::targets::expr_name(&e);
    Some(
        ParseError::syntax(
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
            start,
            end,
        )
        .with_label("'=' assigns; '==' compares"),
    )
}

/// Index of the innermost bracket open before token `i`, if any.
fn open_bracket(toks: &[Spanned], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = i.min(toks.len());
    while j > 0 {
        j -= 1;
        let t = &toks[j].1;
        if is_closer(t) {
            depth += 1;
        } else if is_opener(t) {
            if depth == 0 {
                return Some(j);
            }
            depth -= 1;
        } else if depth == 0 && is_layout(t) {
            return None;
        }
    }
    None
}

/// `def f(*a=1)` / `lambda **k=1: 0` / `def f(*a: int=1)`.
fn star_param_default(cx: &Context, i: usize) -> Option<ParseError> {
    // Back to the start of this parameter (its annotation skipped).
    let mut j = i;
    let mut depth = 0usize;
    while j > 0 {
        let t = &cx.toks[j - 1].1;
        if is_closer(t) {
            depth += 1;
        } else if is_opener(t) {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0 && matches!(t, Token::Comma | Token::Lambda) {
            break;
        }
        j -= 1;
    }
    if j + 1 >= i || !matches!(cx.toks[j + 1].1, Token::Name(_)) {
        return None;
    }
    let msg = match cx.toks[j].1 {
        Token::Star => "var-positional argument cannot have default value",
        Token::DoubleStar => "var-keyword argument cannot have default value",
        _ => return None,
    };
    if !in_def_params(cx.toks, i) && !in_lambda_params(cx.toks, i) {
        return None;
    }
    let (l, _, r) = cx.toks[i];
    Some(ParseError::syntax(msg, l, r))
}

/// Is token `i` in the parameters of a `lambda` (before its ':')?
fn in_lambda_params(toks: &[Spanned], i: usize) -> bool {
    let mut depth = 0usize;
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t = &toks[j].1;
        if is_closer(t) {
            depth += 1;
        } else if is_opener(t) {
            if depth == 0 {
                return false;
            }
            depth -= 1;
        } else if depth == 0 {
            match t {
                Token::Lambda => return true,
                Token::Colon => return false,
                t if is_layout(t) => return false,
                _ => {}
            }
        }
    }
    false
}

/// CPython's "invalid syntax. Perhaps you forgot a comma?": inside
/// brackets, where an expression is parsed (not in a parameter list, not in
/// a comprehension's `in`/`if` clause), an expression directly followed by
/// another one.
fn forgot_comma(cx: &Context, i: usize) -> bool {
    let toks = cx.toks;
    let Some(open) = open_bracket(toks, i) else {
        return false;
    };
    if in_def_params(toks, i) || in_lambda_params(toks, i) {
        return false;
    }
    // CPython's `!(NAME STRING | SOFT_KEYWORD)` at the start of the first
    // expression: `print "x"`-like pairs are left alone, and so is a name
    // that its soft-keyword test accepts (it compares only the name's length
    // of "match", "case" and "_", so `m` or `ca` count).
    let a = bitwise_or_start(toks, i);
    if let Token::Name(n) = &toks[a].1 {
        if matches!(
            toks.get(a + 1).map(|t| &t.1),
            Some(Token::Str(_) | Token::Bytes(_) | Token::FString(_))
        ) {
            return false;
        }
        if ["match", "case", "_"]
            .iter()
            .any(|k| k.starts_with(n.as_str()))
        {
            return false;
        }
    }
    if open >= 1 && toks[open - 1].1 == Token::Import {
        return false;
    }
    // In a comprehension, the `in` and `if` clauses are not expressions of
    // CPython's grammar (the target list, oddly, is).
    if in_comprehension_clause(toks, i) {
        return false;
    }
    // What follows must begin an expression (CPython parses the longest
    // expression it can there; a bracketed group must hold one).
    match toks[i].1 {
        Token::LPar | Token::LSqb | Token::LBrace => {
            let end = skip_group(toks, i);
            end > i
                && cx
                    .src
                    .get(toks[i].0..toks[end - 1].2)
                    .is_some_and(|text| crate::parse_expression(text).is_ok())
        }
        _ => true,
    }
}

/// Is token `i` in the `in` or `if` clause of a comprehension (which
/// CPython parses as a `disjunction`, not an `expression`)?
fn in_comprehension_clause(toks: &[Spanned], i: usize) -> bool {
    let Some(open) = open_bracket(toks, i) else {
        return false;
    };
    let mut depth = 0usize;
    let mut in_clause = false;
    for t in &toks[open + 1..i] {
        if is_opener(&t.1) {
            depth += 1;
        } else if is_closer(&t.1) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && t.1 == Token::For {
            in_clause = false;
        } else if depth == 0 && t.1 == Token::In {
            in_clause = true;
        }
    }
    in_clause
}

/// Is token `i` inside the parameter list of a `def`?
fn in_def_params(toks: &[Spanned], i: usize) -> bool {
    match open_bracket(toks, i) {
        Some(o) => o >= 2 && toks[o].1 == Token::LPar && toks[o - 2].1 == Token::Def,
        None => false,
    }
}

/// `{1: 2, 3}`: a dict display item without its ':'.
fn dict_key_error(cx: &Context, i: usize, tok: &Tok, expected: &[String]) -> Option<ParseError> {
    let key_ended = match tok {
        Tok::T(Token::Comma | Token::RBrace) => true,
        Tok::T(t) => starts_expr(t),
        _ => false,
    };
    if !expected.iter().any(|t| t == "\":\"") || !key_ended {
        return None;
    }
    let open = open_bracket(cx.toks, i)?;
    if cx.toks[open].1 != Token::LBrace {
        return None;
    }
    let mut depth = 0usize;
    let mut is_dict = false;
    for t in &cx.toks[open + 1..i] {
        if is_opener(&t.1) {
            depth += 1;
        } else if is_closer(&t.1) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && matches!(t.1, Token::Colon | Token::DoubleStar) {
            is_dict = true;
        }
    }
    if !is_dict {
        return None;
    }
    let (l, _, r) = cx.toks[i];
    Some(ParseError::syntax("':' expected after dictionary key", l, r).with_label("expected ':'"))
}

/// `{1: , 2: 3}`, `{1: *a}`: a dict display value missing or starred.
fn dict_value_error(cx: &Context, i: usize, tok: &Tok) -> Option<ParseError> {
    if i == 0 || cx.toks[i - 1].1 != Token::Colon {
        return None;
    }
    let open = open_bracket(cx.toks, i)?;
    if cx.toks[open].1 != Token::LBrace {
        return None;
    }
    let (l, _, r) = cx.toks[i];
    match tok {
        Tok::T(Token::Comma | Token::RBrace) => {
            let (cl, _, cr) = cx.toks[i - 1];
            Some(ParseError::syntax(
                "expression expected after dictionary key and ':'",
                cl,
                cr,
            ))
        }
        Tok::T(Token::Star) => {
            let end = bitwise_or_end(cx.toks, i + 1).max(i + 1);
            let r = cx.toks.get(end - 1).map_or(r, |t| t.2);
            Some(ParseError::syntax(
                "cannot use a starred expression in a dictionary value",
                l,
                r,
            ))
        }
        _ => None,
    }
}

/// `[*a for a in b]`, `{**d for d in e}`.
fn unpacking_in_comprehension(cx: &Context, i: usize) -> Option<ParseError> {
    let open = open_bracket(cx.toks, i)?;
    let first = cx.toks.get(open + 1)?;
    let msg = match first.1 {
        Token::Star => "iterable unpacking cannot be used in comprehension",
        Token::DoubleStar if cx.toks[open].1 == Token::LBrace => {
            "dict unpacking cannot be used in dict comprehension"
        }
        _ => return None,
    };
    // The starred item must run up to the `for`.
    if bitwise_or_end(cx.toks, open + 2) != i {
        return None;
    }
    Some(ParseError::syntax(msg, first.0, cx.toks[i - 1].2))
}

/// How many brackets are open just before token `i`.
fn bracket_depth(toks: &[Spanned], i: usize) -> usize {
    let start = line_start(toks, i);
    let mut depth: usize = 0;
    for t in &toks[start..i.min(toks.len())] {
        match t.1 {
            Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
            Token::RPar | Token::RSqb | Token::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// `except A, B:` with the comma at token `i`: CPython's "multiple
/// exception types must be parenthesized", spanning the types.
fn except_without_parentheses(cx: &Context, i: usize) -> Option<ParseError> {
    let mut first = line_start(cx.toks, i) + 1;
    // `except* A, B:` names its types after the star.
    if first < i && matches!(cx.toks[first].1, Token::Star) {
        first += 1;
    }
    if bracket_depth(cx.toks, i) != 0 || first >= i {
        return None;
    }
    let mut depth = 0usize;
    let mut end = None;
    for (j, t) in cx.toks.iter().enumerate().skip(i) {
        match &t.1 {
            t if is_opener(t) => depth += 1,
            t if is_closer(t) => depth = depth.saturating_sub(1),
            Token::Colon | Token::As if depth == 0 => {
                end = Some(cx.toks[j - 1].2);
                break;
            }
            t if is_layout(t) => return None,
            _ => {}
        }
    }
    let (start, end) = (cx.toks[first].0, end?);
    let types = &cx.src[start..end];
    Some(
        ParseError::syntax("multiple exception types must be parenthesized", start, end)
            .with_label("several types need parentheses")
            .with_hint(format!("write: except ({types}):")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_expected_lists() {
        assert_eq!(
            expected_words(&["\":\"".to_string()]).as_deref(),
            Some("expected ':'")
        );
        assert_eq!(
            expected_words(&["\")\"".to_string(), "\",\"".to_string()]).as_deref(),
            Some("expected ')' or ','")
        );
        let many: Vec<String> = EXPR_STARTS.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            expected_words(&many).as_deref(),
            Some("expected an expression")
        );
    }

    #[test]
    fn lines() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 100), 3);
    }
}
