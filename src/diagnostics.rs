//! Drawing syntax errors: ariadne shows the source with the offending span
//! underlined; the last line is CPython's `SyntaxError: message`, so tools
//! that grep for it keep working.

use ariadne::{Color, Config, Label, Report, ReportKind, Source};
use std::io::IsTerminal;
use whirl_vm::SyntaxErrorInfo;

pub fn print_syntax_error(e: &SyntaxErrorInfo) {
    let src = &e.source;
    let text = &src.text;
    let start = e.start.min(text.len());
    let end = e.end.clamp(start, text.len());
    let line = src.line_of(start);
    let col = start - src.line_starts.get(line as usize - 1).copied().unwrap_or(0) + 1;
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    // ariadne counts characters, not bytes.
    let cstart = text[..start].chars().count();
    let cend = cstart + text[start..end].chars().count().max(1);
    let label = e.label.clone().unwrap_or_else(|| e.message.clone());
    let mut report = Report::build(ReportKind::Error, src.name.as_str(), cstart)
        .with_config(Config::default().with_color(color))
        .with_message(format!("{} at line {line}, column {col}", e.kind))
        .with_label(
            Label::new((src.name.as_str(), cstart..cend))
                .with_message(label)
                .with_color(Color::Red),
        );
    if let Some(h) = &e.hint {
        report = report.with_help(h);
    }
    let _ = report
        .finish()
        .eprint((src.name.as_str(), Source::from(text.as_str())));
    eprintln!("  File \"{}\", line {line}", src.name);
    eprintln!("{}: {}", e.kind, e.message);
}
