# and/or/not return operand values and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", "a" and "b" and "c", "a" or 1 / 0)
print(not 0, not 1, not "", not [1], not None)

def t(name, v):
    print("eval", name)
    return v

print(t("a", 0) and t("b", 1))
print(t("a", 1) or t("b", 1))
print(t("a", 1) and t("b", 0) or t("c", "fallback"))
x = None
name = x or "anonymous"
print(name)
print(True and False, True or False, not True == False, (not True) == False)
print(1 if 0 else 2, "yes" if [1] else "no")
print(True + 1, True == 1, False == 0, isinstance(True, int))
print(bool(1 and 0), type(1 and 0).__name__, type(0.0 or "").__name__)
if not []:
    print("empty list is falsy")
if {} or () or 0.0 or "":
    print("not printed")
else:
    print("all falsy")
