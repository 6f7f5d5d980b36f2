// Temporary: print parse results for cases separated by "\n----\n" in a file.
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    for case in text.split("\n----\n") {
        let r = whirl_parser::parse_module(case);
        match r {
            Ok(_) => println!("OK"),
            Err(e) => {
                let line = e.line(case);
                println!(
                    "{}: {} @{} [{}..{}] inc={} label={:?}",
                    e.kind.exception_name(),
                    e.message,
                    line,
                    e.start,
                    e.end,
                    e.incomplete,
                    e.label
                );
            }
        }
    }
}
