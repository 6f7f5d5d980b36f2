"""tornado.locale: translations and locale-aware formatting, as Tornado 6.

`get("fr_FR", "en")` gives the closest supported Locale. Translations come
from a directory of CSV files (`load_translations`: rows of english,
translation[, plural|singular]) or of gettext catalogues
(`load_gettext_translations`: <dir>/<lang>/LC_MESSAGES/<domain>.mo). A
Locale translates (`translate`, `pgettext`) and formats dates, days, lists
and numbers in its language's words.

whirl has no `gettext` module: compiled .mo catalogues are read here
(`_MoCatalog`), with the Plural-Forms rule of their header.
"""

import csv
import datetime
import glob
import os
import re

from tornado import escape
from tornado.log import gen_log

__all__ = [
    "get",
    "set_default_locale",
    "load_translations",
    "load_gettext_translations",
    "Locale",
    "CSVLocale",
    "GettextLocale",
    "LOCALE_NAMES",
]

_default_locale = "en_US"
_translations = {}
_supported_locales = frozenset([_default_locale])
_use_gettext = False
CONTEXT_SEPARATOR = "\x04"


def get(*locale_codes):
    """The closest match among the supported locales to the codes given
    (most preferred first), else the default locale."""
    return Locale.get_closest(*locale_codes)


def set_default_locale(code):
    """Makes `code` the locale used when no requested one is supported."""
    global _default_locale, _supported_locales
    _default_locale = code
    _supported_locales = frozenset(list(_translations.keys()) + [_default_locale])


_BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def load_translations(directory, encoding=None):
    """Loads the `<locale>.csv` files of `directory` (e.g. es_GT.csv).
    Each row is `english, translation[, plural|singular]`; a file is read
    in `encoding`, else as UTF-16 when it starts with a UTF-16 byte order
    mark, else as UTF-8 (a UTF-8 mark allowed)."""
    global _translations, _supported_locales
    _translations = {}
    for path in os.listdir(directory):
        if not path.endswith(".csv"):
            continue
        locale, extension = path.split(".")
        if not re.match("[a-z]+(_[A-Z]+)?$", locale):
            gen_log.error("Unrecognized locale %r (path: %s)", locale, os.path.join(directory, path))
            continue
        full_path = os.path.join(directory, path)
        file_encoding = encoding
        if file_encoding is None:
            with open(full_path, "rb") as bf:
                start = bf.read(2)
            file_encoding = "utf-16" if start in _BOMS_UTF16 else "utf-8-sig"
        with open(full_path, encoding=file_encoding) as f:
            _translations[locale] = {}
            for i, row in enumerate(csv.reader(f)):
                if not row or len(row) < 2:
                    continue
                row = [escape.to_unicode(c).strip() for c in row]
                english, translation = row[:2]
                if len(row) > 2:
                    plural = row[2] or "unknown"
                else:
                    plural = "unknown"
                if plural not in ("plural", "singular", "unknown"):
                    gen_log.error("Unrecognized plural indicator %r in %s line %d", plural, path, i + 1)
                    continue
                _translations[locale].setdefault(plural, {})[english] = translation
    _supported_locales = frozenset(list(_translations.keys()) + [_default_locale])
    gen_log.debug("Supported locales: %s", sorted(_supported_locales))


def load_gettext_translations(directory, domain):
    """Loads the gettext catalogues `<directory>/<lang>/LC_MESSAGES/<domain>.mo`."""
    global _translations, _supported_locales, _use_gettext
    _translations = {}
    for filename in glob.glob(os.path.join(directory, "*", "LC_MESSAGES", domain + ".mo")):
        lang = os.path.basename(os.path.dirname(os.path.dirname(filename)))
        try:
            _translations[lang] = _load_catalog(directory, domain, lang)
        except Exception as e:
            gen_log.error("Cannot load translation for '%s': %s", lang, str(e))
            continue
    _supported_locales = frozenset(list(_translations.keys()) + [_default_locale])
    _use_gettext = True
    gen_log.debug("Supported locales: %s", sorted(_supported_locales))


def get_supported_locales():
    """The codes of the locales translations were loaded for, and the default."""
    return _supported_locales


def _load_catalog(directory, domain, lang):
    try:
        import gettext
    except ImportError:
        path = os.path.join(directory, lang, "LC_MESSAGES", domain + ".mo")
        with open(path, "rb") as f:
            return _MoCatalog(f.read())
    return gettext.translation(domain, directory, languages=[lang])


