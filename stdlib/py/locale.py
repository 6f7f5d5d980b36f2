"""locale: the C locale only. whirl runs every program in the "C" locale
with UTF-8 text; setlocale accepts "C", "POSIX" and "" (which also mean
that locale) and refuses others with locale.Error, as CPython does for a
locale the system lacks."""

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


def setlocale(category, locale=None):
    if not isinstance(category, int) or not 0 <= category <= 6:
        raise Error("unsupported locale setting")
    if locale is None or locale in ("", "C", "POSIX"):
        return "C"
    if not isinstance(locale, str):
        locale = ".".join(locale)
    if locale in ("C.UTF-8", "C.utf8"):
        return locale
    raise Error("unsupported locale setting")


def getlocale(category=LC_CTYPE):
    return (None, None)


def getpreferredencoding(do_setlocale=True):
    return "UTF-8"


def getencoding():
    return "UTF-8"


def localeconv():
    return {
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


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s
