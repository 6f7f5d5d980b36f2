print("tab:\there", "newline:\\n", 'single \' quote', "double \" quote")
print(len("\n"), len(r"\n"), r"C:\new\table", "\x41\u00e9\U0001F600", "\101\102", "\N{BULLET}" if False else "•")
print("""triple
quoted "string" with 'quotes'""")
print('''another
one''', "implicit" " concatenation" ' works')
s = "line1\nline2\r\nline3\ttabbed"
print(repr(s), s.splitlines(), len(s))
print(repr("\0\a\b\f\v"), repr(b"\x00\xff\n"), "\\".join(["a", "b"]))
raw = r"\d+\.\w*"
print(raw, len(raw), list(raw[:3]))
print("a\
b")
print("unicode: café naïve 日本", len("日本"), "日本".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print(f"{'quoted'}", f"tab\t{1}", rf"\raw{2}", f"{{}}")
print(chr(9).isspace(), "\u00a0".isspace(), " \t\n".strip() == "", "x\ty".expandtabs(4), "%r" % "\t")