class _MoCatalog:
    """A compiled GNU gettext catalogue (.mo): `gettext` and `ngettext`."""

    def __init__(self, data):
        import struct

        magic = struct.unpack("<I", data[:4])[0]
        if magic == 0x950412DE:
            order = "<"
        elif magic == 0xDE120495:
            order = ">"
        else:
            raise OSError("Bad magic number in .mo file")
        count, originals, translations = struct.unpack(order + "3I", data[8:20])
        self._messages = {}
        self._plurals = {}
        charset = "utf-8"
        entries = []
        for i in range(count):
            olen, ooff = struct.unpack(order + "2I", data[originals + 8 * i: originals + 8 * i + 8])
            tlen, toff = struct.unpack(order + "2I", data[translations + 8 * i: translations + 8 * i + 8])
            entries.append((data[ooff:ooff + olen], data[toff:toff + tlen]))
        self._plural_rule = lambda n: int(n != 1)
        for msgid, msgstr in entries:
            if msgid == b"":
                header = msgstr.decode("utf-8", "replace")
                for line in header.split("\n"):
                    key, _, value = line.partition(":")
                    key = key.strip().lower()
                    if key == "content-type" and "charset=" in value:
                        charset = value.split("charset=")[1].strip()
                    elif key == "plural-forms":
                        self._plural_rule = _plural_rule(value)
        for msgid, msgstr in entries:
            if b"\x00" in msgid:
                singular, plural = msgid.split(b"\x00", 1)
                forms = [s.decode(charset) for s in msgstr.split(b"\x00")]
                self._plurals[singular.decode(charset)] = forms
            else:
                self._messages[msgid.decode(charset)] = msgstr.decode(charset)

    def gettext(self, message):
        return self._messages.get(message, message)

    def ngettext(self, singular, plural, n):
        forms = self._plurals.get(singular)
        if forms is None:
            return singular if n == 1 else plural
        index = self._plural_rule(n)
        if 0 <= index < len(forms):
            return forms[index]
        return singular if n == 1 else plural


def _plural_rule(forms):
    """The plural-index function of a Plural-Forms header value such as
    `nplurals=2; plural=(n > 1);` (a C expression of n)."""
    m = re.search(r"plural\s*=\s*([^;]+)", forms)
    if m is None:
        return lambda n: int(n != 1)
    expr = m.group(1).strip()
    if not re.fullmatch(r"[n0-9\s()<>=!&|%+*/?:-]+", expr):
        return lambda n: int(n != 1)
    if "?" in expr:
        expr = _ternary_to_python(expr)
    expr = expr.replace("&&", " and ").replace("||", " or ")
    expr = re.sub(r"!(?!=)", " not ", expr).replace("/", "//")
    try:
        code = compile(expr, "<plural-forms>", "eval")
    except SyntaxError:
        return lambda n: int(n != 1)
    return lambda n: int(eval(code, {"__builtins__": {}}, {"n": n}))


def _ternary_to_python(expr):
    """`c ? a : b` (right associative, as C) as `(a if c else b)`."""
    depth = 0
    for i, ch in enumerate(expr):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "?" and depth == 0:
            cond = expr[:i]
            rest = expr[i + 1:]
            d = 0
            nested = 0
            for j, c in enumerate(rest):
                if c == "(":
                    d += 1
                elif c == ")":
                    d -= 1
                elif c == "?" and d == 0:
                    nested += 1
                elif c == ":" and d == 0:
                    if nested == 0:
                        return "((%s) if (%s) else (%s))" % (
                            _ternary_to_python(rest[:j]),
                            cond,
                            _ternary_to_python(rest[j + 1:]),
                        )
                    nested -= 1
            return expr
    stripped = expr.strip()
    if stripped.startswith("(") and stripped.endswith(")") and "?" in stripped:
        return "(" + _ternary_to_python(stripped[1:-1]) + ")"
    return expr


