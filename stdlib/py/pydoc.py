"""Documentation as plain text, for `help()` (whirl's own, in the form of
CPython's pydoc text rendering): `help(obj)` prints the signature and
docstring of a function, the methods and data of a class, the contents of
a module; `help('name')` looks the name up first; `help()` alone reads
names to look up at a `help> ` prompt."""

import builtins
import inspect
import sys


def getdoc(obj):
    doc = inspect.getdoc(obj) if hasattr(inspect, "getdoc") else getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return ""
    return doc.rstrip()


def _indent(text, prefix="    "):
    return "\n".join(prefix + line for line in text.split("\n"))


def _signature(obj):
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError, AttributeError):
        return "(...)"


def _classname(cls, module):
    if cls.__module__ in ("builtins", module):
        return cls.__qualname__ if cls.__module__ == module else "builtins." + cls.__qualname__
    return cls.__module__ + "." + cls.__qualname__


def _describe_routine(obj, name=None):
    realname = getattr(obj, "__name__", name) or name
    name = name or realname
    title = name
    if name != realname:
        title = f"{name} = {realname}"
    if inspect.isclass(obj):
        return title + "(...)\n"
    kind = ""
    if getattr(obj, "__self__", None) is not None and not inspect.ismodule(obj.__self__):
        kind = f" method of {_classname(type(obj.__self__), '')} instance".replace(" builtins.", " builtins.")
    line = title + _signature(obj) + kind
    doc = getdoc(obj)
    if doc:
        return line + "\n" + _indent(doc) + "\n"
    return line + "\n"


def _render_class(cls, name=None):
    module = cls.__module__
    bases = ", ".join(_classname(b, module) for b in cls.__bases__)
    realname = cls.__name__
    name = name or realname
    title = f"class {name}" if name == realname else f"{name} = class {realname}"
    if bases:
        title += f"({bases})"
    body = []
    try:
        sig = str(inspect.signature(cls))
    except (ValueError, TypeError, AttributeError):
        sig = None
    if sig is not None:
        body.append(realname + sig)
        body.append("")
    doc = getdoc(cls)
    if doc and doc != getdoc(type):
        body.extend(doc.split("\n"))
        body.append("")
    mro = inspect.getmro(cls) if hasattr(inspect, "getmro") else cls.__mro__
    if len(mro) > 2:
        body.append("Method resolution order:")
        for base in mro:
            body.append("    " + _classname(base, module))
        body.append("")
    methods, data = [], []
    for key, value in cls.__dict__.items():
        if key in ("__dict__", "__weakref__", "__doc__", "__module__", "__qualname__"):
            continue
        if isinstance(value, (staticmethod, classmethod)):
            methods.append((key, value.__func__))
        elif inspect.isfunction(value) or inspect.isbuiltin(value):
            methods.append((key, value))
        elif isinstance(value, property):
            data.append((key, None, value))
        elif not key.startswith("__"):
            data.append((key, value, None))
    if methods:
        body.append("Methods defined here:")
        body.append("")
        for key, func in methods:
            body.extend(_describe_routine(func, key).rstrip("\n").split("\n"))
            body.append("")
    props = [d for d in data if d[2] is not None]
    if props or "__dict__" in cls.__dict__:
        if methods:
            body.append("-" * 70)
        body.append("Data descriptors defined here:")
        body.append("")
        for key, _, prop in props:
            body.append(key)
            doc = getdoc(prop)
            if doc:
                body.extend(_indent(doc).split("\n"))
            body.append("")
        if "__dict__" in cls.__dict__:
            body.extend(["__dict__", "    dictionary for instance variables (if defined)", ""])
            body.extend(["__weakref__", "    list of weak references to the object (if defined)", ""])
    plain = [d for d in data if d[2] is None]
    if plain:
        body.append("-" * 70)
        body.append("Data and other attributes defined here:")
        body.append("")
        for key, value, _ in plain:
            body.append(f"{key} = {_repr(value)}")
            body.append("")
    lines = [title]
    for line in body:
        lines.append((" |  " + line).rstrip() if line else " |  ")
    return "\n".join(lines) + "\n"


def _repr(value):
    text = repr(value)
    return text if len(text) <= 60 else text[:27] + "..." + text[-30:]


