//! Number literals: `42`, `0x_ff`, `0o17`, `0b1010`, `1_000.5e-3`, `.5`,
//! `1j`.
//!
//! The scanner is a transcription of CPython 3.11's `tok_get` number branch
//! (`Parser/tokenizer.c`), so a malformed literal is rejected at the same
//! character and with the same message ("invalid decimal literal",
//! "invalid digit '2' in binary literal", "leading zeros in decimal integer
//! literals are not permitted; ...").

use crate::error::char_end;
use crate::token::{LexError, Token};
use num_bigint::BigInt;

/// CPython's default `sys.get_int_max_str_digits()`: longer decimal
/// literals are a `SyntaxError` (conversion is quadratic).
const MAX_STR_DIGITS: usize = 4300;

/// Scan the number literal that starts at `start` (a digit, or `.` followed
/// by a digit). Returns the token and the end offset of the literal.
pub fn scan(src: &str, start: usize) -> Result<(Token, usize), LexError> {
    Scanner {
        src,
        b: src.as_bytes(),
        start,
    }
    .scan()
}

struct Scanner<'a> {
    src: &'a str,
    b: &'a [u8],
    start: usize,
}

/// What the literal turned out to be once its extent is known.
enum Shape {
    /// An integer in the given radix (digits exclude the prefix).
    Int(u32),
    Float,
    Imaginary,
}

/// CPython's `is_potential_identifier_char` as it behaves after a number:
/// a non-ASCII character ends the number instead (`1é` is the number `1`
/// then the name `é`).
fn is_potential_identifier_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

impl<'a> Scanner<'a> {
    /// Byte at `i`, or 0 at end of input (0 is never part of a number).
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    fn err(&self, message: impl Into<String>, at: usize) -> LexError {
        LexError::syntax(message, self.start, char_end(self.src, at).max(at))
    }

    fn scan(&self) -> Result<(Token, usize), LexError> {
        let (shape, end) = self.extent()?;
        let text = &self.src[self.start..end];
        let token = match shape {
            Shape::Int(radix) => {
                let digits: String = if radix == 10 {
                    text.chars().filter(|&c| c != '_').collect()
                } else {
                    text[2..].chars().filter(|&c| c != '_').collect()
                };
                if radix == 10 && digits.len() > MAX_STR_DIGITS && !digits.starts_with('0') {
                    return Err(LexError::syntax(
                        format!(
                            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string \
                             conversion: value has {} digits; use sys.set_int_max_str_digits() \
                             to increase the limit - Consider hexadecimal for huge integer \
                             literals to avoid decimal conversion limits.",
                            digits.len()
                        ),
                        self.start,
                        end,
                    ));
                }
                match BigInt::parse_bytes(digits.as_bytes(), radix) {
                    Some(v) => Token::Int(v),
                    None => return Err(self.err("invalid decimal literal", self.start)),
                }
            }
            Shape::Float => Token::Float(self.float_value(text)?),
            Shape::Imaginary => Token::Imaginary(self.float_value(&text[..text.len() - 1])?),
        };
        Ok((token, end))
    }

    fn float_value(&self, text: &str) -> Result<f64, LexError> {
        let cleaned: String = text.chars().filter(|&c| c != '_').collect();
        cleaned
            .parse::<f64>()
            .map_err(|_| self.err("invalid decimal literal", self.start))
    }

    /// Find where the literal ends and what it is, or the error CPython
    /// reports for it.
    fn extent(&self) -> Result<(Shape, usize), LexError> {
        let s = self.start;
        if self.at(s) == b'.' {
            let i = self.decimal_tail(s + 1)?;
            return self.exponent_part(i);
        }
        if self.at(s) == b'0' {
            match self.at(s + 1) {
                b'x' | b'X' => return self.radix_int(s + 2, 16, "hexadecimal"),
                b'o' | b'O' => return self.radix_int(s + 2, 8, "octal"),
                b'b' | b'B' => return self.radix_int(s + 2, 2, "binary"),
                _ => return self.zero_prefixed(s + 1),
            }
        }
        let i = self.decimal_tail(s)?;
        self.after_integer_part(i)
    }

    /// Digits and single underscores between digits, starting at a digit.
    /// Returns the offset of the first byte after them.
    fn decimal_tail(&self, mut i: usize) -> Result<usize, LexError> {
        loop {
            while self.at(i).is_ascii_digit() {
                i += 1;
            }
            if self.at(i) != b'_' {
                return Ok(i);
            }
            i += 1;
            if !self.at(i).is_ascii_digit() {
                return Err(self.err("invalid decimal literal", i));
            }
        }
    }

