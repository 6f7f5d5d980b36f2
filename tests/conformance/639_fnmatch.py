# fnmatch: fnmatch/fnmatchcase/filter over sets, ranges, negation, unclosed brackets; translate
import fnmatch, getopt
names = ['a.txt', 'b.TXT', '.hidden', 'dir/file.py', 'x[1].py', 'x1.py', 'abc', 'a-b', 'a]b', '!x', 'a\\b', 'ab\nc', '']
pats = ['*.txt', '*.TXT', '*', '?', '???', 'a*', '*.py', 'x[0-9].py', 'x[[]1].py', '[!a]*', '[a-c]*', '[z-a]', '[!]', '[]]', '[]a]b', 'a[]]b', 'a[!]]b', '[', 'a[', '[a-]', '[-a]*', 'a[--0]b', 'a[\\]b', '*/*', '**.py', 'a*b*c', 'ab?c', '*c', '', '[!!]*', '*[!a-z]*', 'a[b-]']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)], fnmatch.filter(names, p) == [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.fnmatchcase('A', 'a'), fnmatch.fnmatch('A', 'a'))
for p in ['*.txt', 'a?c', 'x[0-9].py', '[!a]', '[', 'a.b+c', '*', '', '[]]', '[!]', '[z-a]']:
    print(repr(p), repr(fnmatch.translate(p)))
try: fnmatch.fnmatch('a', b'a')
except TypeError as e: print('TypeError', e)
print(fnmatch.fnmatchcase('a' * 50, '*a*a*a*a*a*a*a*a*a*b'))
for p in ['[a-c]', '[^a]', '[[a]', '[!^]', '[a\\b]', '[a&&b]', '[a-c-e]', '[ab-]', '[!a-z0-9]', 'a*b', 'a*b*c*', '*a*', '[x-z-]']:
    t = fnmatch.translate(p)
    print(repr(p), repr(t))
