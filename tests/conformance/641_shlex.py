# shlex: split (posix, comments), the shlex class (punctuation_chars, push_token, lineno), quote, join
import shlex
lines = ['a b c', '  leading and trailing  ', 'foo "bar baz" \'qux quux\'', 'a\\ b c\\"d', '"a\\"b" \'a\\\'b', 'x # comment here\ny', 'a"b"c d\'e\'f', '"esc \\\\ \\$ \\x"', "'' \"\" a", 'echo $HOME > out.txt; ls|wc -l && echo ok', 'a=1 b==2 --opt=value', 'ß café naïve', 'tab\tsep\nnewline', '', '   ', 'a\\\nb', 'x"y z"w']
for s in lines:
    print(repr(s))
    def show(label, make):
        try: print(label, make())
        except ValueError as e: print(label, 'ValueError', e)
    show(' split', lambda: shlex.split(s))
    show(' comments', lambda: shlex.split(s, comments=True))
    show(' nonposix', lambda: shlex.split(s, posix=False))
    show(' tokens', lambda: list(shlex.shlex(s)))
    show(' posix tokens', lambda: list(shlex.shlex(s, posix=True)))
    show(' punct', lambda: list(shlex.shlex(s, posix=True, punctuation_chars=True)))
    def pws():
        lex = shlex.shlex(s, punctuation_chars=True); lex.whitespace_split = True; return list(lex)
    show(' punct ws', pws)
for bad in ['"unterminated', "'x", 'trailing\\', 'a "b\\']:
    for posix in (True, False):
        try: print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e: print(repr(bad), posix, 'ValueError', e)
for s in ['', 'simple', 'with space', "it's", 'a"b', '$x', 'tab\t', 'ok@%+=:,./-_', 'é', 'semi;colon', '*']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]), shlex.split(shlex.join(['a b', "c'd", '', '$e'])))
try: shlex.quote(5)
except TypeError as e: print('TypeError', e)
lex = shlex.shlex('a b\nc d # x\ne', posix=True)
out = []
while True:
    t = lex.get_token()
    if t is None: break
    out.append((t, lex.lineno))
print(out)
lex = shlex.shlex('one two'); t = lex.get_token(); lex.push_token('pushed'); print(t, lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.eof))
lex = shlex.shlex('a,b;c', posix=True); lex.wordchars += ','; print(list(lex))
lex = shlex.shlex('a|b', posix=True); lex.whitespace = '|'; print(list(lex), lex.error_leader('f', 3), lex.punctuation_chars == '')
lex = shlex.shlex('x >> y', punctuation_chars='>'); print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('a', infile='file.sh'); print(lex.error_leader(), lex.infile, lex.commenters, lex.quotes, lex.escape, lex.escapedquotes, repr(lex.whitespace))
