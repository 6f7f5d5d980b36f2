//! Generates the parser from `src/grammar.lalrpop` into `OUT_DIR`.
fn main() {
    lalrpop::Configuration::new()
        .emit_rerun_directives(true)
        .set_in_dir("src")
        .process()
        .expect("lalrpop failed on src/grammar.lalrpop");
}
