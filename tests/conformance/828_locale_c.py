# locale in the C and C.UTF-8 locales: setlocale/getlocale per category,
# refused locales, localeconv, number formatting and parsing, currency,
# nl_langinfo, normalize.
import locale as L

print(L.setlocale(L.LC_ALL, "C"), L.setlocale(L.LC_ALL), L.getlocale(), L.getlocale(L.LC_ALL))
for args in [
    (L.LC_NUMERIC, "POSIX"), (L.LC_ALL, "C.utf8"), (L.LC_ALL, "C.UTF-8"), (L.LC_TIME, "C.utf-8"),
    (L.LC_NUMERIC, "C"), (L.LC_ALL, None), (L.LC_MONETARY, None),
]:
    print(args, repr(L.setlocale(*args)), L.getlocale(), L.getlocale(L.LC_TIME), L.getlocale(L.LC_NUMERIC))
print(L.setlocale(L.LC_ALL))
try:
    L.getlocale(L.LC_ALL)
except TypeError as e:
    print(type(e).__name__, e)
for args in [
    (99, "C"), (-1, None), (L.LC_ALL, "xx_YY"), (L.LC_ALL, ("C", "UTF-8")),
    (L.LC_ALL, ("en_US", "UTF-8")), (L.LC_ALL, 5), (L.LC_TIME, "c.utf8"), ("x", "C"),
    (L.LC_ALL, ("a", "b", "c")),
]:
    try:
        print(args, L.setlocale(*args))
    except (L.Error, TypeError) as e:
        print(args, type(e).__name__, e)
print(issubclass(L.Error, Exception), L.setlocale(L.LC_ALL, "C"))

conv = L.localeconv()
print(sorted(conv.items()))
print(L.str(3.14159265358979), L.str(1e20), L.str(-0.0), L.str(10))
print(L.format_string("%5.1f|%-6d|%s|%%|%x", (2.25, 3, "q", 255)))
print(L.format_string("%(a)s-%(b)05.1f", {"a": 1, "b": 2.5}), L.format_string("%d", 12345, True))
print(L.format_string("%*d|%.*f", (5, 42, 2, 3.14159)), L.format_string("%e", 12345.678, grouping=True, monetary=True))
for f, v in [("%d %d", (1,)), ("%s", ()), ("%z", 1), ("%.2f", "x")]:
    try:
        print(L.format_string(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
print(L.atof("1e3"), L.atof("-2.5"), L.atoi("-42"), L.atof("7", int), L.localize("12345.678"), L.localize("1234", True), L.delocalize("1,5"))
for f in [lambda: L.atoi("1.5"), lambda: L.atof("abc"), lambda: L.currency(12.5), lambda: L.currency(-1, international=True),
          lambda: L.nl_langinfo(12345678), lambda: L.strcoll("a", 1), lambda: L.strcoll(1, "a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(L.strcoll("a", "b"), L.strcoll("b", "a"), L.strcoll("a", "a"), L.strxfrm("abc"))
print(L.getencoding(), L.getpreferredencoding(False), L.nl_langinfo(L.CODESET))
L.setlocale(L.LC_CTYPE, "C.UTF-8")
print(L.getencoding(), L.getpreferredencoding(False), L.nl_langinfo(L.CODESET), L.getlocale())
L.setlocale(L.LC_ALL, "C")
items = ["D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "AM_STR", "PM_STR", "RADIXCHAR", "THOUSEP", "YESEXPR", "NOEXPR", "CRNCYSTR", "ERA", "ALT_DIGITS"]
print([(name, getattr(L, name), L.nl_langinfo(getattr(L, name))) for name in items])
print([L.nl_langinfo(getattr(L, "DAY_%d" % i)) for i in range(1, 8)], [L.nl_langinfo(getattr(L, "ABDAY_%d" % i)) for i in range(1, 8)])
print([L.nl_langinfo(getattr(L, "MON_%d" % i)) for i in range(1, 13)], [L.nl_langinfo(getattr(L, "ABMON_%d" % i)) for i in range(1, 13)])
print(sorted(L.__all__), L.CHAR_MAX, L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL)
for n in [
    "en", "en_US", "en_us.utf8", "C", "POSIX", "de_DE@euro", "fr", "xx", "ja_JP.eucjp", "C.UTF-8",
    "zh_CN", "en_US.UTF-8@x", "de_DE.ISO-8859-1", "sr_RS@latin", "uk_ua.koi8u", "ca_ES@valencia",
    "de.utf-8@euro", "english", "en_GB.iso885915", "ru_RU.cp1251", "pt_br", "EN_us.UTF-8", "nb_NO", "es:UTF-8",
]:
    print(n, L.normalize(n))
print(len(L.locale_alias) > 500, L.locale_alias["en"], L.locale_encoding_alias["utf8"])
