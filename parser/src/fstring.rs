//! F-strings: the lexer has already split each `f"..."` into literal text
//! and replacement fields (`FStringPart`); here each field's expression
//! source is parsed (by re-entering the parser in expression mode, with
//! spans moved to the field's place in the file) and the pieces become a
//! `JoinedStr` of `Constant(Str)` and `FormattedValue` parts, as CPython
//! builds them: adjacent literal text is merged, `{x=}` puts the text `x=`
//! before the value and defaults the conversion to `!r`.

use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::error::ParseError;
use crate::Ctx;
use whirl_lexer::{FStringField, FStringPart};

/// How many f-strings may nest inside each other's fields.
pub(crate) const MAX_NESTING: u32 = 32;

/// Format specs nest at most this deep (`f"{x:{w}}"` is level 1).
const MAX_SPEC_LEVEL: u32 = 2;

/// Accumulates the parts of one (possibly implicitly concatenated) f-string.
pub(crate) struct Builder {
    values: Vec<Expr>,
    pending: String,
    span: Span,
}

impl Builder {
    pub(crate) fn new(span: Span) -> Builder {
        Builder {
            values: Vec::new(),
            pending: String::new(),
            span,
        }
    }

    /// Plain text (from a literal part or an adjacent normal string).
    pub(crate) fn literal(&mut self, s: &str) {
        self.pending.push_str(s);
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let s = std::mem::take(&mut self.pending);
            self.values.push(Expr {
                kind: ExprKind::Constant(Constant::Str(s)),
                span: self.span,
            });
        }
    }

    /// The parts of one f-string token, spanning `piece`.
    pub(crate) fn parts(
        &mut self,
        cx: &Ctx,
        parts: Vec<FStringPart>,
        piece: Span,
    ) -> Result<(), ParseError> {
        self.parts_at(cx, parts, piece, 0)
    }

    fn parts_at(
        &mut self,
        cx: &Ctx,
        parts: Vec<FStringPart>,
        piece: Span,
        level: u32,
    ) -> Result<(), ParseError> {
        for part in parts {
            match part {
                FStringPart::Literal(s) => self.literal(&s),
                FStringPart::Field(f) => self.field(cx, f, piece, level)?,
            }
        }
        Ok(())
    }

    fn field(
        &mut self,
        cx: &Ctx,
        f: FStringField,
        piece: Span,
        level: u32,
    ) -> Result<(), ParseError> {
        let (start, end) = (f.offset, f.offset + f.source.len());
        if level >= MAX_SPEC_LEVEL {
            return Err(ParseError::syntax(
                "f-string: expressions nested too deeply",
                start,
                end,
            ));
        }
        if f.source.trim().is_empty() {
            return Err(
                ParseError::syntax("f-string: empty expression not allowed", start, end)
                    .with_label("empty expression"),
            );
        }
        let value = crate::parse_fstring_field(cx, &f.source, f.offset)?;
        let debug = f.debug_text.is_some();
        if let Some(text) = &f.debug_text {
            self.literal(text);
        }
        self.flush();
        let conversion = match f.conversion {
            Some(c) => Some(c),
            None if debug && f.format_spec.is_empty() => Some('r'),
            None => None,
        };
        let format_spec = if f.format_spec.is_empty() {
            None
        } else {
            // (CPython 3.11 gives a format spec the span of its own token.)
            let mut spec = Builder::new(piece);
            spec.parts_at(cx, f.format_spec, piece, level + 1)?;
            Some(Box::new(spec.finish()))
        };
        self.values.push(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            // CPython 3.11 gives every part the span of the whole string.
            span: self.span,
        });
        Ok(())
    }

    /// The finished `JoinedStr`.
    pub(crate) fn finish(mut self) -> Expr {
        self.flush();
        Expr {
            kind: ExprKind::JoinedStr(self.values),
            span: self.span,
        }
    }
}
