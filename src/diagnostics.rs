//! Drawing syntax errors: ariadne shows the source with the offending span
//! underlined; the last line is CPython's `SyntaxError: message`, so tools
//! that grep for it keep working.

use ariadne::{Color, Config, Label, Report, ReportKind, Source};
use std::io::{IsTerminal, Write};
use whirl_vm::SyntaxErrorInfo;

pub fn print_syntax_error(e: &SyntaxErrorInfo) {
    let src = &e.source;
    let text = &src.text;
    let start = char_boundary(text, e.start);
    let end = char_boundary(text, e.end.max(start));
    let line = src.line_of(start);
    // Columns count characters, as CPython's do.
    let line_start = src
        .line_starts()
        .get((line as usize).saturating_sub(1))
        .copied()
        .unwrap_or(0);
    let col = text[line_start.min(start)..start].chars().count() + 1;
    let color = use_color();
    // ariadne counts characters, not bytes.
    let cstart = text[..start].chars().count();
    let cend = cstart + text[start..end].chars().count().max(1);
    let label = label_for(e);
    let mut report = Report::build(ReportKind::Error, src.name.as_str(), cstart)
        .with_config(Config::default().with_color(color))
        .with_message(format!("{} at line {line}, column {col}", e.kind))
        .with_label(
            Label::new((src.name.as_str(), cstart..cend))
                .with_message(label)
                .with_color(Color::Red),
        );
    if let Some(h) = e.hint.clone().or_else(|| hint_for(e, &text[start..])) {
        report = report.with_help(h);
    }
    // An error at the very end of the input (a block left open) has no
    // character to point at: give ariadne one.
    let shown = if cstart >= text.chars().count() {
        format!("{text} ")
    } else {
        text.clone()
    };
    // Drawn into memory and written at once: ariadne writes a character
    // at a time, one system call each on unbuffered stderr (a 1 MB line
    // took seconds).
    let mut out: Vec<u8> = Vec::new();
    let _ = report
        .finish()
        .write((src.name.as_str(), Source::from(shown.as_str())), &mut out);
    let _ = writeln!(out, "  File \"{}\", line {line}", src.name);
    let _ = writeln!(out, "{}: {}", e.kind, e.message);
    let _ = std::io::stderr().lock().write_all(&out);
}

/// Colour only for a terminal, and never when `NO_COLOR` is set to
/// something (<https://no-color.org>).
fn use_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// What to write under the underlined span.
fn label_for(e: &SyntaxErrorInfo) -> String {
    if let Some(open) = e
        .message
        .strip_suffix(" was never closed")
        .filter(|o| o.len() == 3)
    {
        return format!("unclosed {open} opened here");
    }
    match &e.label {
        Some(l) if *l != e.message => l.clone(),
        // The message's first sentence ("cannot assign to literal here"):
        // its advice goes to the hint or stays on the last line.
        _ => e
            .message
            .split(". ")
            .next()
            .unwrap_or(&e.message)
            .trim_end_matches(" here")
            .to_string(),
    }
}

/// A line of advice for the mistakes people coming from other languages
/// (or Python 2) make most. `rest` is the source from the error on.
fn hint_for(e: &SyntaxErrorInfo, rest: &str) -> Option<String> {
    let msg = e.message.as_str();
    let line = rest.lines().next().unwrap_or("").trim_end();
    let whole_line = e
        .source
        .source_line(e.source.line_of(e.start))
        .unwrap_or("");
    let first_word = whole_line
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    if e.kind == "TabError" {
        return Some(
            "indent with spaces only: this line mixes tabs and spaces differently from the lines above"
                .into(),
        );
    }
    if let Some(name) = ["print", "exec"]
        .into_iter()
        .find(|n| msg.starts_with(&format!("Missing parentheses in call to '{n}'")))
    {
        let args = line.strip_prefix(name).unwrap_or("").trim();
        return Some(format!("{name} is a function in Python 3: {name}({args})"));
    }
    if msg.contains("Maybe you meant '==' or ':=' instead of '='") {
        return Some("'==' compares two values; ':=' assigns inside an expression".into());
    }
    if msg.starts_with("unindent does not match") {
        return Some("line the statement up with the block it belongs to".into());
    }
    if msg.starts_with("expected an indented block") {
        return Some(
            "indent the body of the block (4 spaces), or write 'pass' for an empty one".into(),
        );
    }
    if msg == "unexpected indent" {
        return Some("this line is indented more than the block it is in".into());
    }
    if let Some(open) = msg.strip_suffix(" was never closed") {
        let close = match open {
            "'('" => ")",
            "'['" => "]",
            "'{'" => "}",
            _ => return None,
        };
        return Some(format!("add the matching '{close}'"));
    }
    if msg.contains("Perhaps you forgot a comma?") {
        return Some("separate the items with commas".into());
    }
    if msg.starts_with("unterminated string literal") {
        return Some(
            "end the string with its opening quote on the same line, or use triple quotes for text over several lines"
                .into(),
        );
    }
    if msg == "expected ':'" && whole_line.trim_start().starts_with("else if") {
        return Some("Python spells 'else if' as 'elif'".into());
    }
    if msg == "invalid syntax" {
        let before = e.source.text.get(..e.start).unwrap_or("");
        if before.ends_with("++")
            || before.ends_with("--")
            || line.starts_with("++")
            || line.starts_with("--")
        {
            return Some("Python has no '++' or '--': write 'x += 1' or 'x -= 1'".into());
        }
        let code = whole_line.trim_end();
        if line.trim().is_empty() && code.ends_with(['+', '-', '*', '/', '%', '&', '|', '^']) {
            return Some(
                "an operand must follow the operator; to go on over the next line, put the expression in parentheses"
                    .into(),
            );
        }
        if is_keyword(first_word)
            && whole_line.trim_start()[first_word.len()..]
                .trim_start()
                .starts_with('=')
        {
            return Some(format!(
                "'{first_word}' is a keyword and cannot be used as a variable name"
            ));
        }
    }
    if msg.ends_with("Maybe you meant '==' instead of '='?") {
        return Some(
            "'==' compares; only names, attributes (a.b) and subscripts (a[i]) can be assigned to"
                .into(),
        );
    }
    if msg == "Generator expression must be parenthesized" {
        return Some("give the generator its own parentheses: f((x for x in xs), y)".into());
    }
    if msg.starts_with("unmatched '") {
        return Some("remove it, or add the bracket it should close".into());
    }
    if msg == "f-string: empty expression not allowed" {
        return Some("put an expression between the braces, or write {{ and }} for braces".into());
    }
    if msg == "named arguments must follow bare *" {
        return Some("a bare '*' must be followed by at least one keyword-only parameter".into());
    }
    if msg.ends_with("is an illegal expression for augmented assignment") {
        return Some(
            "the target of an augmented assignment must be a name, an attribute or a subscript"
                .into(),
        );
    }
    if msg == "arguments cannot follow var-keyword argument" {
        return Some("'**kwargs' must be the last parameter".into());
    }
    if msg == "iterable unpacking cannot be used in comprehension" {
        return Some("use a nested loop instead: [x for xs in groups for x in xs]".into());
    }
    if msg == "non-default argument follows default argument" {
        return Some("parameters with a default value must come after those without".into());
    }
    None
}

fn is_keyword(w: &str) -> bool {
    matches!(
        w,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

/// `i` moved back onto a character boundary of `text` (and into it).
fn char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
