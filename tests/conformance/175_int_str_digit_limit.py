import sys
for f in [lambda: int('1' * 5000), lambda: str(10 ** 5000), lambda: print(10 ** 4300), lambda: '%d' % 10**4400, lambda: f'{10**4400}', lambda: int('-' + '9' * 4301)]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
print(len(str(10 ** 4299)), len(hex(10 ** 5000)), int('1' * 4300) % 7)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
