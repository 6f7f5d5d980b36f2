//! whirl-stdlib: the native modules a script can import (`sys`, `time`,
//! `math`, ...). Each module is built on first import by an initializer
//! registered with the VM; the VM's public API is all they touch.

mod future;
mod math;
mod sys;
mod time;

use whirl_vm::Vm;

/// Registers every native module with the VM.
pub fn install(vm: &mut Vm) {
    vm.register_module("sys", sys::init);
    vm.register_module("time", time::init);
    vm.register_module("math", math::init);
    vm.register_module("__future__", future::init);
}
