//! How failures travel through Rust code: `PyErr` is either a builtin
//! exception not yet turned into an object (cheap to make anywhere, no VM
//! needed) or a raised exception instance.

use crate::class::Instance;
use std::rc::Rc;

macro_rules! exc_types {
    ($($name:ident : $parent:ident),* $(,)?) => {
        /// The builtin exception hierarchy, parents listed before children.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcType { BaseException, $($name),* }
        impl ExcType {
            pub const ALL: &'static [ExcType] = &[ExcType::BaseException, $(ExcType::$name),*];
            pub fn name(self) -> &'static str {
                match self { ExcType::BaseException => "BaseException", $(ExcType::$name => stringify!($name)),* }
            }
            pub fn parent(self) -> Option<ExcType> {
                match self { ExcType::BaseException => None, $(ExcType::$name => Some(ExcType::$parent)),* }
            }
        }
    };
}

exc_types! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
    BaseExceptionGroup: BaseException,
    // Also derives from Exception (see types::make_types).
    ExceptionGroup: BaseExceptionGroup,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PyErr::New(b) => write!(f, "{}: {}", b.0.name(), b.1),
            PyErr::WithArgs(b) => write!(f, "{}(..{} args)", b.0.name(), b.1.len()),
            PyErr::Lookup(b) => write!(f, "{}: {}", b.kind.name(), b.message),
            PyErr::Raised(i) => write!(f, "<raised {}>", i.class.name),
        }
    }
}

pub enum PyErr {
    /// A builtin exception with a message (`args == (message,)`, or `()` when
    /// the message is empty).
    New(Box<(ExcType, String)>),
    /// A builtin exception with arbitrary args (`StopIteration(value)`).
    WithArgs(Box<(ExcType, Vec<crate::value::Value>)>),
    /// An exception instance (raised by Python code or already materialized).
    Raised(Rc<Instance>),
    /// A failed name or attribute lookup: the exception gets CPython's
    /// `name` (and `obj`) attributes, from which its "Did you mean"
    /// suggestion is worked out when it is printed.
    Lookup(Box<LookupFailure>),
}

/// What a `NameError` or `AttributeError` raised by a lookup knows.
pub struct LookupFailure {
    pub kind: ExcType,
    pub message: String,
    pub name: Rc<crate::str::PyStr>,
    /// The object an attribute was looked up on (`Null` for names).
    pub obj: crate::value::Value,
    /// For names: the suggestion, worked out while the frame's scope was
    /// at hand.
    pub suggestion: Option<String>,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(t: ExcType, msg: impl Into<String>) -> PyErr {
        PyErr::New(Box::new((t, msg.into())))
    }
    pub fn with_args(t: ExcType, args: Vec<crate::value::Value>) -> PyErr {
        PyErr::WithArgs(Box::new((t, args)))
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::ValueError, msg)
    }
    /// The builtin type, when known without looking at an instance's class.
    pub fn builtin_type(&self) -> Option<ExcType> {
        match self {
            PyErr::New(b) => Some(b.0),
            PyErr::WithArgs(b) => Some(b.0),
            PyErr::Lookup(b) => Some(b.kind),
            PyErr::Raised(_) => None,
        }
    }
}

/// Allocations whose size a program chooses (a repeat count, a padding
/// width, `bytes(n)`) go through here before they are made: a size the
/// allocator refuses becomes `MemoryError`, as in CPython, instead of an
/// abort. Sizes up to 1 MiB are let through without a look; a larger one
/// is tried once (a big allocation is a mapping the system gives or
/// refuses at once, without touching its pages).
pub fn check_alloc(bytes: usize) -> PyResult<()> {
    if bytes <= 1 << 20 {
        return Ok(());
    }
    if bytes > isize::MAX as usize
        || bytes > memory_limit()
        || Vec::<u8>::new().try_reserve_exact(bytes).is_err()
    {
        return Err(memory_error());
    }
    Ok(())
}

/// The most one allocation may take: the machine's RAM plus swap (what
/// Linux's default overcommit heuristic refuses beyond), since the
/// allocator (mimalloc) may reserve address space it can never back and
/// the program would then die filling it instead of getting MemoryError.
fn memory_limit() -> usize {
    static LIMIT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LIMIT.get_or_init(|| {
        let Ok(info) = std::fs::read_to_string("/proc/meminfo") else {
            return usize::MAX;
        };
        let field = |name: &str| -> Option<usize> {
            let line = info.lines().find(|l| l.starts_with(name))?;
            let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
            kb.checked_mul(1024)
        };
        match (field("MemTotal:"), field("SwapTotal:")) {
            (Some(m), s) => m.saturating_add(s.unwrap_or(0)),
            _ => usize::MAX,
        }
    })
}

/// `MemoryError` with no message, as CPython raises it.
pub fn memory_error() -> PyErr {
    PyErr::with_args(ExcType::MemoryError, Vec::new())
}

/// `count * size` for an allocation, or `MemoryError` when it cannot exist.
pub fn alloc_size(count: usize, size: usize) -> PyResult<usize> {
    let n = count.checked_mul(size).ok_or_else(memory_error)?;
    check_alloc(n)?;
    Ok(n)
}
