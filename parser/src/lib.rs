//! The whirl parser: Python 3 source text to a syntax tree with byte spans.
//!
//! This crate owns the grammar, the AST (`ast`) and syntax errors
//! (`ParseError`). Data flows one way:
//!
//! ```text
//! source ─▶ whirl_lexer::lex ─▶ tokens ─▶ prepare (markers) ─▶ lalrpop parser ─▶ ast::Module
//! ```
//!
//! * The lexer (`whirl_lexer::Lexer`, the iterator behind
//!   `whirl_lexer::lex`) turns the file into `(start, Token, end)` triples,
//!   INDENT/DEDENT/NEWLINE included. If it fails, the tokens before the
//!   failure are still parsed: CPython's tokenizer is lazy, so a syntax
//!   error earlier in the file can be the one to report (`error::prefer`
//!   has CPython's rules).
//! * `prepare` wraps the tokens in the parser's own `Tok` type and adds the
//!   few markers an LR(1) grammar needs to tell Python's constructs apart
//!   (expression-only input, the parenthesized form of `with`).
//! * The lalrpop grammar (`grammar.lalrpop`) builds the AST. Its actions call
//!   the helpers in `actions`, `arguments` and `targets` (which check what
//!   the grammar accepts too generously, e.g. assignment targets, which are
//!   parsed as expressions), `strings` (implicit concatenation) and `fstring`
//!   (which parses each replacement field by re-entering the parser).
//!   Errors CPython only finds in its compiler (`*a = 1`, a duplicate
//!   parameter, ...) are deferred (`Ctx::defer`) so that a syntax error
//!   anywhere in the file is reported first, as CPython does.
//! * `error` turns lalrpop's "unexpected token, expected one of ..." into
//!   CPython's messages ("expected ':'", "unexpected indent", ...), a short
//!   label for the underlined span, and the `incomplete` flag of the REPL.
//!
//! Nothing here recurses on the depth of the input: the generated parser is
//! table driven and every helper that walks an expression does so with an
//! explicit stack. (Dropping a very deep AST is the AST's own concern.)

mod actions;
mod arguments;
pub mod ast;
mod case_errors;
mod error;
mod fstring;
mod patterns;
mod strings;
mod targets;

#[allow(
    clippy::all,
    clippy::pedantic,
    unused_parens,
    unused_imports,
    dead_code
)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/grammar.rs"));
}

pub use error::{ErrorKind, ParseError};

use whirl_lexer::{Spanned, Token};

/// A token as the grammar sees it: the lexer's token, or one of the parser's
/// markers (never produced by the lexer).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    T(Token),
    /// First token of expression-only input (`eval`, f-string fields).
    ExprStart,
    /// The `(` of `with (a as b, c):` — a `(` right after `with` whose
    /// matching `)` is directly followed by `:`.
    WithLPar,
    /// The `)` matching a `WithLPar`.
    WithRPar,
    /// The soft keyword `match` opening a match statement: a `match` name
    /// starting a line that ends with `:` and opens a block.
    MatchKw,
    /// The soft keyword `case` starting a line of a match statement's block.
    CaseKw,
}

/// What the grammar's start symbol produced.
pub(crate) enum Top {
    Module(Vec<ast::Stmt>),
    Expression(ast::Expr),
}

/// State shared with every grammar action.
pub(crate) struct Ctx<'s> {
    /// The whole source file (spans index into it).
    pub src: &'s str,
    /// How many f-string fields enclose the text being parsed.
    pub depth: u32,
    /// Errors CPython reports from its compiler or symbol table, that is
    /// only when the whole file parsed: the first one is returned once the
    /// parse succeeds.
    deferred: std::cell::RefCell<Option<(bool, ParseError)>>,
}

