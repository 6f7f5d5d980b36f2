# Writing a lone surrogate to stdout (UTF-8, strict) raises
# UnicodeEncodeError; stderr escapes it.
import sys
print('before')
for args in [('ab', '\ud800x'), ('\udc80',), ('ok', 'fine\udcff', 'never')]:
    try:
        print(*args)
    except UnicodeEncodeError as e:
        print()
        print(type(e).__name__, e)
try:
    sys.stdout.write('xy\udc80')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    print('a', 'b', sep='\ud800')
except UnicodeEncodeError as e:
    print()
    print(type(e).__name__, e)
sys.stderr.write('to stderr \udc80\n')
print(repr('\ud800'), ascii('\ud800'), str(b'\xff'.decode('latin-1')))
print('after')
