import os
print(type(os.environ).__name__, repr(os.environ)[:9], 'HOME' in os.environ, os.environ.get('NOPE_X', 'dflt'))
os.environ['WHIRL_T'] = 'abc'
print(os.environ['WHIRL_T'], os.getenv('WHIRL_T'), os.getenv('NOPE_X'), os.getenv('NOPE_X', 5), 'WHIRL_T' in os.environ)
del os.environ['WHIRL_T']
print(os.getenv('WHIRL_T'), 'WHIRL_T' in os.environ)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    print(os.environ['NOPE_X'])
except KeyError as e:
    print('KeyError:', e)
os.environ.setdefault('WHIRL_U', 'u'); os.environ.update({'WHIRL_V': 'v'})
print(os.environ.pop('WHIRL_U'), os.environ.pop('WHIRL_U', None), os.getenv('WHIRL_V'))
print(sorted(k for k in os.environ if k.startswith('WHIRL_')), len(os.environ) > 0, isinstance(os.environ.copy(), dict))
