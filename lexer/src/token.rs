//! The tokens the lexer hands to the parser.
//!
//! Every token travels as a `(start, Token, end)` triple of byte offsets into
//! the source, the shape lalrpop's external-lexer interface expects.

use num_bigint::BigInt;
use std::fmt;

/// One piece of an f-string, after the lexer has split it.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Literal text, escapes already processed (`{{` is `{`).
    Literal(String),
    /// A replacement field `{expr!c:spec}`.
    Field(FStringField),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FStringField {
    /// The expression's source text, exactly as written between `{` and the
    /// `!`, `:`, `=` or `}` that ends it.
    pub source: String,
    /// Byte offset of `source` in the whole file, so the parser can give
    /// spans inside the f-string.
    pub offset: usize,
    /// `Some('r' | 's' | 'a')` for `!r`, `!s`, `!a`.
    pub conversion: Option<char>,
    /// The format spec after `:`, itself split into parts (it may hold
    /// nested fields such as `{x:{width}}`). Empty when there is no spec.
    pub format_spec: Vec<FStringPart>,
    /// For the self-documenting form `{x=}`: the text `x=` (with the
    /// whitespace around `=` kept) that is printed before the value.
    pub debug_text: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    // Layout
    Newline,
    Indent,
    Dedent,

    // Atoms
    Name(String),
    Int(BigInt),
    Float(f64),
    /// A literal with a `j` suffix: complex numbers are out of the language,
    /// the parser reports it as unsupported.
    Imaginary(f64),
    /// A string literal, escapes processed. Adjacent literals are separate
    /// tokens; the parser concatenates them.
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FStringPart>),

    // Keywords
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Amper,
    VBar,
    Caret,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    RArrow,
    Ellipsis,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CaretEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
}

impl Token {
    /// How a Python user would name this token in an error message.
    pub fn describe(&self) -> String {
        match self {
            Token::Newline => "newline".into(),
            Token::Indent => "indent".into(),
            Token::Dedent => "dedent".into(),
            Token::Name(n) => format!("name '{n}'"),
            Token::Int(_) | Token::Float(_) | Token::Imaginary(_) => "number".into(),
            Token::Str(_) | Token::Bytes(_) | Token::FString(_) => "string".into(),
            other => format!("'{}'", other.text()),
        }
    }

    /// The source spelling of keyword and operator tokens.
    pub fn text(&self) -> &'static str {
        use Token::*;
        match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            At => "@",
            LeftShift => "<<",
            RightShift => ">>",
            Amper => "&",
            VBar => "|",
            Caret => "^",
            Tilde => "~",
            ColonEqual => ":=",
            Less => "<",
            Greater => ">",
            LessEqual => "<=",
            GreaterEqual => ">=",
            EqEqual => "==",
            NotEqual => "!=",
            LPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Colon => ":",
            Dot => ".",
            Semi => ";",
            Equal => "=",
            RArrow => "->",
            Ellipsis => "...",
            PlusEqual => "+=",
            MinusEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            DoubleSlashEqual => "//=",
            PercentEqual => "%=",
            AtEqual => "@=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CaretEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            Newline | Indent | Dedent | Name(_) | Int(_) | Float(_) | Imaginary(_) | Str(_)
            | Bytes(_) | FString(_) => "",
        }
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// Which Python exception a lexical error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError` (inconsistent dedent, unexpected indent)
    Indentation,
    /// `TabError` (tabs and spaces mixed inconsistently)
    Tab,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub kind: LexErrorKind,
    /// CPython's wording where it has one, e.g. "unterminated string literal
    /// (detected at line 3)", "unindent does not match any outer indentation
    /// level", "invalid decimal literal".
    pub message: String,
    /// Byte span of the offending text.
    pub start: usize,
    pub end: usize,
    /// True when more input could complete the source (an open bracket or
    /// triple-quoted string at end of input): the REPL then asks for another
    /// line instead of reporting the error.
    pub incomplete: bool,
}

pub type Spanned = (usize, Token, usize);
