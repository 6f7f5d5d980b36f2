"""locale: the C and C.UTF-8 locales (the POSIX locales every system
has). setlocale accepts "C", "POSIX", "C.UTF-8" (any spelling of the
codeset glibc accepts) and "" (the locale the environment names, when it
is one of those), and refuses others with locale.Error, as CPython does
on a system without them. In these locales numbers use '.' and no
grouping, and currency formatting is impossible."""

import sys

__all__ = [
    "getlocale",
    "getdefaultlocale",
    "getpreferredencoding",
    "Error",
    "setlocale",
    "resetlocale",
    "localeconv",
    "strcoll",
    "strxfrm",
    "str",
    "atof",
    "atoi",
    "format",
    "format_string",
    "currency",
    "normalize",
    "LC_CTYPE",
    "LC_COLLATE",
    "LC_TIME",
    "LC_MONETARY",
    "LC_NUMERIC",
    "LC_ALL",
    "LC_MESSAGES",
    "CHAR_MAX",
    "getencoding",
]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# glibc's categories in the order of its composite names; LC_ALL (6)
# stands for all of them.
_CATEGORY_NAMES = {
    0: "LC_CTYPE",
    1: "LC_NUMERIC",
    2: "LC_TIME",
    3: "LC_COLLATE",
    4: "LC_MONETARY",
    5: "LC_MESSAGES",
    7: "LC_PAPER",
    8: "LC_NAME",
    9: "LC_ADDRESS",
    10: "LC_TELEPHONE",
    11: "LC_MEASUREMENT",
    12: "LC_IDENTIFICATION",
}


def _known_name(name):
    """The name setlocale reports for locale `name`, or None when this
    system has no such locale."""
    if name in ("C", "POSIX"):
        return "C"
    if name.startswith("C.") and name[2:].lower().replace("-", "") == "utf8":
        return name
    return None


def _from_environment(category):
    import os

    for var in ("LC_ALL", _CATEGORY_NAMES[category], "LANG"):
        value = os.environ.get(var)
        if value:
            return value
    return "C"


class _Locales(dict):
    """The locale of each category. At start-up CPython sets LC_CTYPE from
    the environment, coercing the plain C locale to C.UTF-8 (PEP 538);
    that is read on first use, so that importing locale stays cheap."""

    def __missing__(self, category):
        if category != LC_CTYPE:
            raise KeyError(category)
        name = _known_name(_from_environment(LC_CTYPE))
        if name is None or name == "C":
            name = "C.UTF-8"
        self[LC_CTYPE] = name
        return name


_current = _Locales((c, "C") for c in _CATEGORY_NAMES if c != LC_CTYPE)


def _query(category):
    if category != LC_ALL:
        return _current[category]
    names = [_current[c] for c in _CATEGORY_NAMES]
    if all(n == names[0] for n in names):
        return names[0]
    return ";".join("%s=%s" % (_CATEGORY_NAMES[c], _current[c]) for c in _CATEGORY_NAMES)


def _setlocale(category, name=None):
    if not isinstance(category, int):
        index = getattr(type(category), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
        category = index(category)
    if name is None:
        if category != LC_ALL and category not in _CATEGORY_NAMES:
            raise Error("locale query failed")
        return _query(category)
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error("unsupported locale setting")
    targets = list(_CATEGORY_NAMES) if category == LC_ALL else [category]
    if name == "":
        chosen = {c: _known_name(_from_environment(c)) for c in targets}
        if None in chosen.values():
            raise Error("unsupported locale setting")
        _current.update(chosen)
        return _query(category)
    known = _known_name(name)
    if known is None:
        raise Error("unsupported locale setting")
    for c in targets:
        _current[c] = known
    return _query(category)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = "C"
        if encoding is None:
            return language
        return language + "." + encoding
    except (TypeError, ValueError):
        raise TypeError(
            "Locale must be None, a string, or an iterable of two strings -- language code, encoding."
        ) from None


def setlocale(category, locale=None):
    """Sets the locale of `category` (a name, or a (language, encoding)
    pair) and returns its name; with locale None only returns it."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def _parse_localename(localename):
    code = normalize(localename)
    if "@" in code:
        code, modifier = code.split("@", 1)
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        return tuple(code.split(".")[:2])
    if code == "C":
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError("unknown locale: %s" % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the locale of `category`."""
    name = _setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """(language code, encoding) of the locale the environment names."""
    import os
    import warnings

    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning,
        stacklevel=2,
    )
    for var in envvars:
        name = os.environ.get(var)
        if name:
            if var == "LANGUAGE":
                name = name.split(":")[0]
            break
    else:
        name = "C"
    return _parse_localename(name)


