# Builtin methods and functions called with missing/extra arguments or a
# wrong self raise CPython's TypeError (issue 10 point 4).
cases = [
    "{1}.discard()", "(1, 2).index()", "slice()", "slice(1, 2, 3, 4)", "list.append()",
    "list.append(5, 1)", "[].append()", "list.append(5)", "str.join()", "str.join('a')",
    "dict.get()", "{}.get()", "int.bit_length()", "property.setter()", "property().setter()",
    "[].index()", "list.index()", "set().add()", "{}.pop()", "[].pop(1, 2)", "[].insert(1)",
    "'a'.split(1, 2, 3)", "'a'.startswith()", "'a'.replace('a')", "'a'.encode(1, 2, 3)",
    "len()", "abs()", "sorted()", "True.bit_length()", "int.bit_length(True)",
    "ValueError().with_traceback()", "BaseException.with_traceback(1, None)",
    "str.upper(5)", "str.zfill(None, 2**63 - 1)", "dict.keys([])", "tuple.count()",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "->", type(e).__name__, e)


class L(list):
    pass


x = L()
list.append(x, 1)
x.append(2)
print(x)
