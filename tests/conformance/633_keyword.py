# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword
print(keyword.kwlist, keyword.softkwlist)
print([keyword.iskeyword(w) for w in ['if', 'match', 'True', 'print', '_']], [keyword.issoftkeyword(w) for w in ['if', 'match', 'case', '_', 'x']])
for s in ['{0!r', '{0!r:', '{0:', '{0:{', '{0:{}', '{0', '{0[', '{0!r}x', '{0!rx}', '{', 'a{', '{0!:}','{0:}}}', '{x[}]}', '{x[{]}', '{x[a:b]}', '{x[a!b]:c}', '{0!}', '{0!', '{!}', '{a[b}c]}','{a[]}', '{x:[}', '{x:{[}]}}', '{0[1]]}', '{a!r}}', '{a{b}']:
  try: print(repr(s), list(f.parse(s)))
  except Exception as e: print(repr(s), type(e).__name__, e)
  try: print(repr(s), f.format(s, *range(3), x={'}':1,'{':2,'a:b':3,'a!b':4}, a={'b}c':5, '':6}))
  except Exception as e: print(repr(s), type(e).__name__, e)
print(len(keyword.kwlist), keyword.iskeyword('async'), keyword.iskeyword(''))