def resetlocale(category=LC_ALL):
    import warnings

    warnings.warn(
        "Use locale.setlocale(locale.LC_ALL, '') instead",
        DeprecationWarning,
        stacklevel=2,
    )
    _setlocale(category, "")


def getencoding():
    """The encoding of the LC_CTYPE locale."""
    return "ANSI_X3.4-1968" if _current[LC_CTYPE] == "C" else "UTF-8"


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: that of the environment's
    locale (C.UTF-8, to which CPython coerces the C locale), or with
    do_setlocale false that of the current LC_CTYPE locale."""
    if do_setlocale:
        return "UTF-8"
    return getencoding()


# Values tests put in place of the locale's conventions (CPython has the
# same hook).
_override_localeconv = {}


def localeconv():
    """The numeric and monetary conventions of the C locale."""
    conv = {
        "int_curr_symbol": "",
        "currency_symbol": "",
        "mon_decimal_point": "",
        "mon_thousands_sep": "",
        "mon_grouping": [],
        "positive_sign": "",
        "negative_sign": "",
        "int_frac_digits": CHAR_MAX,
        "frac_digits": CHAR_MAX,
        "p_cs_precedes": CHAR_MAX,
        "p_sep_by_space": CHAR_MAX,
        "n_cs_precedes": CHAR_MAX,
        "n_sep_by_space": CHAR_MAX,
        "p_sign_posn": CHAR_MAX,
        "n_sign_posn": CHAR_MAX,
        "decimal_point": ".",
        "thousands_sep": "",
        "grouping": [],
    }
    if _override_localeconv:
        conv.update(_override_localeconv)
    return conv


def strcoll(a, b):
    """Compares two strings by the collation order (code points in C)."""
    for i, arg in enumerate((a, b), 1):
        if not isinstance(arg, _builtin_str):
            raise TypeError("strcoll() argument %d must be str, not %s" % (i, type(arg).__name__))
        if "\0" in arg:
            raise ValueError("embedded null character")
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    if "\0" in s:
        raise ValueError("embedded null character")
    return s


# ----- numbers


def _grouping_intervals(grouping):
    """The sizes of the digit groups, right to left: a 0 repeats the last
    size for ever, CHAR_MAX ends the grouping."""
    last = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last is None:
                raise ValueError("invalid grouping")
            while True:
                yield last
        yield interval
        last = interval


def _group(s, monetary=False):
    """(s with its digits grouped, number of separator characters added)."""
    conv = localeconv()
    sep = conv["mon_thousands_sep" if monetary else "thousands_sep"]
    grouping = conv["mon_grouping" if monetary else "grouping"]
    if not grouping:
        return s, 0
    if s[-1] == " ":
        stripped = s.rstrip()
        right_spaces = s[len(stripped) :]
        s = stripped
    else:
        right_spaces = ""
    left_spaces = ""
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            # Only the sign and padding are left.
            left_spaces = s
            s = ""
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return left_spaces + sep.join(groups) + right_spaces, len(sep) * (len(groups) - 1)


def _strip_padding(s, amount):
    """s with up to `amount` padding spaces taken off its ends (to keep
    the width after separators were added)."""
    left = 0
    while amount and s[left] == " ":
        left += 1
        amount -= 1
    right = len(s) - 1
    while amount and s[right] == " ":
        right -= 1
        amount -= 1
    return s[left : right + 1]


def _localize(formatted, grouping=False, monetary=False):
    if "." in formatted:
        seps = 0
        parts = formatted.split(".")
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        point = localeconv()["mon_decimal_point" if monetary else "decimal_point"]
        formatted = point.join(parts)
    else:
        seps = 0
        if grouping:
            formatted, seps = _group(formatted, monetary=monetary)
    if seps:
        formatted = _strip_padding(formatted, seps)
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in "eEfFgGdiu":
        formatted = _localize(formatted, grouping, monetary)
    return formatted


_percent_re = None


def _percent_pattern():
    global _percent_re
    if _percent_re is None:
        import re

        _percent_re = re.compile(
            r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]"
        )
    return _percent_re


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with each number formatted by the locale's conventions."""
    pattern = _percent_pattern()
    percents = list(pattern.finditer(f))
    new_f = pattern.sub("%s", f)
    from collections.abc import Mapping

    parts = []
    if isinstance(val, Mapping):
        for perc in percents:
            if perc.group()[-1] == "%":
                parts.append("%")
            else:
                parts.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for perc in percents:
            if perc.group()[-1] == "%":
                parts.append("%")
                continue
            stars = perc.group("modifiers").count("*")
            parts.append(_format(perc.group(), val[i], grouping, monetary, *val[i + 1 : i + 1 + stars]))
            i += 1 + stars
    return new_f % tuple(parts)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string with exactly one % conversion."""
    import warnings

    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning,
        stacklevel=2,
    )
    match = _percent_pattern().match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(
            ("format() must be given exactly one %%char format specifier, %s not valid") % repr(percent)
        )
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """`val` formatted as money in the locale's conventions."""
    conv = localeconv()
    digits = conv["int_frac_digits" if international else "frac_digits"]
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    s = _localize("%.*f" % (digits, abs(val)), grouping, monetary=True)
    # '<' and '>' mark the ends of the number for the sign positions.
    s = "<" + s + ">"
    negative = val < 0
    if symbol:
        smb = conv["int_curr_symbol" if international else "currency_symbol"]
        precedes = conv["n_cs_precedes" if negative else "p_cs_precedes"]
        separated = conv["n_sep_by_space" if negative else "p_sep_by_space"]
        if precedes:
            s = smb + (" " if separated else "") + s
        else:
            if international and smb[-1] == " ":
                smb = smb[:-1]
            s = s + (" " if separated else "") + smb
    sign_pos = conv["n_sign_posn" if negative else "p_sign_posn"]
    sign = conv["negative_sign" if negative else "positive_sign"]
    if sign_pos == 0:
        s = "(" + s + ")"
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace("<", sign)
    elif sign_pos == 4:
        s = s.replace(">", sign)
    else:
        s = sign + s
    return s.replace("<", "").replace(">", "")


