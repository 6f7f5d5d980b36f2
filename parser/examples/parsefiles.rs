// Temporary: parse files listed on stdin, report failures.
use std::io::BufRead;
fn main() {
    let mut ok = 0;
    let mut bad = 0;
    for line in std::io::stdin().lock().lines() {
        let path = line.unwrap();
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        match whirl_parser::parse_module(&src) {
            Ok(m) => {
                ok += 1;
                std::mem::forget(m);
            }
            Err(e) => {
                bad += 1;
                println!(
                    "{}:{}: {}: {} {:?}",
                    path,
                    e.line(&src),
                    e.kind.exception_name(),
                    e.message,
                    src.get(e.start..e.end.min(e.start + 40))
                );
            }
        }
    }
    println!("ok={ok} bad={bad}");
}
