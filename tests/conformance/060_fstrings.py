# f-strings: expressions, !r/!s, alignment, precision, thousands separators, nested specs
x = 42
pi = 3.14159265
name = "whirl"
big = 1234567890
print(f"{x} {x!r} {name!r} {name!s}")
print(f"[{x:>5}] [{x:<5}] [{x:^5}] [{x:05}]")
print(f"{pi:.2f} {pi:.0f} {pi:10.3f}| {-pi:.1f}")
print(f"{big:,} {big:_} {1234.5:,.2f}")
print(f"{x:x} {x:b} {x:o} {x:#x} {x:+}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}")
width = 8
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{x * 2} {x // 5} {[i * i for i in range(4)]} {len(name)}")
print(f"{'nested quotes'} {{braces}} {x!r:>6}")
d = {"k": 1}
print(f"{d['k']} {d} {(1, 2)} {None}")
print(f"{0.1 + 0.2} {1e16} {1 / 3:.5}")
print(f"{'abc'!r:>8}|")
item = "apple"
qty = 3
price = 1.5
print(f"{item:<10}{qty:>3} x {price:>6.2f} = {qty * price:>7.2f}")
print(f"{3.0:g} {1e20:g} {0.000012345:.3g} {True}")
print(f"{'multi'}" f"{'part'}" "plain" f"{x}")
