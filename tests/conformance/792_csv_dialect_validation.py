# csv: how reader/writer/Dialect check their parameters, and read-only
# dialect attributes.
import copy
import csv
from io import StringIO


class BadIterable:
    def __iter__(self):
        raise OSError("no iterating")


for ctor, arg in ((csv.reader, []), (csv.writer, StringIO())):
    cases = [((), {}), ((None,), {}), ((arg,), dict(bad_attr=0)), ((arg,), dict(delimiter=0)),
             ((arg,), dict(delimiter="XX")), ((arg, "foo"), {}), ((arg,), dict(delimiter=None)),
             ((arg,), dict(quotechar=1)), ((arg,), dict(lineterminator=None)),
             ((arg,), dict(lineterminator=1)), ((arg,), dict(quoting=None)),
             ((arg,), dict(quoting=csv.QUOTE_ALL, quotechar="")),
             ((arg,), dict(quoting=csv.QUOTE_ALL, quotechar=None)),
             ((arg,), dict(quoting=csv.QUOTE_NONE, quotechar="")),
             ((arg,), dict(quoting=csv.QUOTE_NONE, quotechar=None)),
             ((arg,), dict(escapechar="ab")), ((arg,), dict(escapechar=5)), ((arg,), dict(delimiter="")),
             ((arg,), dict(quoting=17)), ((arg,), dict(strict=None, doublequote=0)), ((arg, "excel", 3), {}),
             ((arg,), dict(quotechar=None)), ((arg,), dict(dialect="excel-tab")),
             ((arg, "unix"), dict(dialect="excel"))]
    for a, k in cases:
        try:
            obj = ctor(*a, **k)
            d = obj.dialect
            print("ok", k, repr(d.delimiter), d.doublequote, d.quotechar, d.quoting, d.strict)
        except (TypeError, csv.Error) as e:
            print(type(e).__name__, e)
try:
    csv.reader(BadIterable())
except OSError as e:
    print(type(e).__name__, e)

r = csv.reader([], delimiter=";")
w = csv.writer(StringIO(), quoting=csv.QUOTE_ALL)
for obj, attrs in ((r, ("dialect", "line_num")), (w, ("dialect",)), (r.dialect, ("delimiter", "quoting"))):
    for attr in attrs:
        for action in (lambda: delattr(obj, attr), lambda: setattr(obj, attr, 1)):
            try:
                action()
            except AttributeError as e:
                print(type(e).__name__, e)
print(r.dialect.delimiter, r.line_num, w.dialect.quoting)


class Incomplete(csv.Dialect):
    delimiter = "\t"


try:
    Incomplete()
except csv.Error as e:
    print(type(e).__name__, e)


class Semi(csv.Dialect):
    delimiter = ";"
    escapechar = "\\"
    doublequote = False
    skipinitialspace = True
    lineterminator = "\r\n"
    quoting = csv.QUOTE_NONE


print(Semi().quoting, Semi().delimiter)
for attr, value in (("quoting", None), ("delimiter", ":::"), ("delimiter", ""), ("delimiter", b","),
                    ("lineterminator", 4), ("quotechar", "")):
    saved = getattr(Semi, attr)
    setattr(Semi, attr, value)
    if attr == "quotechar":
        Semi.quoting = csv.QUOTE_ALL
    try:
        d = Semi()
        print("ok", attr, repr(getattr(d, attr)))
    except csv.Error as e:
        print(type(e).__name__, e)
    setattr(Semi, attr, saved)
    Semi.quoting = csv.QUOTE_NONE

for name in sorted(csv.list_dialects()):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.lineterminator), d.quoting)
    try:
        copy.copy(d)
    except TypeError as e:
        print(type(e).__name__, e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\")
out = StringIO()
csv.writer(out, "pipes").writerow(["a|b", "c"])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
