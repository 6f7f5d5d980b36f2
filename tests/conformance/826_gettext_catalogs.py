# gettext: .mo catalogs (both byte orders) with metadata, plural forms and
# contexts; translation()/find() over a locale directory; fallbacks;
# install; the module-level domain functions; broken files.
import builtins
import gettext
import io
import os
import struct
import sys
import tempfile


def mo_bytes(messages, big_endian=False, version=0):
    """A .mo file holding `messages` ({msgid: msgstr}, sorted by id)."""
    order = ">" if big_endian else "<"
    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        kb = k.encode("utf-8")
        vb = messages[k].encode("utf-8")
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b"\0"
        strs += vb + b"\0"
    start = 7 * 4 + 16 * len(keys)
    table1 = b""
    table2 = b""
    for o1, l1, o2, l2 in offsets:
        table1 += struct.pack(order + "II", l1, start + o1)
        table2 += struct.pack(order + "II", l2, start + len(ids) + o2)
    header = struct.pack(order + "Iiiiiii", 0x950412DE, version, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return header + table1 + table2 + ids + strs


HEADER = (
    "Project-Id-Version: demo 1.0\n"
    "Language: pl\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"
    "X-Long: first\n"
    " continued\n"
)
PL = {
    "": HEADER,
    "Hello": "Cześć",
    "file\0files": "plik\0pliki\0plików",
    "menu\x04Open": "Otwórz (menu)",
    "Open": "Otwórz",
    "ctx\x04apple\0apples": "jabłko\0jabłka\0jabłek",
}
DE = {"": "Content-Type: text/plain; charset=UTF-8\n", "Hello": "Hallo", "Bye": "Tschüss"}

t = gettext.GNUTranslations(io.BytesIO(mo_bytes(PL)))
print(t.gettext("Hello"), t.gettext("Missing"), t.charset(), sorted(t.info()))
print(repr(t.info()["x-long"]), t.info()["language"])
for n in (0, 1, 2, 4, 5, 12, 22, 25, 101):
    print(n, t.ngettext("file", "files", n), t.npgettext("ctx", "apple", "apples", n))
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.gettext("Open"))
print(t.ngettext("dog", "dogs", 1), t.ngettext("dog", "dogs", 3), t.npgettext("c", "dog", "dogs", 1))
print(t.gettext("file"), t.plural(3), t.plural(5))

be = gettext.GNUTranslations(io.BytesIO(mo_bytes(DE, big_endian=True)))
print(be.gettext("Hello"), be.gettext("Bye"), be.ngettext("x", "y", 2), be.plural(1), be.plural(0))
t.add_fallback(be)
print(t.gettext("Bye"), t.gettext("Nothing"), t.pgettext("c", "Bye"))

null = gettext.NullTranslations()
print(null.gettext("a"), null.ngettext("a", "b", 1), null.ngettext("a", "b", 0), null.pgettext("c", "m"), null.npgettext("c", "a", "b", 2))
print(null.info(), null.charset())
null.add_fallback(gettext.GNUTranslations(io.BytesIO(mo_bytes(DE))))
print(null.gettext("Hello"))

for data, label in [
    (b"\x00\x00\x00\x00" + bytes(20), "bad magic"),
    (mo_bytes(DE, version=5 << 16), "bad version"),
    (mo_bytes(DE)[:40], "truncated"),
]:
    try:
        gettext.GNUTranslations(io.BytesIO(data))
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, repr(e.filename))
    except Exception as e:
        print(label, type(e).__name__, e)

with tempfile.TemporaryDirectory() as root:
    for lang, msgs in [("pl", PL), ("de", DE), ("de_AT", {"Hello": "Servus"})]:
        os.makedirs(os.path.join(root, lang, "LC_MESSAGES"))
        with open(os.path.join(root, lang, "LC_MESSAGES", "demo.mo"), "wb") as f:
            f.write(mo_bytes(msgs))
    rel = lambda p: None if p is None else os.path.relpath(p, root)
    print(rel(gettext.find("demo", root, ["pl"])), rel(gettext.find("demo", root, ["xx"])))
    print([rel(p) for p in gettext.find("demo", root, ["de_AT", "pl"], all=True)])
    print(gettext.find("demo", root, ["C", "pl"]), gettext.find("nope", root, ["de"], all=True))
    tr = gettext.translation("demo", root, languages=["de_AT", "pl"])
    print(type(tr).__name__, tr.gettext("Hello"), tr.gettext("Bye"), tr.ngettext("file", "files", 3))
    tr2 = gettext.translation("demo", root, languages=["de_AT"])
    print(tr2.gettext("Hello"), tr2.gettext("Bye"), tr2 is tr)
    print(type(gettext.translation("nope", root, ["de"], fallback=True)).__name__)
    try:
        gettext.translation("nope", root, ["de"])
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)

    class Mine(gettext.GNUTranslations):
        pass

    print(type(gettext.translation("demo", root, ["pl"], class_=Mine)).__name__)
    gettext.translation("demo", root, ["pl"]).install(names=["ngettext", "pgettext"])
    print(_("Hello"), ngettext("file", "files", 2), pgettext("menu", "Open"))
    del builtins._, builtins.ngettext, builtins.pgettext
    print(gettext.bindtextdomain("demo", root) == root, gettext.bindtextdomain("other") == os.path.join(sys.base_prefix, "share", "locale"))
    print(gettext.textdomain(), gettext.textdomain("demo"), gettext.textdomain())
    os.environ["LANGUAGE"] = "pl:de"
    print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 5), gettext.pgettext("menu", "Open"), gettext.npgettext("ctx", "apple", "apples", 2))
    print(gettext.dgettext("demo", "Bye"), gettext.dngettext("demo", "a", "b", 1), gettext.dgettext("nope", "Hello"), gettext.dngettext("nope", "a", "b", 2))
    print(gettext.dpgettext("nope", "c", "m"), gettext.dnpgettext("nope", "c", "a", "b", 1))
    gettext.install("demo", root)
    print(_("Hello"))
    del builtins._
    gettext.textdomain("messages")
    del os.environ["LANGUAGE"]
print(gettext.Catalog is gettext.translation, sorted(gettext.__all__))
