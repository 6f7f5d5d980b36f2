//! Implicit concatenation of adjacent string literals: `"a" 'b'` is one
//! constant, `"a" f"{x}"` one f-string, `b"a" b"b"` one bytes constant, and
//! mixing bytes with text is an error.

use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::error::ParseError;
use crate::fstring;
use crate::Ctx;
use whirl_lexer::FStringPart;

/// One string token.
pub(crate) enum StrPiece {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string token and its span.
    FString(Vec<FStringPart>, usize, usize),
}

/// Join the adjacent string tokens `pieces` (spanning `l..r`) into one
/// expression.
pub(crate) fn concat(
    cx: &Ctx,
    pieces: Vec<StrPiece>,
    l: usize,
    r: usize,
) -> Result<Expr, ParseError> {
    let span = Span::new(l, r);
    let bytes = pieces
        .iter()
        .filter(|p| matches!(p, StrPiece::Bytes(_)))
        .count();
    if bytes != 0 && bytes != pieces.len() {
        return Err(
            ParseError::syntax("cannot mix bytes and nonbytes literals", l, r)
                .with_label("bytes and str literals side by side"),
        );
    }
    if bytes != 0 {
        let mut out = Vec::new();
        for p in pieces {
            if let StrPiece::Bytes(b) = p {
                out.extend_from_slice(&b);
            }
        }
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Bytes(out)),
            span,
        });
    }
    if !pieces.iter().any(|p| matches!(p, StrPiece::FString(..))) {
        let mut out = String::new();
        for p in pieces {
            if let StrPiece::Str(s) = p {
                out.push_str(&s);
            }
        }
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Str(out)),
            span,
        });
    }
    let mut b = fstring::Builder::new(span);
    for p in pieces {
        match p {
            StrPiece::Str(s) => b.literal(&s),
            StrPiece::FString(parts, l, r) => b.parts(cx, parts, Span::new(l, r))?,
            StrPiece::Bytes(_) => {}
        }
    }
    Ok(b.finish())
}
