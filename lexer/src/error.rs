//! Small helpers for building `LexError`s and locating offsets.

use crate::token::{LexError, LexErrorKind};

impl LexError {
    /// A `SyntaxError` over `start..end`.
    pub fn syntax(message: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError::new(LexErrorKind::Syntax, message, start, end)
    }

    pub fn new(
        kind: LexErrorKind,
        message: impl Into<String>,
        start: usize,
        end: usize,
    ) -> LexError {
        LexError {
            kind,
            message: message.into(),
            start,
            end,
            incomplete: false,
        }
    }

    /// Mark the error as one more input could fix (see `incomplete`).
    pub fn incomplete(mut self) -> LexError {
        self.incomplete = true;
        self
    }

    /// Shift the span by `offset` bytes (for text lexed out of context).
    pub fn shifted(mut self, offset: usize) -> LexError {
        self.start += offset;
        self.end += offset;
        self
    }
}

impl LexError {
    /// Whether CPython reports this lexer error even though its parser has
    /// already found a syntax error earlier, on line `parse_error_line` of
    /// `src`.
    ///
    /// After a syntax error, CPython 3.11 tokenizes the rest of the file
    /// (`_PyPegen_tokenize_full_source_to_check_for_errors`): an error its
    /// tokenizer raises as an exception (bad number, unterminated string,
    /// invalid character, unmatched bracket, ...) replaces the syntax error;
    /// indentation errors and an end of input after `\` only stop that
    /// scan; an unclosed bracket wins only if it was opened on an earlier
    /// line than the syntax error.
    ///
    /// A parser that pulls tokens lazily from [`crate::Lexer`] can match
    /// CPython exactly: on a syntax error, keep pulling; if an error comes
    /// for which this is true, and the lexer does not say it is
    /// [parser-level](crate::Lexer::error_is_parser_level), report it
    /// instead.
    pub fn overrides_parse_error(&self, src: &str, parse_error_line: usize) -> bool {
        match self.kind {
            LexErrorKind::Tab | LexErrorKind::Indentation => false,
            LexErrorKind::Syntax if self.message.ends_with("was never closed") => {
                line_of(src, self.start) < parse_error_line
            }
            LexErrorKind::Syntax => !matches!(
                self.message.as_str(),
                "unexpected EOF while parsing"
                    | "unexpected character after line continuation character"
            ),
        }
    }
}

impl std::fmt::Display for LexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LexError {}

/// 1-based line number of byte `offset` (`\n`, `\r\n` and `\r` each end a
/// line).
pub fn line_of(src: &str, offset: usize) -> usize {
    let b = src.as_bytes();
    let end = offset.min(b.len());
    let mut line = 1;
    for i in 0..end {
        match b[i] {
            b'\n' => line += 1,
            b'\r' if b.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
    }
    line
}

/// The line CPython reports for something detected at end of input: the
/// last line of the file (a final line break does not start a new line).
pub fn eof_line(src: &str) -> usize {
    if src.ends_with('\n') || src.ends_with('\r') {
        line_of(src, src.len() - 1)
    } else {
        line_of(src, src.len())
    }
}

/// End offset of the character starting at `offset` (or `offset` at end of
/// input), for one-character error spans.
pub fn char_end(src: &str, offset: usize) -> usize {
    src.get(offset..)
        .and_then(|rest| rest.chars().next())
        .map_or(offset, |c| offset + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::{eof_line, line_of};

    #[test]
    fn lines_count_every_kind_of_line_break() {
        let src = "a\nb\r\nc\rd";
        assert_eq!(line_of(src, 0), 1);
        assert_eq!(line_of(src, 2), 2);
        assert_eq!(line_of(src, 3), 2); // the `\r` of `\r\n`
        assert_eq!(line_of(src, 4), 2); // its `\n`
        assert_eq!(line_of(src, 5), 3);
        assert_eq!(line_of(src, 7), 4);
        assert_eq!(eof_line(src), 4);
        assert_eq!(eof_line("a\nb\n"), 2);
        assert_eq!(eof_line("a\r\n"), 1);
        assert_eq!(eof_line(""), 1);
    }
}
