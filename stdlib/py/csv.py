"""csv: reading and writing comma-separated values (whirl's own).

The reader is CPython's state machine over each character (quotes,
escapes, doubled quotes, newlines inside quoted fields); the writer quotes
a field when the dialect's quoting rule says so. Dialects are validated as
CPython validates them, with the same messages.
"""

import re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "__doc__",
           "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "Sniffer", "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


def field_size_limit(*args):
    """Sets (and returns the previous) or returns the field size limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """A set of formatting parameters for reading and writing CSV."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""

    delimiter = "\t"


class unix_dialect(Dialect):
    """The usual properties of a UNIX-generated CSV file."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {}


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__) if allow_none
                        else '"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_UNSET = object()
_PARAMETERS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
               "skipinitialspace", "strict")


class _Dialect:
    """The validated parameters a reader or writer uses (`_csv.Dialect`):
    each from the keyword arguments, else from the dialect object (None
    included), else the default. Read-only once made."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in kwargs:
            if name not in _PARAMETERS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                value = getattr(dialect, name, _UNSET)
                if value is not _UNSET:
                    return value
            return default

        set_ = object.__setattr__
        set_(self, "delimiter", _char("delimiter", pick("delimiter", ","), False))
        set_(self, "doublequote", bool(pick("doublequote", True)))
        set_(self, "escapechar", _char("escapechar", pick("escapechar", None), True))
        lineterminator = pick("lineterminator", "\r\n")
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, "quotechar", _char("quotechar", pick("quotechar", '"'), True))
        quoting = pick("quoting", _UNSET)
        if quoting is _UNSET:
            # No quoting asked for: none when there is no quote character.
            quoting = QUOTE_NONE if self.quotechar is None else QUOTE_MINIMAL
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        set_(self, "skipinitialspace", bool(pick("skipinitialspace", False)))
        set_(self, "strict", bool(pick("strict", False)))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        set_(self, "quoting", quoting)
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        set_(self, "lineterminator", lineterminator)

    def __setattr__(self, name, value):
        if name in _PARAMETERS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Dialect' instances")


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect under name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect")


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# Marks the end of each input line for the state machine (a real NUL is data).
_EOL = "\x00<end of line>"

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


def _readonly(self, value=None):
    raise AttributeError("readonly attribute")


