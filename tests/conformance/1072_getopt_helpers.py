# getopt's helpers are module attributes in CPython, and programs call them.
import getopt

print(getopt.short_has_arg('a', 'a:'), getopt.short_has_arg('a', 'ab'))
print(getopt.long_has_args('abc', ['abc=']), getopt.long_has_args('abc', ['abcd']))
print(getopt.do_shorts([], 'a1', 'a:', ['x']))
print(getopt.do_longs([], 'foo=42', ['foo-bar', 'foo='], ['rest']))
for call, args in [
    (getopt.short_has_arg, ('z', 'ab')),
    (getopt.long_has_args, ('abc', ['abcd', 'abcde'])),
    (getopt.do_longs, ([], 'abc=1', ['abc'], [])),
    (getopt.do_shorts, ([], 'a', 'a:', [])),
]:
    try:
        call(*args)
    except getopt.GetoptError as e:
        print(call.__name__, e.msg, repr(e.opt))