class Locale:
    """A language: translations (`translate`) and formatting in it. Get one
    with `tornado.locale.get()` or `Locale.get(code)`."""

    _cache = {}

    @classmethod
    def get_closest(cls, *locale_codes):
        """The best match among the supported locales for codes such as
        "en-us" or "fr_FR" (most preferred first)."""
        for code in locale_codes:
            if not code:
                continue
            code = code.replace("-", "_")
            parts = code.split("_")
            if len(parts) > 2:
                continue
            elif len(parts) == 2:
                code = parts[0].lower() + "_" + parts[1].upper()
            if code in _supported_locales:
                return cls.get(code)
            if parts[0].lower() in _supported_locales:
                return cls.get(parts[0].lower())
        return cls.get(_default_locale)

    @classmethod
    def get(cls, code):
        """The Locale of `code`, which must be supported."""
        if code not in cls._cache:
            assert code in _supported_locales
            translations = _translations.get(code, None)
            if translations is None:
                locale = CSVLocale(code, {})
            elif _use_gettext:
                locale = GettextLocale(code, translations)
            else:
                locale = CSVLocale(code, translations)
            cls._cache[code] = locale
        return cls._cache[code]

    def __init__(self, code):
        self.code = code
        self.name = LOCALE_NAMES.get(code, {}).get("name", "Unknown")
        self.rtl = False
        for prefix in ["fa", "ar", "he"]:
            if self.code.startswith(prefix):
                self.rtl = True
                break
        _ = self.translate
        self._months = [
            _("January"), _("February"), _("March"), _("April"), _("May"), _("June"),
            _("July"), _("August"), _("September"), _("October"), _("November"), _("December"),
        ]
        self._weekdays = [
            _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"),
            _("Friday"), _("Saturday"), _("Sunday"),
        ]

    def translate(self, message, plural_message=None, count=None):
        """The translation of `message`; with `plural_message` and `count`,
        of the form that count takes."""
        raise NotImplementedError()

    def pgettext(self, context, message, plural_message=None, count=None):
        raise NotImplementedError()

    def format_date(self, date, gmt_offset=0, relative=True, shorter=False, full_format=False):
        """`date` (a datetime or a UNIX timestamp, UTC) as words: "2 minutes
        ago", "yesterday at 5:32 pm", "March 3 at 1:04 pm", or in full
        ("March 3, 2012 at 1:04 pm"). `gmt_offset` is the reader's offset
        from UTC in minutes."""
        if isinstance(date, (int, float)):
            date = datetime.datetime.fromtimestamp(date, datetime.timezone.utc).replace(tzinfo=None)
        if date.tzinfo is not None:
            date = date.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
        if date > now:
            if relative and date - now < datetime.timedelta(seconds=60):
                # Clocks differ a little: a date just ahead is "now".
                date = now
            else:
                full_format = True
        local_date = date - datetime.timedelta(minutes=gmt_offset)
        local_now = now - datetime.timedelta(minutes=gmt_offset)
        local_yesterday = local_now - datetime.timedelta(hours=24)
        difference = now - date
        seconds = difference.seconds
        days = difference.days

        _ = self.translate
        format = None
        if not full_format:
            if relative and days == 0:
                if seconds < 50:
                    return _("1 second ago", "%(seconds)d seconds ago", seconds) % {"seconds": seconds}
                if seconds < 50 * 60:
                    minutes = round(seconds / 60.0)
                    return _("1 minute ago", "%(minutes)d minutes ago", minutes) % {"minutes": minutes}
                hours = round(seconds / (60.0 * 60))
                return _("1 hour ago", "%(hours)d hours ago", hours) % {"hours": hours}
            if days == 0:
                format = _("%(time)s")
            elif days == 1 and local_date.day == local_yesterday.day and relative:
                format = _("yesterday") if shorter else _("yesterday at %(time)s")
            elif days < 5:
                format = _("%(weekday)s") if shorter else _("%(weekday)s at %(time)s")
            elif days < 334:  # under 11 months: the year goes without saying
                format = _("%(month_name)s %(day)s") if shorter else _("%(month_name)s %(day)s at %(time)s")
        if format is None:
            format = (
                _("%(month_name)s %(day)s, %(year)s")
                if shorter
                else _("%(month_name)s %(day)s, %(year)s at %(time)s")
            )
        tfhour_clock = self.code not in ("en", "en_US", "zh_CN")
        if tfhour_clock:
            str_time = "%d:%02d" % (local_date.hour, local_date.minute)
        elif self.code == "zh_CN":
            str_time = "%s%d:%02d" % (
                ("\u4e0a\u5348", "\u4e0b\u5348")[local_date.hour >= 12],
                local_date.hour % 12 or 12,
                local_date.minute,
            )
        else:
            str_time = "%d:%02d %s" % (
                local_date.hour % 12 or 12,
                local_date.minute,
                ("am", "pm")[local_date.hour >= 12],
            )
        return format % {
            "month_name": self._months[local_date.month - 1],
            "weekday": self._weekdays[local_date.weekday()],
            "day": str(local_date.day),
            "year": str(local_date.year),
            "time": str_time,
        }

    def format_day(self, date, gmt_offset=0, dow=True):
        """The day of `date` as "Monday, January 22" (or "January 22"
        without `dow`)."""
        local_date = date - datetime.timedelta(minutes=gmt_offset)
        _ = self.translate
        if dow:
            return _("%(weekday)s, %(month_name)s %(day)s") % {
                "month_name": self._months[local_date.month - 1],
                "weekday": self._weekdays[local_date.weekday()],
                "day": str(local_date.day),
            }
        return _("%(month_name)s %(day)s") % {
            "month_name": self._months[local_date.month - 1],
            "day": str(local_date.day),
        }

    def list(self, parts):
        """The parts as a list in words: "A, B and C"."""
        _ = self.translate
        if len(parts) == 0:
            return ""
        if len(parts) == 1:
            return parts[0]
        comma = " \u0648 " if self.code.startswith("fa") else ", "
        return _("%(commas)s and %(last)s") % {
            "commas": comma.join(parts[:-1]),
            "last": parts[len(parts) - 1],
        }

    def friendly_number(self, value):
        """An integer with thousands separators (English only)."""
        if self.code not in ("en", "en_US"):
            return str(value)
        s = str(value)
        parts = []
        while s:
            parts.append(s[-3:])
            s = s[:-3]
        return ",".join(reversed(parts))


