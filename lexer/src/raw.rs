//! The raw token stream, produced by logos.
//!
//! Raw tokens know nothing about lines or indentation: the layout wrapper
//! (`layout.rs`) turns them into parser tokens. Literals are only
//! *recognised* here (`NumberStart`, `StringStart`); their full extent is
//! scanned by hand in `numbers.rs` / `strings.rs`, because Python's rules for
//! where a literal ends (and what error to report when it is malformed) do
//! not fit a regular expression.

use crate::token::Token;
use logos::Logos;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip r"#[^\r\n]*")]
pub enum Raw {
    /// A physical line break: `\n`, `\r\n` or a lone `\r`.
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// A backslash immediately followed by a line break.
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    /// A backslash anywhere else: always an error.
    #[token("\\")]
    Backslash,

    #[regex(r"[_\p{XID_Start}]\p{XID_Continue}*")]
    Name,

    /// The first character of a number (`[0-9]` or `.` + digit).
    #[regex(r"[0-9]|\.[0-9]")]
    NumberStart,

    /// An optional string prefix followed by the opening quote.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?['"]"#)]
    StringStart,

    #[token("(")]
    LPar,
    #[token("[")]
    LSqb,
    #[token("{")]
    LBrace,
    #[token(")")]
    RPar,
    #[token("]")]
    RSqb,
    #[token("}")]
    RBrace,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CaretEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

impl Raw {
    /// The parser token for a raw operator or delimiter; `None` for the raw
    /// tokens the layout wrapper handles itself.
    pub fn operator(self) -> Option<Token> {
        use Raw as R;
        Some(match self {
            R::Newline
            | R::Continuation
            | R::Backslash
            | R::Name
            | R::NumberStart
            | R::StringStart => return None,
            R::LPar => Token::LPar,
            R::LSqb => Token::LSqb,
            R::LBrace => Token::LBrace,
            R::RPar => Token::RPar,
            R::RSqb => Token::RSqb,
            R::RBrace => Token::RBrace,
            R::Plus => Token::Plus,
            R::Minus => Token::Minus,
            R::Star => Token::Star,
            R::DoubleStar => Token::DoubleStar,
            R::Slash => Token::Slash,
            R::DoubleSlash => Token::DoubleSlash,
            R::Percent => Token::Percent,
            R::At => Token::At,
            R::LeftShift => Token::LeftShift,
            R::RightShift => Token::RightShift,
            R::Amper => Token::Amper,
            R::VBar => Token::VBar,
            R::Caret => Token::Caret,
            R::Tilde => Token::Tilde,
            R::ColonEqual => Token::ColonEqual,
            R::Less => Token::Less,
            R::Greater => Token::Greater,
            R::LessEqual => Token::LessEqual,
            R::GreaterEqual => Token::GreaterEqual,
            R::EqEqual => Token::EqEqual,
            R::NotEqual => Token::NotEqual,
            R::Comma => Token::Comma,
            R::Colon => Token::Colon,
            R::Dot => Token::Dot,
            R::Semi => Token::Semi,
            R::Equal => Token::Equal,
            R::RArrow => Token::RArrow,
            R::Ellipsis => Token::Ellipsis,
            R::PlusEqual => Token::PlusEqual,
            R::MinusEqual => Token::MinusEqual,
            R::StarEqual => Token::StarEqual,
            R::SlashEqual => Token::SlashEqual,
            R::DoubleSlashEqual => Token::DoubleSlashEqual,
            R::PercentEqual => Token::PercentEqual,
            R::AtEqual => Token::AtEqual,
            R::AmperEqual => Token::AmperEqual,
            R::VBarEqual => Token::VBarEqual,
            R::CaretEqual => Token::CaretEqual,
            R::LeftShiftEqual => Token::LeftShiftEqual,
            R::RightShiftEqual => Token::RightShiftEqual,
            R::DoubleStarEqual => Token::DoubleStarEqual,
        })
    }
}

/// The token for an identifier: a keyword token or `Token::Name`.
/// `match`, `case` and `_` are soft keywords in CPython and stay names.
pub fn name_token(text: &str) -> Token {
    match text {
        "False" => Token::False,
        "None" => Token::None,
        "True" => Token::True,
        "and" => Token::And,
        "as" => Token::As,
        "assert" => Token::Assert,
        "async" => Token::Async,
        "await" => Token::Await,
        "break" => Token::Break,
        "class" => Token::Class,
        "continue" => Token::Continue,
        "def" => Token::Def,
        "del" => Token::Del,
        "elif" => Token::Elif,
        "else" => Token::Else,
        "except" => Token::Except,
        "finally" => Token::Finally,
        "for" => Token::For,
        "from" => Token::From,
        "global" => Token::Global,
        "if" => Token::If,
        "import" => Token::Import,
        "in" => Token::In,
        "is" => Token::Is,
        "lambda" => Token::Lambda,
        "nonlocal" => Token::Nonlocal,
        "not" => Token::Not,
        "or" => Token::Or,
        "pass" => Token::Pass,
        "raise" => Token::Raise,
        "return" => Token::Return,
        "try" => Token::Try,
        "while" => Token::While,
        "with" => Token::With,
        "yield" => Token::Yield,
        _ => Token::Name(text.to_string()),
    }
}
