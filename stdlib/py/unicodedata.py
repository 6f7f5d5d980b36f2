"""unicodedata: the Unicode character database, version 14.0 (the one
CPython 3.11 uses): names, categories, bidirectional classes, combining
classes, widths, numeric values, decompositions and the normalization
forms NFC, NFD, NFKC and NFKD. The lookups are native (_unicodedata);
this module checks arguments and reports errors as CPython does.

ucd_3_2_0 (the Unicode 3.2 database IDNA uses in CPython) answers from
the 14.0 data here."""

import _unicodedata

unidata_version = "14.0.0"

_MISSING = object()


def _type_name(obj):
    # CPython's argument errors say "not None" rather than "not NoneType".
    return "None" if obj is None else type(obj).__name__


def _code_point(func, chr, numbered=True):
    if not isinstance(chr, str) or len(chr) != 1:
        raise TypeError(
            "%s() argument %smust be a unicode character, not %s"
            % (func, "1 " if numbered else "", _type_name(chr))
        )
    return ord(chr)


def _form_and_text(func, form, unistr):
    if not isinstance(form, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (func, _type_name(form)))
    if not isinstance(unistr, str):
        raise TypeError("%s() argument 2 must be str, not %s" % (func, _type_name(unistr)))
    return form, unistr


def category(chr, /):
    """The general category of chr, such as 'Lu' or 'Nd'."""
    return _unicodedata.category(_code_point("category", chr, False))


def bidirectional(chr, /):
    """The bidirectional class of chr ('' if it has none)."""
    return _unicodedata.bidirectional(_code_point("bidirectional", chr, False))


def combining(chr, /):
    """The canonical combining class of chr (0 if it has none)."""
    return _unicodedata.combining(_code_point("combining", chr, False))


def east_asian_width(chr, /):
    """The East Asian width of chr: F, H, W, Na, A or N."""
    return _unicodedata.east_asian_width(_code_point("east_asian_width", chr, False))


def mirrored(chr, /):
    """1 if chr is mirrored in bidirectional text, else 0."""
    return _unicodedata.mirrored(_code_point("mirrored", chr, False))


def decomposition(chr, /):
    """The decomposition mapping of chr as a string of hex code points,
    with its <tag> when it is a compatibility mapping ('' if none)."""
    return _unicodedata.decomposition(_code_point("decomposition", chr, False))


def _numeric(func, chr, default, which, error):
    info = _unicodedata.numeric_info(_code_point(func, chr))
    value = None if info is None else info[which]
    if value is None:
        if default is _MISSING:
            raise ValueError(error)
        return default
    return value


def decimal(chr, default=_MISSING, /):
    """The decimal digit value of chr."""
    return _numeric("decimal", chr, default, 0, "not a decimal")


def digit(chr, default=_MISSING, /):
    """The digit value of chr."""
    return _numeric("digit", chr, default, 1, "not a digit")


def numeric(chr, default=_MISSING, /):
    """The numeric value of chr, as a float."""
    return _numeric("numeric", chr, default, 2, "not a numeric character")


def name(chr, default=_MISSING, /):
    """The name of chr."""
    found = _unicodedata.name(_code_point("name", chr))
    if found is None:
        if default is _MISSING:
            raise ValueError("no such name")
        return default
    return found


def lookup(name, /):
    """The character whose name (or name alias) is `name`, in any case."""
    if isinstance(name, (bytes, bytearray)):
        text = bytes(name).decode("latin-1")
    elif isinstance(name, str):
        text = name
    else:
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    if len(text) > 256:
        raise KeyError("name too long")
    cp = _unicodedata.lookup(text)
    if cp is None:
        raise KeyError("undefined character name '%s'" % text)
    return chr(cp)


def normalize(form, unistr, /):
    """unistr in normalization form `form` ('NFC', 'NFD', 'NFKC' or 'NFKD')."""
    form, unistr = _form_and_text("normalize", form, unistr)
    return _unicodedata.normalize(form, unistr)


def is_normalized(form, unistr, /):
    """Whether unistr is already in normalization form `form`."""
    form, unistr = _form_and_text("is_normalized", form, unistr)
    return _unicodedata.is_normalized(form, unistr)


class UCD:
    """A version of the database, with the module's functions as methods."""

    def __init__(self, version):
        self.unidata_version = version

    def __repr__(self):
        return "<unicodedata.UCD object>"


for _f in (
    category,
    bidirectional,
    combining,
    east_asian_width,
    mirrored,
    decomposition,
    decimal,
    digit,
    numeric,
    name,
    lookup,
    normalize,
    is_normalized,
):
    setattr(UCD, _f.__name__, staticmethod(_f))
del _f

ucd_3_2_0 = UCD("3.2.0")