class CSVLocale(Locale):
    """A locale whose translations came from a CSV file."""

    def __init__(self, code, translations):
        self.translations = translations
        super().__init__(code)

    def translate(self, message, plural_message=None, count=None):
        if plural_message is not None:
            assert count is not None
            if count != 1:
                message = plural_message
                message_dict = self.translations.get("plural", {})
            else:
                message_dict = self.translations.get("singular", {})
        else:
            message_dict = self.translations.get("unknown", {})
        return message_dict.get(message, message)

    def pgettext(self, context, message, plural_message=None, count=None):
        if self.translations:
            gen_log.warning("pgettext is not supported by CSVLocale")
        return self.translate(message, plural_message, count)


class GettextLocale(Locale):
    """A locale whose translations came from a gettext catalogue."""

    def __init__(self, code, translations):
        self.ngettext = translations.ngettext
        self.gettext = translations.gettext
        super().__init__(code)

    def translate(self, message, plural_message=None, count=None):
        if plural_message is not None:
            assert count is not None
            return self.ngettext(message, plural_message, count)
        return self.gettext(message)

    def pgettext(self, context, message, plural_message=None, count=None):
        """A translation of `message` in `context` (gettext's msgctxt),
        falling back to the message without context."""
        if plural_message is not None:
            assert count is not None
            result = self.ngettext(
                "%s%s%s" % (context, CONTEXT_SEPARATOR, message),
                "%s%s%s" % (context, CONTEXT_SEPARATOR, plural_message),
                count,
            )
            if CONTEXT_SEPARATOR in result:
                result = self.ngettext(message, plural_message, count)
            return result
        result = self.gettext("%s%s%s" % (context, CONTEXT_SEPARATOR, message))
        if CONTEXT_SEPARATOR in result:
            result = message
        return result