def str(val):
    """`val` as str() shows a float, by the locale's conventions."""
    return _format("%.12g", val)


def delocalize(string):
    """`string` with the locale's separators made Python's."""
    conv = localeconv()
    if conv["thousands_sep"]:
        string = string.replace(conv["thousands_sep"], "")
    if conv["decimal_point"]:
        string = string.replace(conv["decimal_point"], ".")
    return string


def localize(string, grouping=False, monetary=False):
    """A number's string with the locale's separators."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# ----- nl_langinfo (glibc's item numbers and the C locale's answers)

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(
    ABMON_1,
    ABMON_2,
    ABMON_3,
    ABMON_4,
    ABMON_5,
    ABMON_6,
    ABMON_7,
    ABMON_8,
    ABMON_9,
    ABMON_10,
    ABMON_11,
    ABMON_12,
) = range(131086, 131098)
MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12 = range(
    131098, 131110
)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_LANGINFO = {
    RADIXCHAR: ".",
    THOUSEP: "",
    AM_STR: "AM",
    PM_STR: "PM",
    D_T_FMT: "%a %b %e %H:%M:%S %Y",
    D_FMT: "%m/%d/%y",
    T_FMT: "%H:%M:%S",
    T_FMT_AMPM: "%I:%M:%S %p",
    ERA: "",
    ERA_D_FMT: "",
    ALT_DIGITS: "",
    ERA_D_T_FMT: "",
    ERA_T_FMT: "",
    CRNCYSTR: "-",
    YESEXPR: "^[yY]",
    NOEXPR: "^[nN]",
}
for _i, _name in enumerate(("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")):
    _LANGINFO[ABDAY_1 + _i] = _name
for _i, _name in enumerate(("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")):
    _LANGINFO[DAY_1 + _i] = _name
for _i, _name in enumerate(
    (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
):
    _LANGINFO[MON_1 + _i] = _name
    _LANGINFO[ABMON_1 + _i] = _name[:3]
del _i, _name


def nl_langinfo(key):
    """An item of the locale's data (CODESET, D_T_FMT, DAY_1, ...)."""
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except (KeyError, TypeError):
        if not isinstance(key, int):
            raise TypeError("an integer is required") from None
        raise ValueError("unsupported langinfo constant") from None


