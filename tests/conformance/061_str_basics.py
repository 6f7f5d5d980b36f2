# strings: indexing, slicing, concatenation, membership, iteration, repr quoting and escapes
s = "generator"
print(s[0], s[-1], s[2:5], s[:3], s[3:], s[::2], s[::-1], s[-3:], s[1:-1:3])
print(len(s), "gen" in s, "xyz" not in s, s * 2, s + "s")
for ch in "abc":
    print(ch, ord(ch), end=" ")
print()
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
print(repr("new\nline"), repr("back\\slash"), repr("\x00\x7f"), repr("é ü 中"), repr(""))
print("multi" "part" ' literal')
print("""triple
quoted""")
print(r"raw \n string", len(r"\n"), len("\n"), "\u00e9" == "é", "\x41")
print(str(5) + "5", "5" * 3, "a" < "b")
try:
    s[100]
except IndexError as e:
    print(e)
try:
    s[0] = "G"
except TypeError as e:
    print(e)
print("".join(reversed("stressed")), sorted("cba"), list(enumerate("ab")))
print("x".join(str(i) for i in range(3)), s.upper()[::-1])
print(ord("\n"), chr(97) + chr(98), "a\tb".split("\t"), 'single \'escaped\'')
