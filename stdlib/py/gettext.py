"""gettext: message catalogs. NullTranslations passes messages through;
GNUTranslations reads a GNU .mo file (either byte order) with its
metadata, plural forms and message contexts; translation() and find()
look catalogs up under localedir/<language>/LC_MESSAGES/<domain>.mo for
the languages of $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG."""

import os
import sys

__all__ = [
    "NullTranslations",
    "GNUTranslations",
    "Catalog",
    "bindtextdomain",
    "find",
    "translation",
    "install",
    "textdomain",
    "dgettext",
    "dngettext",
    "gettext",
    "ngettext",
    "pgettext",
    "dpgettext",
    "npgettext",
    "dnpgettext",
]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")


# ----- plural forms: the C expression of a catalog's Plural-Forms header


class _PluralParser:
    """Reads a C expression over `n` (integers, n, ! * / % + - < > <= >=
    == != && || ?: and parentheses) into a function of n. As in C,
    comparisons give 0 or 1 and associate to the left; && and || give
    one of their operands. As in CPython, which reads the expression as
    Python, ! binds looser than comparisons (!n==1 is !(n==1)) and may
    not stand right of a comparison or arithmetic operator."""

    _MAX_PARENS = 20
    _MAX_CONDITIONALS = 21

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.token = None
        self.parens = 0
        self.conditionals = 0
        self.misplaced_not = False
        self.advance()

    def advance(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \t":
            self.pos += 1
        if self.pos == len(text):
            self.token = None
            return
        start = self.pos
        c = text[start]
        if c.isalnum() or c == "_":
            # A word: n or a number, anything else is refused whole.
            end = start
            while end < len(text) and (text[end].isalnum() or text[end] == "_"):
                end += 1
            word = text[start:end]
            if word != "n" and not (word.isdigit() and word.isascii()):
                raise ValueError("invalid token in plural form: %s" % word)
        elif text.startswith(("==", "!=", "<=", ">=", "&&", "||"), start):
            end = start + 2
        elif c in "!<>?:()+-*/%":
            end = start + 1
        else:
            raise ValueError("invalid token in plural form: %s" % c)
        self.token = text[start:end]
        self.pos = end

    def unexpected(self):
        if self.token is None:
            return ValueError("unexpected end of plural form")
        return ValueError("unexpected token in plural form: %s" % self.token)

    def parse(self):
        expr = self.conditional()
        if self.token is not None:
            raise self.unexpected()
        if self.misplaced_not:
            raise SyntaxError("invalid syntax", ("<string>", 5, 1, self.text))
        return expr

    def conditional(self):
        cond = self.binary(0)
        if self.token != "?":
            return cond
        self.advance()
        self.conditionals += 1
        if self.conditionals > self._MAX_CONDITIONALS:
            raise ValueError("plural form expression is too complex")
        then = self.conditional()
        self.conditionals -= 1
        if self.token != ":":
            raise self.unexpected()
        self.advance()
        otherwise = self.conditional()
        return lambda n: then(n) if cond(n) else otherwise(n)

    # Binary operators, loosest first.
    _LEVELS = (
        ("||",),
        ("&&",),
        ("==", "!="),
        ("<", ">", "<=", ">="),
        ("+", "-"),
        ("*", "/", "%"),
    )

    def binary(self, level):
        if level == len(self._LEVELS):
            return self.primary()
        if level == 2 and self.token == "!":
            self.advance()
            operand = self.binary(2)
            return lambda n: int(not operand(n))
        left = self.binary(level + 1)
        while self.token in self._LEVELS[level]:
            op = self.token
            self.advance()
            left = self._combine(op, left, self.binary(level + 1))
        return left

    @staticmethod
    def _combine(op, a, b):
        if op == "||":
            return lambda n: a(n) or b(n)
        if op == "&&":
            return lambda n: a(n) and b(n)
        if op == "==":
            return lambda n: int(a(n) == b(n))
        if op == "!=":
            return lambda n: int(a(n) != b(n))
        if op == "<":
            return lambda n: int(a(n) < b(n))
        if op == ">":
            return lambda n: int(a(n) > b(n))
        if op == "<=":
            return lambda n: int(a(n) <= b(n))
        if op == ">=":
            return lambda n: int(a(n) >= b(n))
        if op == "+":
            return lambda n: a(n) + b(n)
        if op == "-":
            return lambda n: a(n) - b(n)
        if op == "*":
            return lambda n: a(n) * b(n)
        if op == "/":
            return lambda n: a(n) // b(n)
        return lambda n: a(n) % b(n)

    def primary(self):
        token = self.token
        if token == "(":
            self.parens += 1
            if self.parens > self._MAX_PARENS:
                raise ValueError("plural form expression is too complex")
            self.advance()
            inner = self.conditional()
            if self.token != ")":
                raise ValueError("unbalanced parenthesis in plural form")
            self.parens -= 1
            self.advance()
            return inner
        if token == "n":
            self.advance()
            return lambda n: n
        if token is not None and token.isdigit():
            self.advance()
            value = int(token)
            return lambda n: value
        if token == "!":
            # Valid C, but CPython's Python reading of it fails once the
            # whole expression has been read.
            self.misplaced_not = True
            self.advance()
            return self.primary()
        raise self.unexpected()


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError("Plural value must be an integer, got %s" % (n.__class__.__name__,)) from None
    import warnings

    warnings.warn(
        "Plural value must be an integer, got %s" % (n.__class__.__name__,),
        DeprecationWarning,
        4,
    )
    return n


def c2py(plural):
    """The function of n that the C plural-forms expression computes."""
    if len(plural) > 1000:
        raise ValueError("plural form expression is too long")
    expr = _PluralParser(plural).parse()

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(expr(n))

    return func


# ----- languages


def _expand_lang(loc):
    """The names to look a catalog up by for locale `loc`, most specific
    first: language[_territory][.codeset][@modifier] and its shortenings."""
    import locale

    loc = locale.normalize(loc)
    modifier = territory = codeset = ""
    at = loc.find("@")
    if at >= 0:
        loc, modifier = loc[:at], loc[at:]
    dot = loc.find(".")
    if dot >= 0:
        loc, codeset = loc[:dot], loc[dot:]
    underscore = loc.find("_")
    if underscore >= 0:
        loc, territory = loc[:underscore], loc[underscore:]
    # Bit 0 codeset, bit 1 territory, bit 2 modifier: each subset of the
    # parts present, fewest parts last.
    present = (1 if codeset else 0) | (2 if territory else 0) | (4 if modifier else 0)
    names = []
    for mask in range(present + 1):
        if mask & ~present:
            continue
        name = loc
        if mask & 2:
            name += territory
        if mask & 1:
            name += codeset
        if mask & 4:
            name += modifier
        names.append(name)
    names.reverse()
    return names


# ----- catalogs


class NullTranslations:
    """A catalog without messages: every lookup goes to the fallback, or
    returns the message itself (the plural chosen by n == 1)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        """Appends `fallback` to the end of the chain of catalogs."""
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Makes `_` (and the functions named in `names`) builtins."""
        import builtins

        builtins.__dict__["_"] = self.gettext
        if names is not None:
            for name in ("gettext", "ngettext", "npgettext", "pgettext"):
                if name in names:
                    builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU gettext .mo file."""

    LE_MAGIC = 0x950412DE
    BE_MAGIC = 0xDE120495
    # A message with a context is stored as context + "\x04" + message.
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xFFFF)

    def _parse(self, fp):
        from struct import unpack

        filename = getattr(fp, "name", "")
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack("<I", buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = "<"
        elif magic == self.BE_MAGIC:
            order = ">"
        else:
            raise OSError(0, "Bad magic number", filename)
        version, msgcount, masteridx, transidx = unpack(order + "4I", buf[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major), filename)
        pair = order + "II"
        for _ in range(msgcount):
            mlen, moff = unpack(pair, buf[masteridx : masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(pair, buf[transidx : transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, "File is corrupt", filename)
            if mlen == 0:
                self._parse_metadata(tmsg)
            charset = self._charset or "ascii"
            if b"\x00" in msg:
                msgid1, msgid2 = msg.split(b"\x00")
                msgid1 = str(msgid1, charset)
                for i, form in enumerate(tmsg.split(b"\x00")):
                    catalog[(msgid1, i)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def _parse_metadata(self, tmsg):
        """The headers of the catalog (the translation of ""): its
        charset and plural forms among them."""
        last = None
        for raw in tmsg.split(b"\n"):
            item = raw.decode().strip()
            if not item:
                continue
            # Lines msgcat puts between merged headers.
            if item.startswith("#-#-#-#-#") and item.endswith("#-#-#-#-#"):
                continue
            key = value = None
            if ":" in item:
                key, value = item.split(":", 1)
                key = key.strip().lower()
                value = value.strip()
                self._info[key] = value
                last = key
            elif last:
                self._info[last] += "\n" + item
            if key == "content-type":
                self._charset = value.split("charset=")[1]
            elif key == "plural-forms":
                plural = value.split(";")[1].split("plural=")[1]
                self.plural = c2py(plural)

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(key, missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[key, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo file of `domain` for the first language that
    has one (with all=True a list of them all); None (or []) if none."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var)
            if value:
                languages = value.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    names = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in names:
                names.append(name)
    found = [] if all else None
    for name in names:
        if name == "C":
            break
        mofile = os.path.join(localedir, name, "LC_MESSAGES", "%s.mo" % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            found.append(mofile)
    return found


# Catalogs read so far, by (class, absolute path); translation() hands out
# shallow copies so that fallbacks added to one do not leak to others.
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalog of `domain` for the languages found, the others chained
    as its fallbacks; NullTranslations() if none is found and `fallback`,
    else FileNotFoundError."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT

        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    import copy

    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, "rb") as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    """Sets (when given) and returns the domain of gettext() and friends."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Sets (when given) and returns the directory of `domain`'s catalogs."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