def _render_module(mod):
    name = mod.__name__
    doc = getdoc(mod)
    out = ["NAME"]
    first, _, rest = doc.partition("\n")
    out.append(f"    {name}" + (f" - {first}" if first else ""))
    out.append("")
    if rest.strip():
        out.append("DESCRIPTION")
        out.append(_indent(rest.strip("\n")))
        out.append("")
    public = getattr(mod, "__all__", None)
    names = [n for n in vars(mod) if (n in public if public is not None else not n.startswith("_"))]
    classes = [(n, getattr(mod, n)) for n in names if inspect.isclass(getattr(mod, n)) and getattr(getattr(mod, n), "__module__", None) == name]
    funcs = [(n, getattr(mod, n)) for n in names if (inspect.isfunction(getattr(mod, n)) or inspect.isbuiltin(getattr(mod, n))) and getattr(getattr(mod, n), "__module__", name) in (name, None)]
    data = [(n, getattr(mod, n)) for n in names if not (inspect.isclass(getattr(mod, n)) or inspect.isroutine(getattr(mod, n)) or inspect.ismodule(getattr(mod, n)))]
    if classes:
        out.append("CLASSES")
        for n, c in classes:
            out.append(_indent(_render_class(c, n).rstrip("\n")))
            out.append("")
    if funcs:
        out.append("FUNCTIONS")
        for n, f in funcs:
            out.append(_indent(_describe_routine(f, n).rstrip("\n")))
            out.append("")
    if data:
        out.append("DATA")
        for n, v in data:
            out.append(f"    {n} = {_repr(v)}")
        out.append("")
    file = getattr(mod, "__file__", None)
    out.append("FILE")
    out.append(f"    {file}" if file else "    (built-in)")
    out.append("")
    return "\n".join(out)


def describe(thing):
    if inspect.ismodule(thing):
        return ("built-in module " if not getattr(thing, "__file__", None) else "module ") + thing.__name__
    if inspect.isclass(thing):
        return "class " + thing.__name__
    if inspect.isfunction(thing):
        return "function " + thing.__name__
    if inspect.ismethod(thing):
        return "method " + thing.__name__
    if inspect.isbuiltin(thing):
        return "built-in function " + thing.__name__
    return type(thing).__name__ + " object"


def locate(path):
    parts = [p for p in path.split(".") if p]
    module, n = None, 0
    while n < len(parts):
        try:
            module = __import__(".".join(parts[: n + 1]))
            for part in parts[1 : n + 1]:
                module = getattr(module, part)
            n += 1
        except ImportError:
            break
    obj = module if module is not None else builtins
    for part in parts[n if module is not None else 0 :]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def render_doc(thing, title="Python Library Documentation: %s"):
    if isinstance(thing, str):
        obj = locate(thing)
        if obj is None:
            raise ImportError(f"No Python documentation found for {thing!r}.\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.")
        thing = obj
    desc = describe(thing)
    if not inspect.ismodule(thing):
        module = getattr(thing, "__module__", None)
        if isinstance(module, str) and not (inspect.isclass(thing) and module == "builtins"):
            desc += " in module " + module
    if inspect.ismodule(thing):
        body = _render_module(thing)
    elif inspect.isclass(thing):
        body = _render_class(thing)
    elif inspect.isroutine(thing):
        body = _describe_routine(thing)
    else:
        # An instance: its class's documentation, as pydoc does.
        cls = type(thing)
        desc = describe(thing)
        body = _render_class(cls)
    return (title % desc) + "\n\n" + body


_WELCOME = """
Welcome to whirl's help utility, for Python 3.11!

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To quit this help utility and
return to the interpreter, just type "quit".
"""


class Helper:
    def __repr__(self):
        return "<pydoc.Helper instance>"

    def __call__(self, request=None):
        if request is not None:
            self.help(request)
            return
        print(_WELCOME)
        while True:
            try:
                request = input("help> ")
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if request.lower() in ("", "q", "quit"):
                break
            self.help(request)
        print(
            "\nYou are now leaving help and returning to the Python interpreter.\n"
            "If you want to ask for help on a particular object directly from the\n"
            "interpreter, you can type \"help(object)\".  Executing \"help('string')\"\n"
            "has the same effect as typing a particular string at the help> prompt."
        )

    def help(self, request):
        try:
            text = render_doc(request, "Help on %s:")
        except ImportError as e:
            print(e)
            return
        sys.stdout.write(text + "\n")


help = Helper()


def doc(thing, title="Python Library Documentation: %s", forceload=0, output=None):
    text = render_doc(thing, title)
    (output or sys.stdout).write(text + "\n")
