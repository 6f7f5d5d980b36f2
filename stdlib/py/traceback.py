"""traceback: extracting, formatting and printing stack traces.

Whole exceptions are formatted natively (`_traceback`, the text the
interpreter prints for an uncaught one); the functions taking traceback
and frame objects build `FrameSummary` lists here, and format each entry
with the interpreter's own entry formatting (source line and carets).
"""

import sys
from _traceback import (
    format_exc,
    print_exc,
    format_exception,
    format_exception_only,
    _format_frame,
    _getline,
)

__all__ = [
    "extract_stack", "extract_tb", "format_exception", "format_exception_only",
    "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
    "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
    "FrameSummary", "StackSummary", "walk_stack", "walk_tb",
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
        f = sys._getframe(1).f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_positions(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def _stack_positions(frame_gen):
    # As CPython's: entries of stacks (not tracebacks) have no columns,
    # so no carets.
    for f, lineno in frame_gen:
        yield f, lineno, -1


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(items)
    if limit >= 0:
        out = []
        if limit == 0:
            return out
        for item in items:
            out.append(item)
            if len(out) >= limit:
                break
        return out
    out = list(items)
    return out[len(out) + limit:] if -limit < len(out) else out


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        return klass._extract(_stack_positions(frame_gen), limit,
                              lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, positions, limit, lookup_lines, capture_locals):
        result = klass()
        for f, lineno, lasti in _limited(positions, limit):
            code = f.f_code
            fs = FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None)
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


def print_exception(exc, value=None, tb=None, limit=None, file=None,
                    chain=True):
    if value is not None:
        exc = value
    file = _out(file)
    for line in format_exception(exc):
        print(line, file=file, end="")


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    while tb is not None:
        tb.tb_frame.clear()
        tb = tb.tb_next