    /// After `0` that is not a radix prefix: more zeros, maybe a float,
    /// maybe an (illegal) old-style octal.
    fn zero_prefixed(&self, mut i: usize) -> Result<(Shape, usize), LexError> {
        loop {
            if self.at(i) == b'_' {
                i += 1;
                if !self.at(i).is_ascii_digit() {
                    return Err(self.err("invalid decimal literal", i));
                }
            }
            if self.at(i) != b'0' {
                break;
            }
            i += 1;
        }
        let mut nonzero = false;
        if self.at(i).is_ascii_digit() {
            nonzero = true;
            i = self.decimal_tail(i)?;
        }
        match self.at(i) {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.after_integer_part(i),
            _ if nonzero => Err(LexError::syntax(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                self.start,
                i,
            )),
            _ => {
                self.verify_end(i, "decimal")?;
                Ok((Shape::Int(10), i))
            }
        }
    }

    /// After the integer digits of a decimal literal: fraction, exponent,
    /// `j`, or the end of an integer.
    fn after_integer_part(&self, i: usize) -> Result<(Shape, usize), LexError> {
        match self.at(i) {
            b'.' => {
                let mut j = i + 1;
                if self.at(j).is_ascii_digit() {
                    j = self.decimal_tail(j)?;
                }
                self.exponent_part(j)
            }
            b'e' | b'E' | b'j' | b'J' => self.exponent_part(i),
            _ => {
                self.verify_end(i, "decimal")?;
                Ok((Shape::Int(10), i))
            }
        }
    }

    /// At the byte after a float's mantissa: an optional exponent, then an
    /// optional `j`.
    fn exponent_part(&self, mut i: usize) -> Result<(Shape, usize), LexError> {
        if matches!(self.at(i), b'e' | b'E') {
            let e = i;
            i += 1;
            if matches!(self.at(i), b'+' | b'-') {
                i += 1;
                if !self.at(i).is_ascii_digit() {
                    return Err(self.err("invalid decimal literal", i));
                }
            } else if !self.at(i).is_ascii_digit() {
                // `1else`: the number ends before the `e`.
                self.verify_end(e, "decimal")?;
                return Ok((self.mantissa_shape(e), e));
            }
            i = self.decimal_tail(i)?;
        }
        if matches!(self.at(i), b'j' | b'J') {
            i += 1;
            self.verify_end(i, "imaginary")?;
            return Ok((Shape::Imaginary, i));
        }
        self.verify_end(i, "decimal")?;
        Ok((self.mantissa_shape(i), i))
    }

    /// An integer or a float, for a decimal literal ending at `end` with no
    /// `j` (it is a float if it has a `.` or an exponent).
    fn mantissa_shape(&self, end: usize) -> Shape {
        if self.b[self.start..end]
            .iter()
            .any(|&c| matches!(c, b'.' | b'e' | b'E'))
        {
            Shape::Float
        } else {
            Shape::Int(10)
        }
    }

    /// `0x`, `0o`, `0b` integers; `i` is just after the prefix.
    fn radix_int(&self, mut i: usize, radix: u32, kind: &str) -> Result<(Shape, usize), LexError> {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        loop {
            if self.at(i) == b'_' {
                i += 1;
            }
            let c = self.at(i);
            if !is_digit(c) {
                if radix != 16 && c.is_ascii_digit() {
                    return Err(self.invalid_digit(c, i, kind));
                }
                return Err(self.err(format!("invalid {kind} literal"), i));
            }
            while is_digit(self.at(i)) {
                i += 1;
            }
            if self.at(i) != b'_' {
                break;
            }
        }
        if radix != 16 && self.at(i).is_ascii_digit() {
            return Err(self.invalid_digit(self.at(i), i, kind));
        }
        self.verify_end(i, kind)?;
        Ok((Shape::Int(radix), i))
    }

    fn invalid_digit(&self, c: u8, at: usize, kind: &str) -> LexError {
        self.err(
            format!("invalid digit '{}' in {kind} literal", c as char),
            at,
        )
    }

    /// CPython's `verify_end_of_number`: a number may not run into an
    /// identifier, except the keywords that can legally follow one
    /// (`1if x else 2`, `0x1for`, ...), which CPython only warns about.
    fn verify_end(&self, i: usize, kind: &str) -> Result<(), LexError> {
        // A whole keyword (`1and` but not `1andy`), except that any `if`,
        // `in`, `is` prefix will do (`1ifx`), as in CPython.
        let keyword = |word: &[u8]| {
            self.b[i.min(self.b.len())..].starts_with(word)
                && !is_potential_identifier_char(self.at(i + word.len()))
        };
        let keyword_follows = match self.at(i) {
            b'a' => keyword(b"and"),
            b'e' => keyword(b"else"),
            b'f' => keyword(b"for"),
            b'i' => matches!(self.at(i + 1), b'f' | b'n' | b's'),
            b'o' => keyword(b"or"),
            b'n' => keyword(b"not"),
            _ => false,
        };
        if keyword_follows {
            crate::lex_warnings::note_number(kind);
        } else if is_potential_identifier_char(self.at(i)) {
            return Err(self.err(format!("invalid {kind} literal"), i));
        }
        Ok(())
    }
}
