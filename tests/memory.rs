//! Memory a user can see, as the soak benchmarks measure it: a million
//! suspended generators (issue 10, point 8) peak under 150 MiB and give
//! their memory back on `del`. The figure is the kernel's high-water mark
//! for the whole process, read by the script itself, so nothing transient
//! (the list's growth, a collection's tables) hides between samples.

use std::path::PathBuf;
use std::process::Command;

/// The `name value` pairs of the soak script's last stderr line.
fn figures(stderr: &str) -> Vec<(String, f64)> {
    let last = stderr.lines().last().unwrap_or("");
    let words: Vec<&str> = last.split_whitespace().collect();
    words
        .chunks(2)
        .filter_map(|p| Some((p[0].to_string(), p.get(1)?.parse().ok()?)))
        .collect()
}

/// Runs the soak script (with `prelude` first, when given) and checks its
/// checksum, peak and memory after `del`.
fn soak_generators(prelude: Option<&str>) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let script = repo.join("benches/soak_generators.py");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_whirl"));
    match prelude {
        None => cmd.arg(&script),
        Some(p) => cmd.arg("-c").arg(format!(
            "{p}\nimport sys\nsys.argv[0] = {path:?}\nexec(compile(open({path:?}).read(), {path:?}, 'exec'))",
            path = script.display().to_string()
        )),
    };
    // The expect and panic below are this test's verdicts (whirl could not
    // start, or printed no figures), reached by no user's input.
    let out = cmd.output().expect("whirl runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "soak failed: {stderr}");
    // The checksum CPython 3.11 prints for the same script.
    assert_eq!(stdout.trim(), "generators 1783293664");
    let f = figures(&stderr);
    let get = |name: &str| {
        f.iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| *v)
            .unwrap_or_else(|| panic!("no {name} in: {stderr}"))
    };
    let (start, hwm, after) = (get("start"), get("hwm"), get("after_del"));
    assert!(hwm <= 150.0, "peak {hwm} MiB (start {start} MiB): {stderr}");
    assert!(after < 20.0, "{after} MiB left after del: {stderr}");
}

#[test]
fn a_million_suspended_generators_fit_in_150_mib() {
    soak_generators(None);
}

/// Packing does not wait for a collection that never comes.
#[test]
fn a_million_suspended_generators_fit_with_the_collector_off() {
    soak_generators(Some("import gc\ngc.disable()"));
}
