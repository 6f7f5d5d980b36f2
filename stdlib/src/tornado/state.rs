//! What the native tornado modules share: the classes they made and the
//! Python-side objects they call back (registered by `tornado/gen.py`).

use std::cell::RefCell;
use std::rc::Rc;
use whirl_vm::class::Class;
use whirl_vm::value::Value;

pub struct State {
    pub future_class: Rc<Class>,
    pub timeout_class: Rc<Class>,
    pub listener_class: Rc<Class>,
    pub http_connection_class: Rc<Class>,
    pub stream_class: Rc<Class>,
    pub task_handle_class: Rc<Class>,
    pub stream_closed_error: Rc<Class>,
    pub unsatisfiable_read_error: Rc<Class>,
    pub stream_buffer_full_error: Rc<Class>,
    pub cancelled_error: Rc<Class>,
    pub invalid_state_error: Rc<Class>,
    /// `gen.Return`, `gen.moment` and `gen.convert_yielded` (for lists,
    /// dicts and awaitables), once `tornado.gen` registered them.
    pub return_class: Option<Rc<Class>>,
    pub moment: Value,
    pub convert_yielded: Value,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

pub fn install(s: State) {
    STATE.with(|st| *st.borrow_mut() = Some(s));
}

/// Reads the shared state; `_tornado` is imported before anything uses it.
pub fn with<R>(f: impl FnOnce(&State) -> R) -> R {
    STATE.with(|st| f(st.borrow().as_ref().expect("_tornado is initialized")))
}

pub fn with_mut<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|st| f(st.borrow_mut().as_mut().expect("_tornado is initialized")))
}
