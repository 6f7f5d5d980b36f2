# email._header_value_parser: the lexical getters (whitespace, comments,
# quoted strings, atoms, encoded words, unstructured text).
from email import _header_value_parser as p
from email import errors


def show(name, tok, rest=None):
    print(name, type(tok).__name__, tok.token_type, repr(str(tok)),
          repr(tok.value), [type(d).__name__ for d in tok.all_defects],
          repr(rest) if rest is not None else '',
          tok.comments if hasattr(tok, 'comments') else '')


getters = [
    (p.get_fws, [' \t foo ']),
    (p.get_qp_ctext, ['foo de', r'foo\(x\)y)z', 'foo\x00bar)']),
    (p.get_qcontent, ['foo"bar', r'a\"b"c']),
    (p.get_atext, ['foo@bar', 'foo\x00bar(']),
    (p.get_bare_quoted_string, ['"foo"\t bar', '"foo', r'"foo\"in"a',
                                '"=?utf-8?Q?not_really_valid?="']),
    (p.get_comment, ['(foo(bar))', r'(foo (b\)))', '(((((foo)))', '()']),
    (p.get_cfws, [' (foo )  ( bar) x', '(foo) \x07']),
    (p.get_quoted_string, [' (foo) "bob"(bar) x', ' (a) "bob" (a']),
    (p.get_atom, [' (foo) bob(bar)  @bang', '=?utf-8?q?=20bob?=']),
    (p.get_dot_atom_text, ['foo.bar.bang', 'foo .bar']),
    (p.get_dot_atom, [' (sing)  foo.bar .bing (here) ']),
    (p.get_word, ['"bar " (bang) ah', 'foo.']),
    (p.get_phrase, ['"Fred A. Johnson" is his name, oh.',
                    '(even weirder).name']),
    (p.get_dtext, [r'foo\]\[\\bar\b\e\l\l', 'foo]bar']),
    (p.get_domain_literal, ['(foo)[  127.0.0.1] (bar)']),
    (p.get_encoded_word, ['=?us-ascii?q?this_is_a_test?=  bird',
                          '=?us-ascii*jive?q?first_second?=',
                          '=?us-ascii?q?first?==?utf-8?q?second?=',
                          '=?utf-8?q?=C3=89ric?=']),
]
for fn, inputs in getters:
    for text in inputs:
        tok, rest = fn(text)
        show(fn.__name__, tok, rest)

ew, _ = p.get_encoded_word('=?us-ascii*jive?q?first_second?=')
print(ew.charset, ew.lang)
c, _ = p.get_comment('(((((foo)))))')
while True:
    print(repr(c.content))
    if not len(c) or c[0].token_type != 'comment':
        break
    c = c[0]

print('-- unstructured')
for text in ['', 'foo \t bar      bird', '  foo bar  ',
             'foo =?us-ascii?q?bar?= =?us-ascii?q?bird?=   ',
             '   =?us-ascii?q?=20test?=   =?us-ascii?q?=20foo?=  val',
             '=?test val', '=?utf-8?b?dmk?=', '=?utf-8?b?dm\x01k?=',
             '=?utf-8?b?abcde?=', '=?utf-8?q?foo?==?utf-8?q?bar?=',
             'nowhitespace=?utf-8?q?somevalue?=', '=?utf-8?q?=somevalue?=',
             '=?utf-8?X?=somevalue?=',
             b'test \xACfoo  val'.decode('ascii', 'surrogateescape')]:
    show('unstructured', p.get_unstructured(text))

print('-- splitter')
print(p._wsp_splitter('foo \t def jik', 1))
t = p.EWWhiteSpaceTerminal(' \t', 'fws')
print(t == ' \t', repr(str(t)), repr(t.value), t.token_type)

print('-- errors')
for fn, text in [(p.get_encoded_word, 'abc'), (p.get_encoded_word, '=?abc?='),
                 (p.get_encoded_word, '=?utf-8?X?somevalue?='),
                 (p.get_bare_quoted_string, '  "foo"'),
                 (p.get_comment, 'foo'), (p.get_atom, ' (ab) @'),
                 (p.get_dot_atom_text, 'foo.bar.'), (p.get_dot_atom, 'bar..bang'),
                 (p.get_word, '(Recipients list suppressed'),
                 (p.get_domain_literal, '(foo) [abc[@'),
                 (p.get_quoted_string, ' (ab) xyz')]:
    try:
        fn(text)
        print(fn.__name__, 'no error')
    except errors.HeaderParseError as e:
        print(fn.__name__, repr(text), type(e).__name__)
