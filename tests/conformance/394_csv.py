# csv: the reader's state machine (quotes, doubled quotes, escapes,
# newlines in fields, strict mode, NUL), the writer's quoting rules, dialects
# and their validation, DictReader/DictWriter, Sniffer, the errors.
import csv
import io
def rows(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except csv.Error as e:
        return "Error: %s" % e
print(rows('a,b,c\r\n1,"2,x",3\r\n"q""uote",,\r\n'))
print(rows('a,"multi\nline",c\n"x"\n'))
print(rows('a b  c', delimiter=" ", skipinitialspace=True), rows("x;y;z\n1;2;3\n", delimiter=";"))
print(rows('1,"a",3.5\n', quoting=csv.QUOTE_NONNUMERIC), rows('a\\,b,c\n', escapechar="\\"), rows('"a"b,c\n'), rows('"a"b,c\n', strict=True))
print(rows('a,"b\n'), rows('a,"b\n', strict=True), rows('\n\na\n\nb\n'), rows(''), rows('a,b,\n'), rows('""\n'))
print(rows("a,b\rc,d\r"), rows('a,b\n"c\rd"\n'), rows("'a,b',c", quotechar="'"), rows("a|b", delimiter="|", quoting=csv.QUOTE_NONE))
print(rows("x\x00y"))
def write(rows_, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        for r in rows_:
            print("wrote", w.writerow(r))
    except csv.Error as e:
        return "Error: %s" % e
    return s.getvalue()
print(repr(write([["a", "b,c", 'd"e', None, 1.5, "", 7, True], [], [""], ["x\ny"]])))
print(repr(write([["a", 1, 2.0, None]], quoting=csv.QUOTE_NONNUMERIC)), repr(write([["a", 1]], quoting=csv.QUOTE_ALL, lineterminator="\n")))
print(repr(write([["a,b", "c"]], quoting=csv.QUOTE_NONE, escapechar="\\")), repr(write([["a,b"]], quoting=csv.QUOTE_NONE)), repr(write([['q"x']], doublequote=False, escapechar="\\")))
print(repr(write([["a", "b"]], dialect="excel-tab")), repr(write([["a", "b"]], dialect="unix")), csv.list_dialects()[:3])
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
d = csv.get_dialect("pipes")
print(d.delimiter, repr(d.lineterminator), d.quotechar, d.doublequote, d.quoting, repr(write([["a|b", "c"]], dialect="pipes")))
csv.unregister_dialect("pipes")
try: csv.get_dialect("pipes")
except csv.Error as e: print("Error", e)
for kw in [{"delimiter": "ab"}, {"delimiter": 1}, {"quoting": 9}, {"quotechar": None}, {"delimiter": "\n"}, {"bogus": 1}]:
    try:
        csv.reader([], **kw)
        print("ok", kw)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
f = io.StringIO("name,age\r\nann,30\r\n\r\nbob,25,extra\r\ncid\r\n")
dr = csv.DictReader(f, restkey="more", restval="?")
print(dr.fieldnames, [r for r in dr], dr.line_num)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["name", "age"], restval="NA")
dw.writeheader()
dw.writerow({"name": "ann", "age": 30})
dw.writerows([{"name": "bob"}, {"age": 1, "name": "c,d"}])
print(repr(s.getvalue()))
try: dw.writerow({"name": "x", "zzz": 1})
except ValueError as e: print("ValueError", e)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, r.dialect.delimiter)
try: list(csv.reader([b"a,b"]))
except csv.Error as e: print("Error", e)
sn = csv.Sniffer()
dia = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(dia.delimiter, sn.has_header("name,age\nann,30\nbob,25\n"))
