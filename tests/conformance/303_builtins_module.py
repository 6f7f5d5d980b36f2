import builtins

print(builtins.len([1, 2]), builtins.__name__, builtins.max is max)
builtins.answer = 42
print(answer)


def shadow():
    len = lambda x: -1
    return len([1]), builtins.len([1])


print(shadow())
print(sorted(n for n in ("print", "len", "zip", "nope") if hasattr(builtins, n)))
