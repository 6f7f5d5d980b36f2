//! `__doc__` of builtin functions, methods and types: a short sentence
//! (whirl's own wording) for the common ones, and a generic line naming
//! the callable for the rest, so that `len.__doc__` or `int.__doc__` is
//! never None, as in CPython.

/// The docstring of the builtin function or method `name`.
pub(crate) fn function_doc(name: &str, owner: Option<&str>) -> String {
    let text = match (owner, name) {
        (None, "len") => "Return the number of items in a container.",
        (None, "print") => "Print the values to a stream, or to sys.stdout by default.",
        (None, "abs") => "Return the absolute value of the argument.",
        (None, "repr") => "Return the canonical string representation of the object.",
        (None, "isinstance") => {
            "Return whether an object is an instance of a class or of a subclass thereof."
        }
        (None, "issubclass") => {
            "Return whether 'cls' is derived from another class or is the same class."
        }
        (None, "getattr") => "Get a named attribute from an object.",
        (None, "setattr") => "Set the named attribute on the given object to the specified value.",
        (None, "hasattr") => "Return whether the object has an attribute with the given name.",
        (None, "delattr") => "Delete the named attribute from the given object.",
        (None, "iter") => "Get an iterator from an object.",
        (None, "next") => "Return the next item from the iterator.",
        (None, "sorted") => {
            "Return a new list containing all items from the iterable in ascending order."
        }
        (None, "sum") => {
            "Return the sum of a 'start' value (default: 0) plus an iterable of numbers."
        }
        (None, "min") => "With a single iterable argument, return its smallest item.",
        (None, "max") => "With a single iterable argument, return its biggest item.",
        (None, "id") => "Return the identity of an object.",
        (None, "hash") => "Return the hash value for the given object.",
        (None, "vars") => "Show vars: without arguments, equivalent to locals().",
        (None, "dir") => "Show attributes of an object.",
        (None, "callable") => "Return whether the object is callable.",
        (None, "chr") => "Return a Unicode string of one character with the given ordinal.",
        (None, "ord") => "Return the Unicode code point for a one-character string.",
        // Slot wrappers and the generator-like methods (CPython's wording:
        // doctests and tests read them).
        (_, "__next__") => "Implement next(self).",
        (_, "__iter__") => "Implement iter(self).",
        (Some("generator"), "send") => {
            "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."
        }
        (Some("coroutine"), "send") => {
            "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."
        }
        (Some("generator"), "close") => "close() -> raise GeneratorExit inside generator.",
        (Some("coroutine"), "close") => "close() -> raise GeneratorExit inside coroutine.",
        (Some("generator"), "throw") => {
            "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."
        }
        (Some("coroutine"), "throw") => {
            "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."
        }
        (_, "append") => "Append object to the end of the list.",
        (_, "get") => "Return the value for key if key is in the dictionary, else default.",
        (_, "keys") => "Return a set-like object providing a view on the keys.",
        (_, "items") => "Return a set-like object providing a view on the items.",
        (_, "values") => "Return an object providing a view on the values.",
        (_, "join") => "Concatenate any number of strings.",
        (_, "split") => {
            "Return a list of the substrings in the string, using sep as the separator string."
        }
        (_, "upper") => "Return a copy of the string converted to uppercase.",
        (_, "lower") => "Return a copy of the string converted to lowercase.",
        _ => "",
    };
    if !text.is_empty() {
        return text.to_string();
    }
    match owner {
        Some(o) => format!("The method {name} of {o} objects."),
        None => format!("The builtin function {name}."),
    }
}

/// The docstring of the builtin type `name`.
pub(crate) fn type_doc(name: &str) -> String {
    let text = match name {
        "object" => "The base class of the class hierarchy.",
        "type" => {
            "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"
        }
        "int" => "int([x]) -> integer\nint(x, base=10) -> integer",
        "float" => "Convert a string or number to a floating point number, if possible.",
        "str" => "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
        "bool" => "bool(x) -> bool",
        "bytes" => "bytes(iterable_of_ints) -> bytes",
        "list" => "Built-in mutable sequence.",
        "tuple" => "Built-in immutable sequence.",
        "dict" => "dict() -> new empty dictionary",
        "set" => "set() -> new empty set object",
        "frozenset" => "frozenset() -> empty frozenset object",
        "range" => "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
        "property" => "Property attribute.",
        "classmethod" => "Convert a function to be a class method.",
        "staticmethod" => "Convert a function to be a static method.",
        "super" => "super() -> same as super(__class__, <first argument>)",
        _ => "",
    };
    if text.is_empty() {
        format!("The builtin type {name}.")
    } else {
        text.to_string()
    }
}
