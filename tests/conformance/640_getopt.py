# getopt: getopt and gnu_getopt, long option prefixes, GetoptError messages
import getopt
cases = [
    (['-a', '-b', 'val', '-cfoo', 'arg1', '-d'], 'ab:c:d', []),
    (['-a', '--alpha', '--beta=1', '--gamma', 'g', 'rest', '-x'], 'a', ['alpha', 'beta=', 'gamma=']),
    (['--al', 'x'], '', ['alpha', 'alpine']), (['--alp', 'x'], '', ['alpha', 'beta']),
    (['-z'], 'a', []), (['-b'], 'b:', []), (['--beta'], '', ['beta=']), (['--alpha=3'], '', ['alpha']),
    (['--nope'], '', ['alpha']), (['--', '-a'], 'a', []), (['-', '-a'], 'a', []), (['-ab'], 'ab', []), (['-ba1'], 'ab:', []),
    (['x', '-a', 'y', '--beta', 'z', '--', '-a'], 'a', 'beta'),
    (['--be', 'v'], '', ['beta', 'beta=']),
]
for args, short, long in cases:
    for f in (getopt.getopt, getopt.gnu_getopt):
        try: print(f.__name__, f(args, short, long))
        except getopt.GetoptError as e: print(f.__name__, 'GetoptError', e, repr(e.opt), e.msg, e.args)
print(getopt.gnu_getopt(['x', '-a'], '+a'), getopt.error is getopt.GetoptError)
