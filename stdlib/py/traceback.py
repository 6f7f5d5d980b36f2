"""traceback: extracting, formatting and printing stack traces.

Whole exceptions are formatted natively (`_traceback`, the text the
interpreter prints for an uncaught one); the functions taking traceback
and frame objects build `FrameSummary` lists here, and format each entry
with the interpreter's own entry formatting (source line and carets).
"""

import sys
from _traceback import (
    format_exc as _native_format_exc,
    print_exc as _native_print_exc,
    format_exception as _native_format_exception,
    format_exception_only as _native_exception_line,
    _exception_only,
    _format_group,
    _format_frame,
    _getline,
)

__all__ = [
    "extract_stack", "extract_tb", "format_exception", "format_exception_only",
    "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
    "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
    "FrameSummary", "StackSummary", "TracebackException", "walk_stack",
    "walk_tb",
]

# Repeats of one line beyond this many are counted, not shown.
_REPEAT_LIMIT = 3


def _out(file):
    return sys.stderr if file is None else file


class FrameSummary:
    """One entry of a stack: where (file, line, function) and the line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = None
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        # The code object and instruction, when made from a frame: the
        # interpreter then formats the entry (with its carets).
        self._code = None
        self._lasti = -1
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno, self._code)
        return self._line.strip()


def walk_tb(tb):
    """(frame, line number) of each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) of a frame and its callers, innermost first."""
    if f is None:
        # As CPython 3.11: four frames out from this generator's.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_positions(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def _code_position(code, lasti):
    """(lineno, end_lineno, colno, end_colno) of instruction lasti // 2."""
    if lasti < 0:
        return (None, None, None, None)
    try:
        for i, pos in enumerate(code.co_positions()):
            if i == lasti // 2:
                return pos
    except Exception:
        pass
    return (None, None, None, None)


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        # As CPython's: entries of stacks (not tracebacks) have no columns.
        # (Frame for frame the same calls as CPython's, which
        # `walk_stack(None)` counts on.)
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, lineno, -1
        return klass._extract(extended_frame_gen(), limit, lookup_lines,
                              capture_locals)

    @classmethod
    def _extract(klass, positions, limit, lookup_lines, capture_locals):
        result = klass()
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        items = []
        if limit is None or limit < 0:
            for item in positions:
                items.append(item)
            if limit is not None:
                items = items[len(items) + limit:] if -limit < len(items) else items
        elif limit > 0:
            for item in positions:
                items.append(item)
                if len(items) >= limit:
                    break
        for f, lineno, lasti in items:
            code = f.f_code
            end_lineno = colno = end_colno = None
            if lasti >= 0:
                pos = _code_position(code, lasti)
                if pos[0] is not None:
                    lineno = pos[0]
                end_lineno, colno, end_colno = pos[1:]
            fs = FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            fs._code = code
            fs._lasti = lasti
            result.append(fs)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        if fs._code is not None and fs._code.co_filename == fs.filename:
            text = _format_frame(fs._code, fs.lineno, fs._lasti)
        else:
            text = '  File "{}", line {}, in {}\n'.format(
                fs.filename, fs.lineno, fs.name)
            if fs.line:
                text += "    {}\n".format(fs.line)
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                text += "    {} = {}\n".format(name, value)
        return text

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            where = (fs.filename, fs.lineno, fs.name)
            if where != last:
                _repeats(count, result)
                last = where
                count = 0
            count += 1
            if count <= _REPEAT_LIMIT:
                result.append(text)
        _repeats(count, result)
        return result


def _repeats(count, result):
    if count > _REPEAT_LIMIT:
        more = count - _REPEAT_LIMIT
        result.append("  [Previous line repeated {} more time{}]\n".format(
            more, "s" if more > 1 else ""))


def extract_tb(tb, limit=None):
    return StackSummary._extract(_tb_positions(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    file = _out(file)
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


class _Implicit:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Implicit()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(
                f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    file = _out(file)
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def _exc_type_name(exc_type):
    if exc_type is None:
        return "None"
    name = exc_type.__qualname__
    mod = exc_type.__module__
    if mod not in ("__main__", "builtins"):
        if not isinstance(mod, str):
            mod = "<unknown>"
        name = mod + "." + name
    return name


def _safe_str(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


class TracebackException:
    """An exception ready for rendering: its type, message, stack, and
    the exceptions chained to it, all captured (no frames kept)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract(
            _tb_positions(exc_traceback), limit, lookup_lines,
            capture_locals)
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._str = _safe_str(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None
            else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        # Chained exceptions, breadth first, without recursion: only the
        # outermost call walks them (the ones it makes share its _seen).
        queue = [] if is_recursive_call else [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if (e and e.__cause__ is not None
                    and id(e.__cause__) not in _seen):
                cause = TracebackException(
                    type(e.__cause__), e.__cause__,
                    e.__cause__.__traceback__, limit=limit,
                    lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            else:
                cause = None
            if compact:
                need_context = (cause is None and e is not None
                                and not e.__suppress_context__)
            else:
                need_context = True
            if (e and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(
                    type(e.__context__), e.__context__,
                    e.__context__.__traceback__, limit=limit,
                    lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            else:
                context = None
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = []
                for exc in e.exceptions:
                    texc = TracebackException(
                        type(exc), exc, exc.__traceback__, limit=limit,
                        lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                    exceptions.append(texc)
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
        self._limit = limit
        self._tb = exc_traceback

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._fields() == other._fields()
        return NotImplemented

    def _fields(self):
        return {k: v for k, v in self.__dict__.items()
                if k not in ("_exc_value", "_tb", "_limit")}

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        value = self._exc_value
        if (isinstance(value, BaseException) and type(value) is self.exc_type
                and issubclass(self.exc_type, SyntaxError)):
            # The interpreter's rendering of a SyntaxError's location,
            # split as CPython yields it.
            yield from _exception_only(value).splitlines(True)
            return
        stype = _exc_type_name(self.exc_type)
        if self._str:
            yield f"{stype}: {self._str}\n"
        else:
            yield f"{stype}\n"
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_str(note, "note")
                yield from [l + "\n" for l in note.split("\n")]
        elif notes is not None:
            yield _safe_str(notes, "__notes__", func=repr)

    def format(self, *, chain=True, _ctx=None):
        value = self._exc_value
        if (self.exceptions is not None or _has_group(self)) and chain \
                and isinstance(value, BaseException) \
                and self._tb is value.__traceback__ and self._limit is None:
            # Exception groups: the interpreter's boxed rendering.
            yield from _format_group(value, self.max_group_width,
                                     self.max_group_depth)
            return
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    msg, nxt = _cause_message, exc.__cause__
                elif (exc.__context__ is not None
                        and not exc.__suppress_context__):
                    msg, nxt = _context_message, exc.__context__
                else:
                    msg, nxt = None, None
                output.append((msg, exc))
                exc = nxt
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        file = _out(file)
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _has_group(te):
    seen = set()
    while te is not None and id(te) not in seen:
        seen.add(id(te))
        if te.exceptions is not None:
            return True
        te = te.__cause__ or (None if te.__suppress_context__
                              else te.__context__)
    return False


def format_exc(limit=None, chain=True):
    if limit is None and chain:
        return _native_format_exc()
    return "".join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    if limit is None and chain:
        return _native_print_exc(file=file)
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next
