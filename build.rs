//! Links the `whirl` binary as a position-dependent executable on Linux.
//!
//! A position-independent executable carries a dynamic relocation for every
//! pointer in its read-only data (about 30,000 here: vtables, string tables,
//! the builtin method tables), and the loader applies them all at start-up,
//! reading 700 KB of relocations and dirtying 560 KB of `.data.rel.ro` in
//! every process, about 2.5 MB of resident memory before `main`. Linked at
//! a fixed address the linker resolves them once. Debian links its
//! `python3.11` the same way (an `EXEC` file, not `DYN`), for the same reason.
fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("-linux-") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