impl<'s> Ctx<'s> {
    fn new(src: &'s str, depth: u32) -> Ctx<'s> {
        Ctx {
            src,
            depth,
            deferred: std::cell::RefCell::new(None),
        }
    }

    /// Record a compile-time error (`symtable`: found by CPython's symbol
    /// table pass, which runs before code generation). The earliest in the
    /// file wins, symbol-table errors first.
    pub(crate) fn defer(&self, e: ParseError, symtable: bool) {
        let mut d = self.deferred.borrow_mut();
        let better = match &*d {
            None => true,
            Some((st, old)) => (symtable && !*st) || (symtable == *st && e.start < old.start),
        };
        if better {
            *d = Some((symtable, e));
        }
    }

    fn take_deferred(&self) -> Option<(bool, ParseError)> {
        self.deferred.borrow_mut().take()
    }
}

/// Parse a whole file.
pub fn parse_module(src: &str) -> Result<ast::Module, ParseError> {
    let cx = Ctx::new(src, 0);
    let lex = || lex_prefix(whirl_lexer::Lexer::new(src));
    match parse_tokens(&cx, &lex, false)? {
        Top::Module(body) => Ok(ast::Module { body }),
        Top::Expression(e) => Err(ParseError::syntax(
            "invalid syntax",
            e.span.start as usize,
            e.span.end as usize,
        )),
    }
}

/// Parse the argument of `eval`: one expression list. Leading spaces and
/// tabs are ignored, as CPython does.
pub fn parse_expression(src: &str) -> Result<ast::Expr, ParseError> {
    let trimmed = src.trim_start_matches([' ', '\t']);
    let skip = src.len() - trimmed.len();
    let lex = || {
        let (mut toks, err) = lex_prefix(whirl_lexer::Lexer::new(trimmed));
        for t in toks.iter_mut() {
            t.0 += skip;
            t.2 += skip;
        }
        let err = err.map(|mut e| {
            e.start += skip;
            e.end += skip;
            e
        });
        (toks, err)
    };
    let cx = Ctx::new(src, 0);
    let e = expect_expression(parse_tokens(&cx, &lex, true)?)?;
    // `eval` takes CPython's `expressions`: no bare `*x` items.
    let bare = match &e.kind {
        ast::ExprKind::Starred(_) => Some(&e),
        ast::ExprKind::Tuple(items) if !targets::parenthesized_tuple(src, &e) => items
            .iter()
            .find(|i| matches!(i.kind, ast::ExprKind::Starred(_))),
        _ => None,
    };
    if let Some(star) = bare {
        let at = star.span.start as usize;
        return Err(ParseError::syntax("invalid syntax", at, at + 1));
    }
    Ok(e)
}

/// Parse the source of one f-string replacement field, found at byte
/// `offset` of the file `cx.src`, as CPython does: as if it were written in
/// parentheses.
pub(crate) fn parse_fstring_field(
    cx: &Ctx,
    source: &str,
    offset: usize,
) -> Result<ast::Expr, ParseError> {
    if cx.depth >= fstring::MAX_NESTING {
        return Err(ParseError::syntax(
            "f-string: expressions nested too deeply",
            offset,
            offset + source.len(),
        ));
    }
    // CPython compiles a field as if it were written in parentheses: the
    // lexer reads it that way (no layout tokens), and two parentheses in
    // place of the braces around it give the grammar (and spans) the same
    // view.
    let end = offset + source.len();
    let lex = || match whirl_lexer::lex_fstring_expr(source, offset) {
        Ok(mut t) => {
            t.insert(0, (offset.saturating_sub(1), Token::LPar, offset));
            t.push((end, Token::RPar, end + 1));
            (t, None)
        }
        Err(e) => (Vec::new(), Some(e)),
    };
    let inner = Ctx::new(cx.src, cx.depth + 1);
    let result = parse_tokens(&inner, &lex, true);
    if let Some((st, e)) = inner.take_deferred() {
        cx.defer(e, st);
    }
    result.and_then(expect_expression).map_err(|mut e| {
        if e.kind == ErrorKind::Syntax && !e.message.starts_with("f-string") {
            e.message = format!("f-string: {}", e.message);
        }
        e.incomplete = false;
        e
    })
}

fn expect_expression(top: Top) -> Result<ast::Expr, ParseError> {
    match top {
        Top::Expression(e) => Ok(e),
        Top::Module(_) => Err(ParseError::syntax("invalid syntax", 0, 0)),
    }
}

/// The tokens the lexer produces before its first error, and that error.
fn lex_prefix(
    lexer: impl Iterator<Item = Result<Spanned, whirl_lexer::LexError>>,
) -> (Vec<Spanned>, Option<whirl_lexer::LexError>) {
    let mut toks = Vec::new();
    for t in lexer {
        match t {
            Ok(t) => toks.push(t),
            Err(e) => return (toks, Some(e)),
        }
    }
    (toks, None)
}

/// A token source: the tokens before the first lexical error, and that
/// error. It is called again (only) to word a syntax error, so the happy
/// path keeps no copy of the tokens.
type LexFn<'a> = dyn Fn() -> (Vec<Spanned>, Option<whirl_lexer::LexError>) + 'a;

/// Lex and parse. A lexical error does not win at once: as in CPython,
/// whose tokenizer runs lazily, a syntax error in the text before it is
/// reported instead, unless the lexical error is one CPython's final
/// whole-file tokenizer pass would raise over it.
fn parse_tokens(cx: &Ctx, lex: &LexFn, expr_mode: bool) -> Result<Top, ParseError> {
    let (tokens, lex_err) = lex();
    let toks = prepare(cx, tokens, expr_mode);
    let result = grammar::TopParser::new().parse(cx, toks.into_iter().map(Ok));
    match (result, lex_err) {
        (Ok(top), None) => match cx.depth {
            // Nested parses hand their deferred errors to the enclosing one.
            0 => match cx.take_deferred() {
                Some((_, e)) => Err(e),
                None => Ok(top),
            },
            _ => Ok(top),
        },
        (Ok(_), Some(e)) => Err(e.into()),
        (Err(err), lex_err) => {
            let at_end = matches!(err, lalrpop_util::ParseError::UnrecognizedEof { .. });
            // Where the parser stopped reading (CPython compares lines with it).
            let stop = match &err {
                lalrpop_util::ParseError::UnrecognizedToken { token, .. }
                | lalrpop_util::ParseError::ExtraToken { token } => token.0,
                lalrpop_util::ParseError::User { error } => error.end,
                lalrpop_util::ParseError::InvalidToken { location }
                | lalrpop_util::ParseError::UnrecognizedEof { location, .. } => *location,
            };
            let (toks, _) = lex();
            let ecx = error::Context {
                src: cx.src,
                toks: &toks,
                fstring: cx.depth > 0,
            };
            let p = error::convert(err, &ecx);
            match lex_err {
                None => Err(p),
                Some(e) if at_end => Err(e.into()),
                Some(e) => Err(error::prefer(p, stop, e.into(), cx.src)),
            }
        }
    }
}

/// Wrap the lexer's tokens for the grammar: add the expression-mode marker,
/// and mark the parentheses of `with (...):`.
fn prepare(_cx: &Ctx, tokens: Vec<Spanned>, expr_mode: bool) -> Vec<(usize, Tok, usize)> {
    let with_parens = with_parens(&tokens);
    let soft = if expr_mode {
        Vec::new()
    } else {
        soft_keywords(&tokens)
    };
    let mut soft = soft.into_iter().peekable();
    let mut out = Vec::with_capacity(tokens.len() + 1);
    if expr_mode {
        let at = tokens.first().map_or(0, |t| t.0);
        out.push((at, Tok::ExprStart, at));
    }
    let mut marks = with_parens.into_iter().peekable();
    for (i, (l, t, r)) in tokens.into_iter().enumerate() {
        let tok = if soft.peek().is_some_and(|s| s.0 == i) {
            soft.next().map_or(Tok::T(t), |s| s.1)
        } else if marks.peek() == Some(&i) {
            marks.next();
            if t == Token::LPar {
                Tok::WithLPar
            } else {
                Tok::WithRPar
            }
        } else {
            Tok::T(t)
        };
        out.push((l, tok, r));
    }
    out
}

/// The `match` and `case` names that are soft keywords, by index (sorted).
/// `match` is one when it starts a line that ends with `:` (no simple
/// statement ends so: `match = 1`, `match(x)` and `match: int` stay names); `case` when it starts a line of that block.
/// One pass, with a stack of the indentation levels of open match blocks.
fn soft_keywords(tokens: &[Spanned]) -> Vec<(usize, Tok)> {
    let mut out = Vec::new();
    let is_name = |i: usize, w: &str| matches!(&tokens[i].1, Token::Name(n) if n == w);
    if !tokens
        .iter()
        .any(|t| matches!(&t.1, Token::Name(n) if n == "match"))
    {
        return out;
    }
    let mut level = 0usize;
    let mut case_levels: Vec<usize> = Vec::new();
    let mut line_start = true;
    for i in 0..tokens.len() {
        match tokens[i].1 {
            Token::Indent => {
                level += 1;
                line_start = true;
                continue;
            }
            Token::Dedent => {
                level = level.saturating_sub(1);
                while case_levels.last().is_some_and(|&l| l > level) {
                    case_levels.pop();
                }
                line_start = true;
                continue;
            }
            Token::Newline => {
                line_start = true;
                continue;
            }
            _ => {}
        }
        if !std::mem::replace(&mut line_start, false) {
            continue;
        }
        if case_levels.last() == Some(&level) && is_name(i, "case") {
            out.push((i, Tok::CaseKw));
        } else if is_name(i, "match") {
            let end = tokens[i..]
                .iter()
                .position(|t| t.1 == Token::Newline)
                .map_or(tokens.len(), |p| i + p);
            let header = end > i + 2 && end < tokens.len() && tokens[end - 1].1 == Token::Colon;
            // `match x` without its ':' but with a `case` block under it:
            // a header missing its colon, which CPython reports as such.
            let colonless = end > i + 1
                && tokens.get(end + 1).is_some_and(|t| t.1 == Token::Indent)
                && tokens
                    .get(end + 2)
                    .is_some_and(|t| matches!(&t.1, Token::Name(n) if n == "case"));
            let header = header || colonless;
            if header {
                out.push((i, Tok::MatchKw));
                case_levels.push(level + 1);
            }
        }
    }
    out
}

/// Indices (sorted) of the `(`/`)` pairs that enclose parenthesized with
/// items: `with (` ... `) :`. CPython's grammar tries this form first, so
/// `with (a, b):` is two context managers, not a tuple. Linear time: every
/// bracket is matched once with a stack.
fn with_parens(tokens: &[Spanned]) -> Vec<usize> {
    let mut closer = vec![usize::MAX; tokens.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut any_with = false;
    for (i, t) in tokens.iter().enumerate() {
        match t.1 {
            Token::LPar | Token::LSqb | Token::LBrace => stack.push(i),
            Token::RPar | Token::RSqb | Token::RBrace => {
                if let Some(o) = stack.pop() {
                    closer[o] = i;
                }
            }
            Token::With => any_with = true,
            _ => {}
        }
    }
    let mut marks = Vec::new();
    if !any_with {
        return marks;
    }
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].1 == Token::With && tokens[i + 1].1 == Token::LPar {
            let c = closer[i + 1];
            if c != usize::MAX
                && tokens[c].1 == Token::RPar
                // (or a line break, where CPython reports the missing ':')
                && tokens
                    .get(c + 1)
                    .is_some_and(|t| matches!(t.1, Token::Colon | Token::Newline))
            {
                marks.push(i + 1);
                marks.push(c);
            }
        }
    }
    marks.sort_unstable();
    marks
}
