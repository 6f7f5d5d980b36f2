# tornado.locale: get/get_closest, the default locale, CSV translations
# (plural forms, bad rows), and English formatting of dates, days, lists
# and numbers.
import datetime
import logging
import os
import sys
import tempfile

import tornado.locale as tl

logging.basicConfig(stream=sys.stdout, format="LOG %(levelname)s %(msg)s")

en = tl.get("en_US")
print(type(en).__name__, en.code, en.name, en.rtl)
print(tl.get().code, tl.get("xx", "en-us").code, tl.get("fr").code)
print(tl.LOCALE_NAMES["es_LA"]["name"], tl.LOCALE_NAMES["fr_FR"]["name_en"])

d = datetime.datetime(2013, 4, 28, 18, 35)
print(en.format_date(d, full_format=True))
print(en.format_date(d, full_format=True, shorter=True))
print(en.format_date(d, gmt_offset=120, full_format=True))
print(en.format_date(datetime.datetime(2013, 4, 28, 0, 5), full_format=True))
print(en.format_date(datetime.datetime(2013, 4, 28, 12, 0), full_format=True))
print(en.format_date(1367174100, full_format=True))
print(en.format_day(d), "|", en.format_day(d, dow=False), "|", en.format_day(d, gmt_offset=19 * 60))
now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
for delta in (datetime.timedelta(seconds=1), datetime.timedelta(seconds=5),
              datetime.timedelta(minutes=1), datetime.timedelta(minutes=20),
              datetime.timedelta(hours=1), datetime.timedelta(hours=5)):
    print(en.format_date(now - delta))
print(en.format_date(now - datetime.timedelta(days=400), shorter=True) == "%s %d, %d" % (
    en._months[(now - datetime.timedelta(days=400)).month - 1],
    (now - datetime.timedelta(days=400)).day, (now - datetime.timedelta(days=400)).year))
print(en.format_date(now - datetime.timedelta(days=1), shorter=True))
print(en.list([]), "|", en.list(["A"]), "|", en.list(["A", "B"]), "|", en.list(["A", "B", "C"]))
print(en.friendly_number(0), en.friendly_number(1000), en.friendly_number(1234567))
print(en.translate("school"), en.translate("file", "files", 1), en.translate("file", "files", 2))
print(en.pgettext("ctx", "right"))

with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, "fr_FR.csv"), "w", encoding="utf-8") as f:
        f.write('"school","\u00e9cole"\n')
        f.write('"%(name)s liked this","A %(name)s a aim\u00e9 \u00e7a","singular"\n')
        f.write('"%(name)s liked this","A %(name)s ont aim\u00e9 \u00e7a","plural"\n')
        f.write('"bad","row","weird"\n')
        f.write('"January","janvier"\n')
        f.write("\n")
    with open(os.path.join(root, "es.csv"), "wb") as f:
        f.write("\ufeff\"school\",\"escuela\"\n".encode("utf-8"))
    with open(os.path.join(root, "Not-A-Locale.csv"), "w") as f:
        f.write("x,y\n")
    with open(os.path.join(root, "readme.txt"), "w") as f:
        f.write("ignored")
    tl.Locale._cache = {}
    tl.load_translations(root)
    print(sorted(tl._supported_locales))
    fr = tl.get("fr_FR")
    print(type(fr).__name__, fr.name, fr.translate("school"))
    print(fr.translate("%(name)s liked this", "%(name)s liked this", 1) % {"name": "Ben"})
    print(fr.translate("%(name)s liked this", "%(name)s liked this", 3) % {"name": "Ben"})
    print(fr.translate("untranslated"), fr._months[0], fr.pgettext("c", "school"))
    print(fr.format_date(d, full_format=True), "|", fr.friendly_number(1234567))
    print(tl.get("es_MX").code, tl.get("es").translate("school"))
    print(tl.get("de_DE").code)
    tl.set_default_locale("fr_FR")
    print(tl.get("de_DE").code)
    tl.set_default_locale("en_US")
