import os

path = "_214_notes.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth without newline"])
print(n, os.path.getsize(path))
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("\nappended")
with open(path, "r", encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, "wb") as f:
    f.write(b"\x00\x01binary\xff")
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, "w", encoding="utf-8") as f:
    f.write("unicode: café ☕\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text, len(text), os.path.getsize(path))
f = open(path)
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    with open(path, "w") as f:
        f.write("x")
        raise RuntimeError("fail inside with")
except RuntimeError as e:
    print(e, f.closed)
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
print(os.path.exists(path))
