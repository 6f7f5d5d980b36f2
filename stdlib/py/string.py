"""Common string constants, capwords, Template and Formatter; whirl's own."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join them back with sep."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class _Layered:
    # Keyword arguments looked up before the mapping (what substitute's
    # `mapping, **kws` means).
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


_no_mapping = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # Identifiers are ASCII only even though IGNORECASE is on.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    @classmethod
    def __init_subclass__(cls):
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (
                '%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                % (delim, delim, ident, braced))
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        at = mo.start('invalid')
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            column = 1
            line = 1
        else:
            column = at - len(''.join(lines[:-1]))
            line = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, column))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_no_mapping, /, **kws):
        if mapping is _no_mapping:
            mapping = kws
        elif kws:
            mapping = _Layered(kws, mapping)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return str(mapping[name])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        if mapping is _no_mapping:
            mapping = kws
        elif kws:
            mapping = _Layered(kws, mapping)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        names = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return names


Template.__init_subclass__()


# ---- Formatter -----------------------------------------------------------

def _parse_format(text):
    # Split a format string into (literal, field name, spec, conversion)
    # the way str.format reads it.
    size = len(text)
    at = 0
    while at < size:
        literal_start = at
        field = None
        while at < size:
            c = text[at]
            if c == '{' or c == '}':
                break
            at += 1
        literal = text[literal_start:at]
        if at >= size:
            yield (literal, None, None, None)
            return
        c = text[at]
        at += 1
        if at < size and text[at] == c:
            # '{{' or '}}': the brace belongs to the literal.
            yield (literal + c, None, None, None)
            at += 1
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if at >= size:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field. Its name may hold anything between brackets;
        # its format spec may nest braces.
        start = at
        while at < size:
            ch = text[at]
            if ch == '[':
                while at < size and text[at] != ']':
                    at += 1
                continue
            if ch == '{':
                raise ValueError("unexpected '{' in field name")
            if ch == '}' or ch == ':' or ch == '!':
                break
            at += 1
        if at >= size:
            raise ValueError("expected '}' before end of string")
        name = text[start:at]
        conversion = None
        ch = text[at]
        at += 1
        if ch == '!':
            if at >= size:
                raise ValueError(
                    "end of string while looking for conversion specifier")
            conversion = text[at]
            at += 1
            if at >= size:
                raise ValueError("unmatched '{' in format spec")
            ch = text[at]
            at += 1
            if ch != ':' and ch != '}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if ch == ':':
            depth = 1
            spec_start = at
            while at < size:
                c2 = text[at]
                if c2 == '{':
                    depth += 1
                elif c2 == '}':
                    depth -= 1
                    if depth == 0:
                        break
                at += 1
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = text[spec_start:at]
            at += 1
        yield (literal, name, spec, conversion)


def _split_field_name(name):
    # 'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)). The rest is
    # read lazily, as str.format does: a malformed tail is only reported
    # once the lookups before it succeeded.
    size = len(name)
    i = 0
    while i < size and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_name_rest(name, i)


def _field_name_rest(name, i):
    size = len(name)
    while i < size:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < size and name[i] not in '.[':
                i += 1
            attr = name[start:i]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield (True, attr)
        elif c == '[':
            start = i
            while i < size and name[i] != ']':
                i += 1
            if i >= size:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            if not key:
                raise ValueError("Empty attribute in format string")
            i += 1
            if key.isdigit() and key.isascii():
                key = int(key)
            yield (False, key)
        else:
            raise ValueError(
                "Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                name = str(auto_arg_index)
                auto_arg_index += 1
            elif name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(
                spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
