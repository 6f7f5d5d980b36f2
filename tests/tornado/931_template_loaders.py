# tornado.template loaders: DictLoader and Loader, extends/block/include,
# relative names, namespaces, loader-wide autoescape and whitespace, caching.
import os
import tempfile

from tornado.template import DictLoader, Loader, ParseError, Template

loader = DictLoader(
    {
        "base.html": "<title>{% block title %}default{% end %}</title>\n<body>{% block body %}{% end %}</body>\n",
        "page.html": '{% extends "base.html" %}\nignored text\n{% block title %}Page {{ n }}{% end %}\n{% block body %}{% include "part.html" %}{% end %}\n',
        "part.html": "part {{ n * 2 }}{% set shared = 5 %}",
        "two.html": '{% extends "page.html" %}{% block title %}Two{% end %}',
        "uses_set.html": "{% include 'part.html' %} shared={{ shared }}",
        "a/1.html": "{% include '2.html' %}",
        "a/2.html": "{% include '../b/3.html' %}",
        "b/3.html": "three",
        "ns.html": "{{ inc(1) }}",
        "esc.html": "{{ s }}",
        "noesc.html": "{% autoescape None %}{{ s }}",
        "child_esc.html": "{% extends 'noesc_block.html' %}",
        "noesc_block.html": "{% autoescape None %}{% block b %}{{ s }}{% end %}",
        "override.html": "{% extends 'noesc_block.html' %}{% block b %}[{{ s }}]{% end %}",
        "bad.html": "line1\n{% if %}\n{{",
        "ws.html": "  a   \n\n  b  ",
        "ws.txt": "  a   \n\n  b  ",
        "mod.html": "{% module Thing(3) %}",
    },
    namespace={"inc": lambda x: x + 1},
)
print(loader.load("page.html").generate(n=4))
print(loader.load("two.html").generate(n=1))
print(loader.load("uses_set.html").generate(n=1))
print(loader.load("a/1.html").generate())
print(loader.load("ns.html").generate())
print(loader.load("esc.html").generate(s="<&>"), loader.load("noesc.html").generate(s="<&>"))
print(loader.load("child_esc.html").generate(s="<>"), loader.load("override.html").generate(s="<>"))
print(repr(loader.load("ws.html").generate()), repr(loader.load("ws.txt").generate()))
print(loader.load("mod.html").generate(_tt_modules={"Thing": lambda n: "<thing %d>" % n}) if False else "module skipped")
print(loader.load("page.html") is loader.load("page.html"))
print(loader.resolve_path("x.html", "dir/y.html"), loader.resolve_path("/abs.html", "dir/y.html"))
print(loader.resolve_path("x.html", "<string>"))
try:
    loader.load("bad.html")
except ParseError as e:
    print("ParseError:", e)
try:
    loader.load("missing.html")
except KeyError as e:
    print("KeyError", e)
loader.reset()
print(loader.templates)

for kwargs in ({"autoescape": None}, {"autoescape": "xhtml_escape"}, {"whitespace": "oneline"}):
    other = DictLoader({"t.html": " {{ s }}  \n  x", "t.txt": " {{ s }}  \n  x"}, **kwargs)
    print(kwargs, repr(other.load("t.html").generate(s="<")), repr(other.load("t.txt").generate(s="<")))

try:
    Template("{% extends 'x.html' %}")
except ParseError as e:
    print("ParseError:", e)

with tempfile.TemporaryDirectory() as root:
    os.makedirs(os.path.join(root, "sub"))
    with open(os.path.join(root, "main.html"), "w") as f:
        f.write("main {% include 'sub/inc.html' %}")
    with open(os.path.join(root, "sub", "inc.html"), "w") as f:
        f.write("inc {% include 'leaf.html' %}")
    with open(os.path.join(root, "sub", "leaf.html"), "wb") as f:
        f.write("leaf caf\u00e9 {{ x }}".encode("utf-8"))
    files = Loader(root)
    print(files.load("main.html").generate(x=1).decode("utf-8"))
    print(files.resolve_path("leaf.html", "sub/inc.html"), files.resolve_path("../x.html", "main.html")[-6:])
    print(sorted(files.templates))