# The languages and their names, in English and in themselves.
LOCALE_NAMES = {
    "af_ZA": {"name_en": "Afrikaans", "name": "Afrikaans"},
    "ar_AR": {"name_en": "Arabic", "name": "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"},
    "bg_BG": {"name_en": "Bulgarian", "name": "\u0411\u044a\u043b\u0433\u0430\u0440\u0441\u043a\u0438"},
    "bn_IN": {"name_en": "Bengali", "name": "\u09ac\u09be\u0982\u09b2\u09be"},
    "bs_BA": {"name_en": "Bosnian", "name": "Bosanski"},
    "ca_ES": {"name_en": "Catalan", "name": "Catal\u00e0"},
    "cs_CZ": {"name_en": "Czech", "name": "\u010ce\u0161tina"},
    "cy_GB": {"name_en": "Welsh", "name": "Cymraeg"},
    "da_DK": {"name_en": "Danish", "name": "Dansk"},
    "de_DE": {"name_en": "German", "name": "Deutsch"},
    "el_GR": {"name_en": "Greek", "name": "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac"},
    "en_GB": {"name_en": "English (UK)", "name": "English (UK)"},
    "en_US": {"name_en": "English (US)", "name": "English (US)"},
    "es_ES": {"name_en": "Spanish (Spain)", "name": "Espa\u00f1ol (Espa\u00f1a)"},
    "es_LA": {"name_en": "Spanish", "name": "Espa\u00f1ol"},
    "et_EE": {"name_en": "Estonian", "name": "Eesti"},
    "eu_ES": {"name_en": "Basque", "name": "Euskara"},
    "fa_IR": {"name_en": "Persian", "name": "\u0641\u0627\u0631\u0633\u06cc"},
    "fi_FI": {"name_en": "Finnish", "name": "Suomi"},
    "fr_CA": {"name_en": "French (Canada)", "name": "Fran\u00e7ais (Canada)"},
    "fr_FR": {"name_en": "French", "name": "Fran\u00e7ais"},
    "ga_IE": {"name_en": "Irish", "name": "Gaeilge"},
    "gl_ES": {"name_en": "Galician", "name": "Galego"},
    "he_IL": {"name_en": "Hebrew", "name": "\u05e2\u05d1\u05e8\u05d9\u05ea"},
    "hi_IN": {"name_en": "Hindi", "name": "\u0939\u093f\u0928\u094d\u0926\u0940"},
    "hr_HR": {"name_en": "Croatian", "name": "Hrvatski"},
    "hu_HU": {"name_en": "Hungarian", "name": "Magyar"},
    "id_ID": {"name_en": "Indonesian", "name": "Bahasa Indonesia"},
    "is_IS": {"name_en": "Icelandic", "name": "\u00cdslenska"},
    "it_IT": {"name_en": "Italian", "name": "Italiano"},
    "ja_JP": {"name_en": "Japanese", "name": "\u65e5\u672c\u8a9e"},
    "ko_KR": {"name_en": "Korean", "name": "\ud55c\uad6d\uc5b4"},
    "lt_LT": {"name_en": "Lithuanian", "name": "Lietuvi\u0173"},
    "lv_LV": {"name_en": "Latvian", "name": "Latvie\u0161u"},
    "mk_MK": {"name_en": "Macedonian", "name": "\u041c\u0430\u043a\u0435\u0434\u043e\u043d\u0441\u043a\u0438"},
    "ml_IN": {"name_en": "Malayalam", "name": "\u0d2e\u0d32\u0d2f\u0d3e\u0d33\u0d02"},
    "ms_MY": {"name_en": "Malay", "name": "Bahasa Melayu"},
    "nb_NO": {"name_en": "Norwegian (bokmal)", "name": "Norsk (bokm\u00e5l)"},
    "nl_NL": {"name_en": "Dutch", "name": "Nederlands"},
    "nn_NO": {"name_en": "Norwegian (nynorsk)", "name": "Norsk (nynorsk)"},
    "pa_IN": {"name_en": "Punjabi", "name": "\u0a2a\u0a70\u0a1c\u0a3e\u0a2c\u0a40"},
    "pl_PL": {"name_en": "Polish", "name": "Polski"},
    "pt_BR": {"name_en": "Portuguese (Brazil)", "name": "Portugu\u00eas (Brasil)"},
    "pt_PT": {"name_en": "Portuguese (Portugal)", "name": "Portugu\u00eas (Portugal)"},
    "ro_RO": {"name_en": "Romanian", "name": "Rom\u00e2n\u0103"},
    "ru_RU": {"name_en": "Russian", "name": "\u0420\u0443\u0441\u0441\u043a\u0438\u0439"},
    "sk_SK": {"name_en": "Slovak", "name": "Sloven\u010dina"},
    "sl_SI": {"name_en": "Slovenian", "name": "Sloven\u0161\u010dina"},
    "sq_AL": {"name_en": "Albanian", "name": "Shqip"},
    "sr_RS": {"name_en": "Serbian", "name": "\u0421\u0440\u043f\u0441\u043a\u0438"},
    "sv_SE": {"name_en": "Swedish", "name": "Svenska"},
    "sw_KE": {"name_en": "Swahili", "name": "Kiswahili"},
    "ta_IN": {"name_en": "Tamil", "name": "\u0ba4\u0bae\u0bbf\u0bb4\u0bcd"},
    "te_IN": {"name_en": "Telugu", "name": "\u0c24\u0c46\u0c32\u0c41\u0c17\u0c41"},
    "th_TH": {"name_en": "Thai", "name": "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22"},
    "tl_PH": {"name_en": "Filipino", "name": "Filipino"},
    "tr_TR": {"name_en": "Turkish", "name": "T\u00fcrk\u00e7e"},
    "uk_UA": {"name_en": "Ukrainian", "name": "\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430"},
    "vi_VN": {"name_en": "Vietnamese", "name": "Ti\u1ebfng Vi\u1ec7t"},
    "zh_CN": {"name_en": "Chinese (Simplified)", "name": "\u4e2d\u6587(\u7b80\u4f53)"},
    "zh_TW": {"name_en": "Chinese (Traditional)", "name": "\u4e2d\u6587(\u7e41\u9ad4)"},
}
