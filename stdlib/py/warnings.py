"""Issuing warnings, as CPython 3.11's warnings module: they go to stderr
as `file:line: Category: message` followed by the source line, once per
location by default, under the control of the filters."""

import sys
import _warnings

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


_REGEX_SPECIALS = "\\[]()*+?{}|^$"


class _Pattern:
    """What `re.compile(pattern, re.I)` is used for here: a literal prefix
    (messages, case-insensitive) or a whole name (modules)."""

    def __init__(self, text, ignore_case, whole):
        self.raw = text
        self.text = text.lower() if ignore_case else text
        self.ignore_case = ignore_case
        self.whole = whole
        self._regex = None

    def match(self, s):
        if self._regex is None and any(c in self.text for c in _REGEX_SPECIALS):
            # A real regular expression (unittest's r"Please use assert\w+
            # instead."): matched by `re`, compiled on first use.
            import re
            flags = re.I if self.ignore_case else 0
            self._regex = re.compile(self.raw + (r"\Z" if self.whole else ""), flags)
        if self._regex:
            return self._regex.match(s) is not None
        if self.ignore_case:
            s = s.lower()
        return s == self.text if self.whole else s.startswith(self.text)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.text == other.text
                and self.whole == other.whole)


def filterwarnings(action, message="", category=Warning, module="",
                   lineno=0, append=False):
    # CPython checks its arguments with asserts: bad ones are
    # AssertionErrors with these messages.
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True, False) if message else None
    mod = _Pattern(module, False, True) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        # warn_explicit's callers (the compiler's SyntaxWarnings among
        # them) give no line: read it from the file, as CPython does.
        try:
            import linecache
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    return s


def _formatwarnmsg(msg):
    s = formatwarning(msg.message, msg.category, msg.filename,
                      msg.lineno, msg.line)
    if msg.source is not None:
        # whirl has no tracemalloc: CPython's hint when it is not tracing.
        s += "%s: Enable tracemalloc to get the object allocation traceback\n" % (
            msg.category.__name__)
    return s


class _DroppedCoroutine:
    """Stands for a coroutine dropped before it ran (gone by the time it
    is reported): its repr, name and where it was dropped."""

    def __init__(self, qualname, text, where):
        self._qualname = qualname
        self._text = text
        self._where = where

    def __repr__(self):
        return self._text


class _UnraisableHookArgs:
    def __init__(self, exc, obj):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = None
        self.object = obj


def _warn_dropped(coro):
    filename, lineno, module, line = coro._where
    _warn_explicit(RuntimeWarning("coroutine '%s' was never awaited" % coro._qualname),
                   RuntimeWarning, filename, lineno, module,
                   _registries.setdefault(filename, {}), coro, line)


def _warn_unawaited_coroutine(coro):
    _warn_dropped(coro)


def _unawaited_coroutine(qualname, coro_repr, where):
    """Called by the VM for a coroutine dropped before it ran; `where` is
    (filename, lineno, module, line) of the frame that dropped it. As
    CPython: a failing `_warn_unawaited_coroutine` goes to
    sys.unraisablehook, then the warning is issued directly."""
    coro = _DroppedCoroutine(qualname, coro_repr, where)
    try:
        _warn_unawaited_coroutine(coro)
        return
    except Exception as exc:
        _report_unraisable(exc, coro)
        warned = isinstance(exc, RuntimeWarning)
    if not warned:
        try:
            _warn_dropped(coro)
        except Exception as exc:
            _report_unraisable(exc, coro)


def _report_unraisable(exc, obj):
    hook = getattr(sys, "unraisablehook", None)
    if hook is None:
        raise exc
    hook(_UnraisableHookArgs(exc, obj))


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(_formatwarnmsg(msg))
    except OSError:
        pass


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno,
                    msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    filename, lineno, module, line = _warnings._caller(stacklevel)
    registry = _registries.setdefault(filename, {})
    _warn_explicit(message, category, filename, lineno, module, registry,
                   source, line)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    _warn_explicit(message, category, filename, lineno, module, registry,
                   source, None)


def _warn_explicit(message, category, filename, lineno, module, registry,
                   source, line):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and
                issubclass(category, cat) and
                (mod is None or mod.match(module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None,
                                line, source))


class catch_warnings(object):
    """Saves the filters and showwarning on entry, restores them on exit;
    with record=True, warnings are appended to the list `__enter__`
    returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None
        if action is not None:
            self._filter = (action, category, lineno, append)

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            showwarning = lambda *a, **k: log.append(WarningMessage(*a, **k))
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _filters_mutated()
        showwarning = self._showwarning


# CPython's default filters (a release build, no -W options).
def _builtin(name):
    try:
        if isinstance(__builtins__, dict):
            return __builtins__.get(name)
        return getattr(__builtins__, name, None)
    except NameError:
        return None


simplefilter("ignore", DeprecationWarning, append=True)
filterwarnings("default", category=DeprecationWarning, module="__main__")
for _name in ("PendingDeprecationWarning", "ImportWarning", "ResourceWarning"):
    _cat = _builtin(_name)
    if _cat is not None:
        simplefilter("ignore", _cat, append=True)


# -W options and PYTHONWARNINGS (sys.warnoptions), each
# `action:message:category:module:lineno`, put before the defaults; the
# last one given is looked at first.
class _OptionError(Exception):
    pass


def _option_action(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ("default", "always", "ignore", "module", "once", "error"):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _option_category(category):
    if not category:
        return Warning
    if "." in category:
        modname, _, name = category.rpartition(".")
        try:
            holder = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    else:
        import builtins as holder
        name = category
    try:
        cat = getattr(holder, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _option_filter(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [p.strip() for p in parts]
    action = _option_action(action)
    category = _option_category(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    msg = _Pattern(message, True, False) if message else None
    mod = _Pattern(module, False, True) if module else None
    _add_filter((action, msg, category, mod, lineno), False)


for _arg in getattr(sys, "warnoptions", ()):
    try:
        _option_filter(_arg)
    except _OptionError as _e:
        print("Invalid -W option ignored:", _e, file=sys.stderr)
