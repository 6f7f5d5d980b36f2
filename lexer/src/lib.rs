//! `whirl-lexer`: Python 3 source text to tokens.
//!
//! This crate owns everything between the text of a `.py` file and the
//! parser: the tokens and their byte spans, INDENT/DEDENT/NEWLINE, and the
//! values of number, string, bytes and f-string literals (escapes decoded,
//! f-strings split into literal text and fields). It follows CPython 3.11's
//! tokenizer, including its error messages and which error wins when there
//! are several.
//!
//! Data flows one way:
//!
//! ```text
//! source text
//!   ─▶ raw.rs      logos: names, operators, comments, whitespace, line
//!                  breaks, and the first character(s) of literals
//!   ─▶ layout.rs   the wrapper: indent stack, bracket stack, pending
//!                  queue; scans and decodes literals with numbers.rs,
//!                  strings.rs, fstring.rs (+ unicode_names.rs)
//!   ─▶ (start, Token, end) triples, byte offsets into the source
//! ```
//!
//! A module's stream is a sequence of logical lines, each ending in
//! `Newline`, with `Indent`/`Dedent`s before the first token of a line whose
//! indentation changed. At end of input come the `Newline` of an
//! unterminated last line, then one `Dedent` per open block; there is no
//! end-of-file token.
//!
//! Public API: [`lex`] (whole file, eager), [`Lexer`] (the same as a lazy
//! iterator, for a parser that wants CPython's error precedence exactly),
//! [`lex_fstring_expr`] (an f-string field's expression), [`line_of`], and
//! the token types in [`token`].

pub mod token;
pub use token::*;

mod error;
mod fstring;
mod layout;
pub mod lex_warnings;
mod numbers;
mod raw;
mod strings;
pub mod surrogate;
pub mod unicode_names;

/// The character a `\N{NAME}` escape names, for `re` patterns too.
pub use unicode_names::lookup as unicode_name;

pub use error::line_of;
pub use layout::Lexer;

use layout::Mode;

/// Lex a whole module.
///
/// Blank lines and comment-only lines produce nothing, so an empty file or
/// one holding only comments gives an empty vector. Otherwise the vector
/// ends with `Newline` followed by the `Dedent`s closing every open block.
pub fn lex(src: &str) -> Result<Vec<Spanned>, LexError> {
    Lexer::new(src).collect()
}

/// Lex the expression of an f-string field as if it were written inside
/// parentheses (CPython compiles `(source)`): line breaks are ignored and no
/// `Newline`, `Indent` or `Dedent` is produced. `offset` is added to every
/// span, so passing `field.offset` gives spans in the enclosing file.
pub fn lex_fstring_expr(source: &str, offset: usize) -> Result<Vec<Spanned>, LexError> {
    Lexer::with_mode(source, Mode::Parenthesized, offset).collect()
}
