try:
    exec("x = $")
except SyntaxError as e:
    print(e, e.msg, e.lineno, e.offset, e.text.strip())
exec("values = [1, 2]\nf(a b)")