class _Reader:
    def __init__(self, iterable, dialect="excel", **fmtparams):
        self._input = iter(iterable)
        self._dialect = _Dialect(dialect, **fmtparams)
        self._line_num = 0

    dialect = property(lambda self: self._dialect, _readonly, _readonly)
    line_num = property(lambda self: self._line_num, _readonly, _readonly)

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = _START_RECORD
        numeric = False

        def save_field():
            nonlocal field, numeric
            text = "".join(field)
            if numeric:
                numeric = False
                value = float(text)
            else:
                value = text
            fields.append(value)
            field = []

        def add_char(c):
            if len(field) >= _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            field.append(c)

        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if len(field) != 0 or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    save_field()
                    return fields
                if fields or state not in (_START_RECORD, _EAT_CRNL):
                    save_field()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self._line_num += 1
            for c in list(line) + [_EOL]:
                eol = c is _EOL
                if state == _START_RECORD:
                    if eol:
                        break
                    if c in "\n\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c in "\n\r" or eol:
                        save_field()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _IN_QUOTED_FIELD
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == " " and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        save_field()
                    else:
                        if d.quoting == QUOTE_NONNUMERIC:
                            numeric = True
                        add_char(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c in "\n\r":
                        add_char(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    if eol:
                        c = "\n"
                    add_char(c)
                    state = _IN_FIELD
                elif state == _AFTER_ESCAPED_CRNL:
                    if eol:
                        break
                    state = _IN_FIELD
                    if c in "\n\r" or eol:
                        save_field()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        save_field()
                        state = _START_FIELD
                    else:
                        add_char(c)
                elif state == _IN_FIELD:
                    if c in "\n\r" or eol:
                        save_field()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        save_field()
                        state = _START_FIELD
                    else:
                        add_char(c)
                elif state == _IN_QUOTED_FIELD:
                    if eol:
                        pass
                    elif c == d.escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                    else:
                        add_char(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    if eol:
                        c = "\n"
                    add_char(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        add_char(c)
                        state = _IN_QUOTED_FIELD
                    elif c == d.delimiter:
                        save_field()
                        state = _START_FIELD
                    elif c in "\n\r" or eol:
                        save_field()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif not d.strict:
                        add_char(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                elif state == _EAT_CRNL:
                    if c in "\n\r":
                        pass
                    elif eol:
                        state = _START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted field - do you need to open the file "
                                    "with newline=''?")
            if state == _START_RECORD:
                return fields


def _ctor_args(args, fmtparams):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    if len(args) > 1:
        if "dialect" in fmtparams:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        return args[0], args[1]
    return args[0], fmtparams.pop("dialect", None)


def reader(*args, **fmtparams):
    """reader(csvfile, dialect='excel', **fmtparams): an iterator over the
    rows (lists of strings) of csvfile."""
    csvfile, dialect = _ctor_args(args, fmtparams)
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    dialect = property(lambda self: self._dialect, _readonly, _readonly)
    def __init__(self, fileobj, dialect="excel", **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self._dialect = _Dialect(dialect, **fmtparams)

    def _join(self, row):
        d = self.dialect
        specials = {d.delimiter, "\r", "\n"}
        if d.quotechar is not None:
            specials.add(d.quotechar)
        if d.escapechar is not None:
            specials.add(d.escapechar)
        specials.update(d.lineterminator)
        out = []
        fields = list(row)
        for field in fields:
            quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
                if d.quoting == QUOTE_NONNUMERIC:
                    quoted = True
            elif isinstance(field, str):
                text = field
                if d.quoting == QUOTE_NONNUMERIC:
                    quoted = True
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
                if d.quoting == QUOTE_NONNUMERIC and not isinstance(field, (int, float)):
                    quoted = True
            out.append(self._quote(text, quoted, specials, len(fields) == 1))
        return d.delimiter.join(out) + d.lineterminator

    def _quote(self, text, quoted, specials, only_field):
        d = self.dialect
        chars = []
        need_quote = quoted
        for c in text:
            want_escape = False
            if c in specials:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        need_quote = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    chars.append(d.escapechar)
            chars.append(c)
        if not text and only_field:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            need_quote = True
        body = "".join(chars)
        if need_quote and d.quoting != QUOTE_NONE:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        """Writes one row; returns what the file's write returned."""
        try:
            iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        return self._write(self._join(row))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(*args, **fmtparams):
    """writer(csvfile, dialect='excel', **fmtparams): an object whose
    writerow writes rows to csvfile."""
    csvfile, dialect = _ctor_args(args, fmtparams)
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """Rows as dicts keyed by the first row (or the given fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        matches = []
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):
            try:
                regexp = re.compile(restr, re.DOTALL | re.MULTILINE)
                matches = regexp.findall(data)
            except Exception:
                matches = []
            if matches:
                break
        if not matches:
            return ("", False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            n = groupindex["quote"] - 1
            key = m[n]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                n = groupindex["delim"] - 1
                key = m[n]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                n = groupindex["space"] - 1
            except KeyError:
                continue
            if m[n]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        dq_regexp = re.compile(r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
                               % {"delim": re.escape(delim), "quote": quotechar}, re.MULTILINE)
        doublequote = bool(dq_regexp.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        data = list(filter(None, data.split("\n")))
        ascii = [chr(c) for c in range(127)]
        chunkLength = min(10, len(data))
        iteration = 0
        charFrequency = {}
        modes = {}
        delims = {}
        start, end = 0, chunkLength
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for char in ascii:
                    metaFrequency = charFrequency.get(char, {})
                    freq = line.count(char)
                    metaFrequency[freq] = metaFrequency.get(freq, 0) + 1
                    charFrequency[char] = metaFrequency
            for char in charFrequency.keys():
                items = list(charFrequency[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    modes[char] = max(items, key=lambda x: x[1])
                    items.remove(modes[char])
                    modes[char] = (modes[char][0], modes[char][1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            modeList = modes.items()
            total = float(min(chunkLength * iteration, len(data)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modeList:
                    if v[0] > 0 and v[1] > 0:
                        if (v[1] / total) >= consistency and (delimiters is None or k in delimiters):
                            delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = data[0].count(delim) == data[0].count("%c " % delim)
                return (delim, skipinitialspace)
            start = end
            end += chunkLength
        if not delims:
            return ("", 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = data[0].count(d) == data[0].count("%c " % d)
                    return (d, skipinitialspace)
        items = [(v, k) for (k, v) in delims.items()]
        items.sort()
        delim = items[-1][1]
        skipinitialspace = data[0].count(delim) == data[0].count("%c " % delim)
        return (delim, skipinitialspace)

    def has_header(self, sample):
        rdr = reader(sample.splitlines() if isinstance(sample, str) else sample, self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        columnTypes = {}
        for i in range(columns):
            columnTypes[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(columnTypes.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    thisType = len(row[col])
                if thisType != columnTypes[col]:
                    if columnTypes[col] is None:
                        columnTypes[col] = thisType
                    else:
                        del columnTypes[col]
        hasHeader = 0
        for col, colType in columnTypes.items():
            if isinstance(colType, int):
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else:
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1
        return hasHeader > 0
