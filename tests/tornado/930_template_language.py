# tornado.template: expressions, escaping, control blocks, apply, raw,
# autoescape, whitespace modes and parse errors.
from tornado.template import Template, ParseError, filter_whitespace


def show(label, text, **kwargs):
    try:
        out = Template(text).generate(**kwargs)
        print(label, repr(out))
    except ParseError as e:
        # (a message naming a set of block names: the set's order varies)
        message = str(e) if "{'" not in str(e) else str(e).split(" {")[0] + " <blocks>"
        print(label, "ParseError", message, e.filename, e.lineno)
    except Exception as e:
        print(label, type(e).__name__, e)


show("simple", "Hello {{ name }}!", name="Ben")
show("bytes arg", "Hello {{ name }}!", name=b"Ben")
show("expr", "2 + 2 = {{ 2 + 2 }}")
show("escape", "{{ s }}", s="<a href='x'>&\"</a>")
show("not str", "{{ x }} {{ y }}", x=[1, "<"], y=None)
show("comment", "a{# hidden #}b")
show("literal braces", "{{! {%! {#! {{ 'x' }}")
show("if", "{% if x > 4 %}big{% elif x > 2 %}mid{% else %}small{% end %}", x=3)
show("if empty", "{% if True %}{% else %}{% end %}")
show("for", "{% for i in range(4) %}{{ i }},{% end %}")
show("for else", "{% for i in [] %}x{% else %}none{% end %}")
show("while", "{% set n = 3 %}{% while n %}{{ n }}{% set n -= 1 %}{% end %}")
show("break continue", "{% for i in range(9) %}{% if i == 1 %}{% continue %}{% end %}{% if i == 4 %}{% break %}{% end %}{{ i }}{% end %}")
show("try", "{% try %}{{ 1 / x }}{% except ZeroDivisionError %}div{% else %}ok{% finally %}!{% end %}", x=0)
show("try ok", "{% try %}{{ 1 // x }}{% except ZeroDivisionError %}div{% else %}ok{% finally %}!{% end %}", x=1)
show("set", "{% set a, b = 1, 2 %}{{ a + b }}")
show("import", "{% import math %}{{ math.floor(2.5) }}")
show("from", "{% from os.path import join %}{{ join('a', 'b') }}")
show("apply", "{% apply upper %}shout {{ 'it' }}{% end %}", upper=lambda s: s.upper())
show("raw", "{% raw s %} {{ s }}", s="<b>")
show("autoescape none", "{% autoescape None %}{{ s }}", s="<b>")
show("autoescape fn", "{% autoescape f %}{{ s }}", s="x", f=lambda b: b"[" + b + b"]")
show("builtins", "{{ squeeze('  a   b ') }}|{{ url_escape('a b&') }}|{{ json_encode({'k': 1}) }}|{{ xhtml_escape('<') }}")
show("unicode", "caf\u00e9 {{ '\u00e9' }}")
show("comment directive", "{% comment anything %}x")
show("multiline tags", "{% for i in [1,\n 2] %}{{ i\n }}{% end\n%}")
# parse errors
show("open expr", "{{")
show("open block", "{%")
show("open comment", "{#")
show("empty expr", "{{ }}")
show("empty block", "{% %}")
show("missing end", "{% if 1 %}x")
show("extra end", "x{% end %}")
try:
    Template("{% else %}")
except ParseError as e:
    # (the message names a set of block names: its order is not fixed)
    print("else outside", e.message.split(" {")[0], e.lineno)
show("except in if", "{% if 1 %}{% except %}{% end %}")
show("break outside", "{% break %}")
show("break in apply", "{% for i in [] %}{% apply f %}{% break %}{% end %}{% end %}")
show("unknown", "{% frobnicate %}")
show("lines", "a\nb\n{{")
print(str(ParseError("plain")))
# whitespace modes
text = "  a \t b\n\n   c  \n"
for mode in ("all", "single", "oneline"):
    print(mode, repr(filter_whitespace(mode, text)))
try:
    filter_whitespace("bogus", text)
except Exception as e:
    print(type(e).__name__, e)
print(repr(Template(text, whitespace="single").generate()))
print(repr(Template(text, name="x.html").generate()))
print(repr(Template(text, name="x.txt").generate()))
print(repr(Template(text, compress_whitespace=True).generate()))
print(repr(Template("{% whitespace oneline %}  x  \n  y {% whitespace all %}  z  \n").generate()))
print(repr(Template("<pre>  keep   </pre>", whitespace="oneline").generate()))
t = Template("{{ x }}", autoescape=None)
print(t.generate(x="<"), t.autoescape, Template("").autoescape)
print(Template("x", name="a.b.html").name)
