//! Scope analysis: where the compiler decides each name lives.

use whirl_vm::compile::scope::{analyze, ScopeKind, Sym};

fn scopes(src: &str) -> whirl_vm::compile::scope::ScopeTable {
    let m = whirl_parser::parse_module(src).expect("parses");
    analyze(&m).unwrap_or_else(|e| panic!("scope error: {}", e.message))
}

fn find(
    t: &whirl_vm::compile::scope::ScopeTable,
    kind: ScopeKind,
    nth: usize,
) -> &whirl_vm::compile::scope::Scope {
    t.scopes
        .iter()
        .filter(|s| s.kind == kind)
        .nth(nth)
        .expect("scope exists")
}

#[test]
fn locals_globals_and_builtins() {
    let t = scopes("g = 1\ndef f(a):\n    b = a + g\n    return len(b)\n");
    let f = find(&t, ScopeKind::Function, 0);
    assert_eq!(f.resolve("a"), Sym::Local);
    assert_eq!(f.resolve("b"), Sym::Local);
    assert_eq!(f.resolve("g"), Sym::Global);
    assert_eq!(f.resolve("len"), Sym::Global);
    assert_eq!(t.scopes[0].resolve("g"), Sym::Name);
}

#[test]
fn closures_make_cells_and_free_variables() {
    let t =
        scopes("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
    let outer = find(&t, ScopeKind::Function, 0);
    let inner = find(&t, ScopeKind::Function, 1);
    assert_eq!(outer.resolve("x"), Sym::Cell(0));
    assert_eq!(inner.resolve("x"), Sym::Free(0));
}

#[test]
fn nonlocal_passes_through_intermediate_scopes() {
    let t = scopes(
        "def a():\n    v = 0\n    def b():\n        def c():\n            nonlocal v\n            v += 1\n        c()\n    b()\n",
    );
    assert_eq!(find(&t, ScopeKind::Function, 0).resolve("v"), Sym::Cell(0));
    assert_eq!(find(&t, ScopeKind::Function, 1).resolve("v"), Sym::Free(0));
    assert_eq!(find(&t, ScopeKind::Function, 2).resolve("v"), Sym::Free(0));
}

#[test]
fn global_declaration_wins() {
    let t = scopes("def f():\n    global x\n    x = 1\n");
    assert_eq!(find(&t, ScopeKind::Function, 0).resolve("x"), Sym::Global);
}

#[test]
fn class_bodies_use_their_namespace_and_hide_it_from_methods() {
    let t = scopes("class A:\n    y = 1\n    def m(self):\n        return y\n");
    assert_eq!(find(&t, ScopeKind::Class, 0).resolve("y"), Sym::Name);
    assert_eq!(find(&t, ScopeKind::Function, 0).resolve("y"), Sym::Global);
}

#[test]
fn comprehensions_have_their_own_scope() {
    let t = scopes("def f(n):\n    return [i * n for i in range(n)]\n");
    let comp = find(&t, ScopeKind::Comprehension, 0);
    assert_eq!(comp.resolve("i"), Sym::Local);
    assert_eq!(comp.resolve("n"), Sym::Free(0));
    assert_eq!(find(&t, ScopeKind::Function, 0).resolve("n"), Sym::Cell(0));
}

#[test]
fn yield_makes_a_generator() {
    let t = scopes("def g():\n    yield 1\ndef h():\n    return 1\n");
    assert!(find(&t, ScopeKind::Function, 0).is_generator);
    assert!(!find(&t, ScopeKind::Function, 1).is_generator);
}

#[test]
fn errors_name_the_problem() {
    let m = whirl_parser::parse_module("def f():\n    nonlocal q\n").expect("parses");
    let e = analyze(&m).err().expect("error");
    assert_eq!(e.message, "no binding for nonlocal 'q' found");
    let m = whirl_parser::parse_module("nonlocal q\n").expect("parses");
    assert_eq!(
        analyze(&m).err().expect("error").message,
        "nonlocal declaration not allowed at module level"
    );
    let m = whirl_parser::parse_module("yield 1\n").expect("parses");
    assert_eq!(
        analyze(&m).err().expect("error").message,
        "'yield' outside function"
    );
}
