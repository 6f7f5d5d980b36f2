# bool's &, | and ^ give bools; mixed with int they give ints.
for a in (False, True):
    for b in (False, True):
        print(a, b, a & b, a | b, a ^ b, type(a & b).__name__)
print(True & 1, 1 | False, True ^ 3, type(True & 1).__name__)
print(True.__and__(True), bool.__or__(False, True), True.__xor__(True))
print(True.__and__(1), type(True.__and__(1)).__name__)
x = True
x &= False
print(x, type(x).__name__)
x |= True
print(x)
x ^= True
print(x)
# other operators on bools give ints, as in CPython
print(~True, ~False, -True, +True, abs(True), True + True, True * 3, True // 1)
print(type(-True).__name__, type(abs(False)).__name__, type(True + False).__name__)
print(True << 2, True >> 1, True ** 2, divmod(True, 1))
print(all([True & True, not (True & False), True | False, not (False | False)]))
print(sum([True, True, False]), max(True, False), min(False, True))
