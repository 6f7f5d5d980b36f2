//! whirl-stdlib: the standard modules a script can import. Native ones
//! (`sys`, `time`, `math`, ...) are built on first import by an initializer
//! registered with the VM; those simpler to write in Python live in
//! `stdlib/py/` and are compiled into the binary (`frozen.rs`). The VM's
//! public API is all they touch.

mod binargs;
mod binascii;
mod cjk;
mod cmath;
mod frozen;
mod future;
mod gc;
mod gc_debug;
mod hashlib;
mod heapq;
mod io;
mod json;
mod math;
mod math_more;
mod os;
mod posix_sys;
mod random;
mod re;
mod re_translate;
mod ssl;
mod struct_float;
mod sys;
mod syscalls;
mod time;
mod time_local;
mod tornado;
mod traceback;
mod unicodedata;
mod unicodedata_tables;
mod warnings;
mod zlib;

use whirl_vm::Vm;

pub use sys::Startup;

/// Records the command line's settings (`sys.flags`, `sys.orig_argv`,
/// `sys._xoptions`) for when `sys` is imported.
pub fn configure_sys(startup: Startup) {
    sys::configure(startup);
}

/// What CPython's `site` adds to builtins: `exit`, `quit`, `help`,
/// `copyright`, `credits`, `license` (stdlib/py/_sitebuiltins.py).
pub fn install_site_builtins(vm: &mut Vm) {
    let _ = vm.import_module("_sitebuiltins");
}

/// Registers every native module with the VM.
pub fn install(vm: &mut Vm) {
    unicodedata::install_name_table();
    vm.register_module("sys", sys::init);
    vm.register_module("_weakref", whirl_vm::weakref::init_module);
    vm.register_module("builtins", sys::init_builtins);
    vm.register_module("_time", time::init);
    vm.register_module("math", math::init);
    vm.register_module("cmath", cmath::init);
    vm.register_module("posix", os::init);
    vm.register_module("_io", io::init);
    vm.register_module("_traceback", traceback::init);
    vm.register_module("json", json::init);
    vm.register_module("random", random::init);
    vm.register_module("_re", re::init);
    vm.register_module("_heapq", heapq::init);
    vm.register_module("__future__", future::init);
    vm.register_module("_tornado", tornado::init);
    vm.register_module("gc", gc::init);
    vm.register_module("_warnings", warnings::init);
    vm.register_module("_hashlib_native", hashlib::init);
    vm.register_module("_struct_float", struct_float::init);
    vm.register_module("_syscalls", syscalls::init);
    vm.register_module("binascii", binascii::init);
    vm.register_module("_zlib", zlib::init);
    vm.register_module("_unicodedata", unicodedata::init);
    vm.register_module("_ssl", ssl::init);
    vm.register_module("_cjk", cjk::init);
    for (name, source) in frozen::modules() {
        vm.register_source_module(name, source);
    }
    vm.builtins.set_str(
        whirl_vm::str::intern("open"),
        whirl_vm::types::builtin_fn("open", open),
    );
}

/// The source of a Python module shipped in the binary (`whirl -m` runs
/// these as `__main__`).
pub fn shipped_source(name: &str) -> Option<&'static str> {
    frozen::modules()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| source)
}

/// The builtin `open`: `io.open` (stdlib/py/io.py), imported on first use.
fn open(
    vm: &mut Vm,
    args: &[whirl_vm::value::Value],
    kwargs: whirl_vm::types::Kw,
) -> whirl_vm::error::PyResult<whirl_vm::value::Value> {
    let io = vm.import_module("io")?;
    let open = vm.getattr(&io, &whirl_vm::str::intern("open"))?;
    vm.call_kw(&open, args.to_vec(), kwargs.to_vec())
}
