# files: open for text and binary, read and write modes, with, line iteration, errors
with open("_156_words.txt", "w") as f:
    print(f.write("alpha beta\n"), f.write("gamma\r\ndelta\n"))
    f.writelines(["x\n", "y"])
    print(f.closed, f.name, f.mode)
print(f.closed)
with open("_156_words.txt") as f:
    print(repr(f.readline()), repr(f.read(5)), repr(f.readline()))
    print(f.readlines())
with open("_156_words.txt") as f:
    print([line.rstrip("\n") for line in f])
with open("_156_words.txt") as f:
    print(repr(f.read()))
with open("_156_words.txt", "a") as f:
    f.write("\nappended")
counts = {}
for line in open("_156_words.txt"):
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
with open("_156_data.bin", "wb") as f:
    f.write(b"\x00\x01hello\n\xff")
with open("_156_data.bin", "rb") as f:
    data = f.read()
    print(data, len(data), f.tell())
    f.seek(2)
    print(f.read(5), f.readline(), f.read())
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open("_156_words.txt", "rw")
except ValueError as e:
    print("ValueError", e)
f = open("_156_words.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open("_156_words.txt", "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
print(print("to file", file=open("_156_out.txt", "w")), open("_156_out.txt").read() == "to file\n")
import os
for name in ["_156_words.txt", "_156_data.bin", "_156_out.txt"]:
    os.remove(name)
print(os.path.exists("_156_words.txt"))
