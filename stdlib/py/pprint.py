"""Pretty-printing of Python data structures, whirl's own.

The layout is CPython's: an object whose repr fits in the room left on the
line is written as its repr; otherwise dicts, lists, tuples, sets, strings
and bytes (and a few collections types) are split one item a line, each
item indented under the opening bracket, strings cut at word boundaries
into adjacent literals.
"""

import builtins as _builtins
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object, keeping dicts in insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders values that may not be comparable with each other: those fall
    back to ordering by type name, then identity."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Collect:
    # A minimal text sink for pformat.
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)


_scalars = {str, bytes, float, bool, type(None)}
# Types whirl may not have yet.
for _name in ('complex', 'bytearray'):
    if hasattr(_builtins, _name):
        _scalars.add(getattr(_builtins, _name))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        sink = _Collect()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        room = self._width - indent - allowance
        if len(rep) > room:
            handler = _handler_for(type(object))
            if handler is not None:
                context[key] = 1
                handler(self, object, stream, indent, allowance, context,
                        level + 1)
                del context[key]
                return
            if _is_plain_dataclass(object):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance,
                                       context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        name = type(object).__name__
        indent += len(name) + 1
        from dataclasses import fields
        items = [(f.name, getattr(object, f.name)) for f in fields(object)
                 if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context,
                           level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context,
                      level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end),
                           context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object)
        if cls is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(cls.__name__ + '({')
            end = '})'
            indent += len(cls.__name__) + 1
        object = sorted(object, key=_SafeKey)
        self._format_items(object, stream, indent, allowance + len(end),
                           context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = room_first = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            last_line = i == len(lines) - 1
            if last_line:
                room_first -= allowance
            if len(rep) <= room_first:
                chunks.append(rep)
                continue
            # Cut the line after runs of whitespace: each part is a run of
            # non-spaces followed by the spaces after it.
            parts = _word_parts(line)
            room_here = room
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and last_line:
                    room_here -= allowance
                if len(repr(candidate)) > room_here:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context,
                      level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write('(')
        between = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(between)
            write(rep)
            if not between:
                between = '\n' + ' ' * indent
        if parens:
            write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10,
                           allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance,
                                context, level):
        if type(object).__name__ == 'SimpleNamespace' and \
                type(object).__module__ == 'types':
            name = 'namespace'
        else:
            name = type(object).__name__
        indent += len(name) + 1
        items = object.__dict__.items()
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance,
                                     context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        write = stream.write
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        items = list(items)
        last_at = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_at
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        write = stream.write
        newline = ',\n' + ' ' * indent
        items = list(items)
        last_at = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_at
            write(key)
            write('=')
            if id(value) in context:
                # Recursion here is shown as '...' like the repr does.
                write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _format_items(self, items, stream, indent, allowance, context,
                      level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        between = ''
        width = room = self._width - indent + 1
        it = iter(items)
        try:
            following = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(it)
            except StopIteration:
                last = True
                room -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = room
                    if between:
                        between = newline
                if width >= needed:
                    width -= needed
                    write(between)
                    between = ', '
                    write(rep)
                    continue
            write(between)
            between = newline
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context,
                      level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2,
                               context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            limit = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, limit))

    def _safe_repr(self, object, context, maxlevels, level):
        # Returns (repr string, readable by eval, contains a cycle).
        typ = type(object)
        if typ in _scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels,
                                                       level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels,
                                                       level)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(parts), readable, recursive
        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                shape = "[%s]"
            elif len(object) == 1:
                shape = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                shape = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return shape % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                irepr, ireadable, irecur = self.format(item, context,
                                                       maxlevels, level)
                parts.append(irepr)
                if not ireadable:
                    readable = False
                if irecur:
                    recursive = True
            del context[key]
            return shape % ", ".join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False


def _word_parts(line):
    # 'ab  cd e' -> ['ab  ', 'cd ', 'e']
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _wrap_bytes_repr(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _is_plain_dataclass(object):
    # A dataclass instance whose repr is the generated one.
    cls = type(object)
    if isinstance(object, type) or not hasattr(cls, '__dataclass_fields__'):
        return False
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or not getattr(params, 'repr', False):
        return False
    wrapped = getattr(cls.__repr__, '__wrapped__', None)
    return wrapped is not None and '__create_fn__' in getattr(
        wrapped, '__qualname__', '')


_handlers = []


def _handler_for(cls):
    r = getattr(cls, '__repr__', None)
    for known, handler in _handlers:
        if r is known:
            return handler
    return None


def _register_handlers():
    P = PrettyPrinter
    _handlers.append((dict.__repr__, P._pprint_dict))
    _handlers.append((list.__repr__, P._pprint_list))
    _handlers.append((tuple.__repr__, P._pprint_tuple))
    _handlers.append((set.__repr__, P._pprint_set))
    _handlers.append((frozenset.__repr__, P._pprint_set))
    _handlers.append((str.__repr__, P._pprint_str))
    _handlers.append((bytes.__repr__, P._pprint_bytes))
    if hasattr(_builtins, 'bytearray'):
        _handlers.append((_builtins.bytearray.__repr__, P._pprint_bytearray))
    try:
        import collections
    except ImportError:
        return
    for name, handler in (('OrderedDict', P._pprint_ordered_dict),
                          ('defaultdict', P._pprint_default_dict),
                          ('Counter', P._pprint_counter),
                          ('deque', P._pprint_deque)):
        cls = getattr(collections, name, None)
        if cls is not None:
            r = getattr(cls, '__repr__', None)
            # Only when the type has a repr of its own (not dict's).
            if r is not None and r is not dict.__repr__:
                _handlers.append((r, handler))


_register_handlers()
