# textwrap: wrap/fill/shorten with every TextWrapper option, dedent, indent
import textwrap
texts = [
    "The quick brown fox jumps over the lazy dog. " * 4,
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "This is a very-long-hyphenated-word and some more-text, e.g. well-known self-evident things -- and em--dashes too.",
    "Supercalifragilisticexpialidocious is a long word; antidisestablishmentarianism too.",
    "\tTabs\tand\nnewlines\r\nand\x0bvertical tabs  here.",
    "Mr. Smith went to Washington. He said \"hi.\" Then left!  OK? yes.",
    "a-b-c-d-e-f --- x--y -- z ---- 1-2-3 ab-cd ab-c a-bc abc-d-efg",
    "", "   ", "one", "under_score-word and x123-abc-def 9-to-5",
    "----------- hyphens only ----------",
    "A sentence.  Another one.\n\nA new paragraph with  double  spaces.",
]
for t in texts:
    for w in (1, 5, 10, 12, 20, 30, 45):
        print(w, textwrap.wrap(t, w))
    print(textwrap.wrap(t, 15, break_on_hyphens=False))
    print(textwrap.wrap(t, 15, break_long_words=False))
    print(textwrap.wrap(t, 15, drop_whitespace=False))
    print(textwrap.wrap(t, 20, fix_sentence_endings=True))
    print(textwrap.wrap(t, 20, replace_whitespace=False))
    print(textwrap.wrap(t, 20, expand_tabs=False, tabsize=4))
    print(textwrap.wrap(t, 20, tabsize=3))
    print(textwrap.wrap(t, 20, initial_indent='* ', subsequent_indent='    '))
    for ml in (1, 2, 3):
        print(ml, textwrap.wrap(t, 20, max_lines=ml))
        print(ml, textwrap.wrap(t, 12, max_lines=ml, placeholder='...'))
        print(ml, textwrap.wrap(t, 14, max_lines=ml, drop_whitespace=False, placeholder=' ~'))
    for w in (8, 15, 40, 200):
        print(repr(textwrap.shorten(t, w)), repr(textwrap.shorten(t, w, placeholder='..')))
    print(textwrap.fill(t, 25))
for bad in [dict(width=0), dict(width=-1), dict(width=5, max_lines=1, placeholder=' [......]'), dict(width=6, max_lines=2, subsequent_indent='    ')]:
    try: print(textwrap.wrap('hello world', **bad))
    except ValueError as e: print('ValueError', e)
try: textwrap.wrap('', 0)
except ValueError as e: print('ValueError', e)
try: textwrap.wrap('x', 0)
except ValueError as e: print('ValueError', e)
d = ["  a\n  b\n", "\ta\n\tb", "  a\n    b\n  c", "  a\n\tb", "   \n  a\n \t\n  b", "a\n  b", "  x\n  \n  y  \n", "\t  a\n\t b", "no indent", "  only\n"]
for s in d:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "+", lambda l: True)))
print(repr(textwrap.indent("x\ny", "--", lambda l: l.startswith('y'))))
w = textwrap.TextWrapper(width=10, initial_indent='>', subsequent_indent='>>', max_lines=3)
print(w.wrap('one two three four five six seven eight nine ten'), w.fill('aa bb'))
w.width = 30; print(w.fill('one two three four five six seven eight nine ten eleven twelve'))
print(textwrap.TextWrapper().width, textwrap.TextWrapper().placeholder)
