name = "Ada"
age = 36
items = ["x", "y", "z"]
d = {"k": 1, "nested": {"a": [10, 20]}}
price = 1234.5678
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name.upper()} {len(name)} {name[0]}")
print(f"{age + 1} {age * 2:05d} {age / 7:.3f} {age:#x} {age:b}")
print(f"{price:,.2f} {price:>15,.1f}| {price:e} {price:.0f} {-price:+.1f}")
print(f"{items} {items[-1]} {len(items)} {', '.join(items)} {d['k']} {d['nested']['a'][1]}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^10}")
width, prec = 10, 3
print(f"{3.14159265:{width}.{prec}f}|{'x':{width}}|{42:0{width}d}")
print(f"{{literal braces}} {{{age}}}")
print(f"{[i * i for i in range(4)]} {sum(i for i in range(5))} {(lambda x: x + 1)(1)}")
print(f"{'yes' if age > 18 else 'no'} {age > 18 and 'adult'} {None or 'default'}")
print(f"{name=} {age=} {age * 2 = }" if True else "")
print(f"multi {name}" f" and {age}" " plain")
obj = type("Obj", (), {"__format__": lambda self, spec: "formatted[" + spec + "]", "__repr__": lambda self: "Obj()", "__str__": lambda self: "obj-str"})()
print(f"{obj} {obj!r} {obj!s} {obj:xyz}")
x = 0.1 + 0.2
print(f"{x} {x:.2f} {x!r} {round(x, 2)}")
data = [("a", 1), ("bb", 22), ("ccc", 333)]
for k, v in data:
    print(f"{k:>5}: {v:<5}|{v:^7.1f}|{v / 1000:.1%}")
print(f"{'nested ' + str(1 + 1)}", "ok")
print(f"{3:>{2 + 2}}", f"{'abc':.{1 + 1}}", f"{12345:_}", f"{True:d}", f"{10**3:,}")
