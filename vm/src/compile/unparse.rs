//! Expressions back to source text, as CPython's compiler writes an
//! annotation under `from __future__ import annotations` (PEP 563): the
//! string is the expression re-printed with its own spacing and quotes
//! (`List[ 'int' ]` becomes `"List['int']"`), parenthesized only where
//! precedence needs it. Forms annotations hardly ever hold (comprehensions,
//! f-strings, lambdas) are given as their source text.
//!
//! Annotations nest only inside brackets (limited by the lexer) or through
//! operators; the recursion is bounded by the compiler's expression depth
//! limit, which ran over the same tree first.

use whirl_parser::ast::*;

// Precedence levels, loosest first.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The annotation `e` as PEP 563 keeps it; `src` is the file's text.
pub(crate) fn annotation_string(e: &Expr, src: &str) -> String {
    let mut out = String::new();
    Unparser { src, out: &mut out }.expr(e, TEST);
    out
}

struct Unparser<'s, 'o> {
    src: &'s str,
    out: &'o mut String,
}

fn binop_info(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => ("+", ARITH),
        BinOp::Sub => ("-", ARITH),
        BinOp::Mult => ("*", TERM),
        BinOp::MatMult => ("@", TERM),
        BinOp::Div => ("/", TERM),
        BinOp::Mod => ("%", TERM),
        BinOp::FloorDiv => ("//", TERM),
        BinOp::Pow => ("**", POWER),
        BinOp::LShift => ("<<", SHIFT),
        BinOp::RShift => (">>", SHIFT),
        BinOp::BitOr => ("|", BOR),
        BinOp::BitXor => ("^", BXOR),
        BinOp::BitAnd => ("&", BAND),
    }
}

fn cmp_str(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

impl Unparser<'_, '_> {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn source(&mut self, e: &Expr) {
        let text = self
            .src
            .get(e.span.start as usize..e.span.end as usize)
            .unwrap_or("...");
        self.out.push_str(text);
    }

    fn open(&mut self, level: u8, pr: u8) {
        if level > pr {
            self.w("(");
        }
    }

    fn close(&mut self, level: u8, pr: u8) {
        if level > pr {
            self.w(")");
        }
    }

    fn list(&mut self, items: &[Expr]) {
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.expr(it, TEST);
        }
    }

    fn constant(&mut self, c: &Constant) {
        let s = match c {
            Constant::None => "None".to_string(),
            Constant::True => "True".to_string(),
            Constant::False => "False".to_string(),
            Constant::Ellipsis => "...".to_string(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) if f.is_infinite() => "1e309".to_string(),
            Constant::Float(f) => crate::ops::float_repr(*f),
            Constant::Str(s) => crate::format::str_repr(s),
            Constant::Bytes(b) => crate::format::bytes_repr(b),
            Constant::Imaginary(f) if f.is_infinite() => "1e309j".to_string(),
            Constant::Imaginary(f) => {
                crate::complex::repr(&crate::complex::PyComplex { re: 0.0, im: *f })
            }
        };
        self.w(&s);
    }

    fn expr(&mut self, e: &Expr, level: u8) {
        match &e.kind {
            ExprKind::Name(n) => self.w(n),
            ExprKind::Constant(c) => self.constant(c),
            ExprKind::Attribute { value, attr } => {
                self.expr(value, ATOM);
                if let ExprKind::Constant(Constant::Int(_)) = value.kind {
                    self.w(" ");
                }
                self.w(".");
                self.w(attr);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value, ATOM);
                self.w("[");
                match &slice.kind {
                    ExprKind::Tuple(items) if !items.is_empty() => {
                        self.list(items);
                        if items.len() == 1 {
                            self.w(",");
                        }
                    }
                    _ => self.expr(slice, TUPLE),
                }
                self.w("]");
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, TEST);
                }
                self.w(":");
                if let Some(u) = upper {
                    self.expr(u, TEST);
                }
                if let Some(s) = step {
                    self.w(":");
                    self.expr(s, TEST);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, ATOM);
                self.w("(");
                let mut first = true;
                for a in args {
                    if !first {
                        self.w(", ");
                    }
                    first = false;
                    self.expr(a, TEST);
                }
                for k in keywords {
                    if !first {
                        self.w(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(n) => {
                            self.w(n);
                            self.w("=");
                        }
                        None => self.w("**"),
                    }
                    self.expr(&k.value, TEST);
                }
                self.w(")");
            }
            ExprKind::BinOp { left, op, right } => {
                let (s, pr) = binop_info(*op);
                let (l, r) = if *op == BinOp::Pow {
                    (pr + 1, pr)
                } else {
                    (pr, pr + 1)
                };
                self.open(level, pr);
                self.expr(left, l);
                self.w(" ");
                self.w(s);
                self.w(" ");
                self.expr(right, r);
                self.close(level, pr);
            }
            ExprKind::UnaryOp { op, operand } => {
                let (s, pr) = match op {
                    UnaryOp::Not => ("not ", NOT),
                    UnaryOp::Invert => ("~", FACTOR),
                    UnaryOp::UAdd => ("+", FACTOR),
                    UnaryOp::USub => ("-", FACTOR),
                };
                self.open(level, pr);
                self.w(s);
                self.expr(operand, pr);
                self.close(level, pr);
            }
            ExprKind::BoolOp { op, values } => {
                let (s, pr) = match op {
                    BoolOp::And => (" and ", AND),
                    BoolOp::Or => (" or ", OR),
                };
                self.open(level, pr);
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.w(s);
                    }
                    self.expr(v, pr + 1);
                }
                self.close(level, pr);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open(level, CMP);
                self.expr(left, CMP + 1);
                for (op, c) in ops.iter().zip(comparators) {
                    self.w(" ");
                    self.w(cmp_str(*op));
                    self.w(" ");
                    self.expr(c, CMP + 1);
                }
                self.close(level, CMP);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open(level, TEST);
                self.expr(body, TEST + 1);
                self.w(" if ");
                self.expr(test, TEST + 1);
                self.w(" else ");
                self.expr(orelse, TEST);
                self.close(level, TEST);
            }
            ExprKind::Tuple(items) => {
                if items.is_empty() {
                    self.w("()");
                } else {
                    self.open(level, TUPLE);
                    self.list(items);
                    if items.len() == 1 {
                        self.w(",");
                    }
                    self.close(level, TUPLE);
                }
            }
            ExprKind::List(items) => {
                self.w("[");
                self.list(items);
                self.w("]");
            }
            ExprKind::Set(items) => {
                self.w("{");
                self.list(items);
                self.w("}");
            }
            ExprKind::Dict { keys, values } => {
                self.w("{");
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(k, TEST);
                            self.w(": ");
                            self.expr(v, TEST);
                        }
                        None => {
                            self.w("**");
                            self.expr(v, BOR);
                        }
                    }
                }
                self.w("}");
            }
            ExprKind::Starred(v) => {
                self.w("*");
                self.expr(v, BOR);
            }
            ExprKind::Await(v) => {
                self.open(level, AWAIT);
                self.w("await ");
                self.expr(v, ATOM);
                self.close(level, AWAIT);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open(level, TUPLE + 1);
                self.expr(target, ATOM);
                self.w(" := ");
                self.expr(value, ATOM);
                self.close(level, TUPLE + 1);
            }
            _ => self.source(e),
        }
    }
}
