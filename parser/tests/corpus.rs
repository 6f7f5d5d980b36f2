//! Every example program of the article and every benchmark parses.

use std::path::Path;

fn parse_dir(dir: &str) -> usize {
    let dir = Path::new(dir);
    if !dir.exists() {
        eprintln!("skipping {}: not present", dir.display());
        return 0;
    }
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        if let Err(e) = whirl_parser::parse_module(&src) {
            panic!("{}:{}: {:?}", path.display(), e.line(&src), e);
        }
        n += 1;
    }
    n
}

#[test]
fn article_examples_parse() {
    parse_dir("/work/shared/article");
}

#[test]
fn benchmarks_parse() {
    parse_dir("/work/shared/bench");
}

#[test]
fn repository_python_files_parse() {
    // The project's own Python sources (scripts, tests, stdlib modules),
    // wherever they are present.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut stack = vec![
        root.join("scripts"),
        root.join("tests"),
        root.join("stdlib"),
        root.join("benches"),
    ];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in rd.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|e| e.to_str()) == Some("py") {
                let src = std::fs::read_to_string(&p).unwrap_or_default();
                // Conformance tests may deliberately hold syntax errors or
                // use what whirl leaves out (complex numbers, match): only
                // check that nothing panics there.
                let _ = whirl_parser::parse_module(&src);
            }
        }
    }
}
