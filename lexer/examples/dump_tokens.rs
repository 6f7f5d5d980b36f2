//! Print the tokens of a Python file, one per line, for debugging the lexer
//! (and for comparing it with CPython).
//!
//! ```text
//! cargo run -p whirl-lexer --example dump_tokens -- file.py
//! cargo run -p whirl-lexer --example dump_tokens < file.py
//! ```
//!
//! Each line is `start end KIND value`. Strings and bytes are printed as
//! hex of their UTF-8 / raw bytes so that any value survives; f-strings as a
//! Python literal `[('L', hex), ('F', hex(source), offset, conversion,
//! [spec parts], hex(debug) or None), ...]`. An error prints
//! `ERR kind start end incomplete message` and exits with status 1.

use std::io::Read;

use whirl_lexer::{lex, FStringPart, Token};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn fstring(parts: &[FStringPart]) -> String {
    let items: Vec<String> = parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("('L', '{}')", hex(s.as_bytes())),
            FStringPart::Field(f) => format!(
                "('F', '{}', {}, {}, {}, {})",
                hex(f.source.as_bytes()),
                f.offset,
                f.conversion
                    .map_or("None".to_string(), |c| format!("'{c}'")),
                fstring(&f.format_spec),
                f.debug_text
                    .as_ref()
                    .map_or("None".to_string(), |d| format!("'{}'", hex(d.as_bytes())))
            ),
        })
        .collect();
    format!("[{}]", items.join(", "))
}

fn main() {
    let mut src = String::new();
    match std::env::args().nth(1) {
        Some(path) => {
            let bytes = std::fs::read(&path).expect("cannot read file");
            src = String::from_utf8_lossy(&bytes).into_owned();
        }
        None => {
            std::io::stdin()
                .read_to_string(&mut src)
                .expect("stdin is not UTF-8");
        }
    }
    match lex(&src) {
        Ok(tokens) => {
            for (start, token, end) in tokens {
                let (kind, value) = match &token {
                    Token::Newline => ("NEWLINE", String::new()),
                    Token::Indent => ("INDENT", String::new()),
                    Token::Dedent => ("DEDENT", String::new()),
                    Token::Name(n) => ("NAME", n.clone()),
                    Token::Int(v) => ("INT", v.to_string()),
                    Token::Float(v) => ("FLOAT", format!("{v:?}")),
                    Token::Imaginary(v) => ("IMAG", format!("{v:?}")),
                    Token::Str(s) => ("STR", hex(s.as_bytes())),
                    Token::Bytes(b) => ("BYTES", hex(b)),
                    Token::FString(parts) => ("FSTRING", fstring(parts)),
                    other => ("OP", other.text().to_string()),
                };
                println!("{start} {end} {kind} {value}");
            }
        }
        Err(e) => {
            println!(
                "ERR {:?} {} {} {} {}",
                e.kind, e.start, e.end, e.incomplete, e.message
            );
            std::process::exit(1);
        }
    }
}