# ----- normalize: locale names to the form setlocale takes


def __getattr__(name):
    if name in ("locale_alias", "locale_encoding_alias"):
        import _locale_alias

        return getattr(_locale_alias, name)
    raise AttributeError("module 'locale' has no attribute %r" % name)


def _replace_encoding(code, encoding):
    import _locale_alias

    if "." in code:
        langname = code[: code.index(".")]
    else:
        langname = code
    # Runs of punctuation become one '_' (as encodings.normalize_encoding).
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    norm = "".join(chars)
    norm = _locale_alias.encoding_names.get(norm.lower(), norm)
    encoding = norm
    table = _locale_alias.locale_encoding_alias
    if norm.lower() in table:
        encoding = table[norm.lower()]
    else:
        squeezed = norm.lower().replace("_", "").replace("-", "")
        if squeezed in table:
            encoding = table[squeezed]
    return langname + "." + encoding


def _append_modifier(code, modifier):
    if modifier == "euro":
        if "." not in code:
            return code + ".ISO8859-15"
        _, _, encoding = code.partition(".")
        if encoding in ("ISO8859-15", "UTF-8"):
            return code
        if encoding == "ISO8859-1":
            return _replace_encoding(code, "ISO8859-15")
    return code + "@" + modifier


def normalize(localename):
    """The full name setlocale would take for `localename` ("en" is
    "en_US.ISO8859-1", "de_DE.utf8" is "de_DE.UTF-8"), by X11's alias
    table; names it does not know come back unchanged."""
    from _locale_alias import locale_alias

    code = localename.lower()
    if ":" in code:
        code = code.replace(":", ".")
    if "@" in code:
        code, modifier = code.split("@", 1)
    else:
        modifier = ""
    if "." in code:
        langname, encoding = code.split(".")[:2]
    else:
        langname = code
        encoding = ""
    lang_enc = langname
    if encoding:
        lang_enc += "." + encoding.replace("-", "").replace("_", "")
    lookup = lang_enc + ("@" + modifier if modifier else "")
    found = locale_alias.get(lookup)
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if "@" not in found:
                return _append_modifier(found, modifier)
            if found.split("@", 1)[1].lower() == modifier:
                return found
    if encoding:
        lookup = langname + ("@" + modifier if modifier else "")
        found = locale_alias.get(lookup)
        if found is not None:
            if "@" not in found:
                return _replace_encoding(found, encoding)
            found, found_modifier = found.split("@", 1)
            return _replace_encoding(found, encoding) + "@" + found_modifier
        if modifier:
            found = locale_alias.get(langname)
            if found is not None:
                if "@" not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                found, default_modifier = found.split("@", 1)
                if default_modifier.lower() == modifier:
                    return _replace_encoding(found, encoding) + "@" + default_modifier
    return localename
