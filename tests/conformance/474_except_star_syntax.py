srcs = [
 "try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass\n",
 "try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass\n",
 "try:\n  pass\nexcept*:\n  pass\n",
 "for i in x:\n try:\n  pass\n except* ValueError:\n  break\n",
 "for i in x:\n try:\n  pass\n except* ValueError:\n  continue\n",
 "def f():\n try:\n  pass\n except* ValueError:\n  return 1\n",
 "try:\n  pass\nexcept* ValueError:\n  for i in x:\n    break\n",
 "try:\n  pass\nexcept* ValueError:\n  def g():\n    return 1\n",
 "try:\n  pass\nexcept* (ValueError, TypeError) as e:\n  pass\nelse:\n  pass\nfinally:\n  pass\n",
 "try:\n  pass\nexcept *ValueError:\n  pass\n",
 "try:\n  pass\nexcept* ValueError, TypeError:\n  pass\n",
 "for i in x:\n try:\n  pass\n except* ValueError:\n  pass\n finally:\n  break\n",
 "try:\n  pass\nexcept* ValueError:\n  try:\n    pass\n  finally:\n    return\n",
]
for s in srcs:
    try:
        exec(s, {"x": [1]})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

more = [
 "while x:\n try:\n  pass\n except* ValueError:\n  while True:\n   break\n  continue\n",
 "def f():\n for i in x:\n  try:\n   pass\n  except* ValueError:\n   return\n",
 "def f():\n try:\n  pass\n except* ValueError:\n  def g():\n   for i in x:\n    break\n   return 2\n  class C:\n   pass\n",
 "def f():\n try:\n  pass\n except* ValueError:\n  try:\n   pass\n  except* TypeError:\n   pass\n",
 "try:\n  pass\nexcept* ValueError as e:\n  pass\nexcept* (TypeError, OSError):\n  pass\n",
 "try:\n  pass\nexcept* ValueError as e.x:\n  pass\n",
 "try:\n  pass\nexcept* ValueError\n  pass\n",
 "try:\n  pass\nexcept* ValueError:\n  pass\nexcept:\n  pass\n",
 "try:\n  pass\nexcept* ValueError:\n  lambda: (yield)\n",
 "try:\n  pass\nexcept* ValueError:\n  [i for i in x]\n",
 "def f():\n try:\n  pass\n except* ValueError:\n  return repr(e)\n",
 "def f():\n try:\n  pass\n except* ValueError:\n  return None\n",
 "def f():\n try:\n  pass\n except* ValueError:\n  return 'a', 'b'\n",
 "def f():\n try:\n  pass\n except* ValueError:\n  return -1\n",
]
for s in more:
    try:
        exec(s, {"x": []})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
