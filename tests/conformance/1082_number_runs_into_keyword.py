# A number literal running straight into a keyword (0in x, 1if x else y):
# CPython's tokenizer warns (SyntaxWarning), or errors where the parse fails.
import warnings
for num in "0xf", "0o7", "0b1", "9", "0", "1.", "1e3", "1j":
    for t in [f"{num}and x", f"{num}or x", f"{num}in x", f"{num}not in x", f"{num}if x else y", f"x if {num}else y", f"[{num}for x in ()]", f"{num}spam", f"{num}is x"]:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                compile(t, "<t>", "eval")
                r = "ok"
            except SyntaxError as e:
                r = "SyntaxError: " + e.msg
        print(repr(t), r, [str(x.message) for x in w])
for t in ["[0x1ffor x in ()]", "[0x1for x in ()]", "[0xfor x in ()]"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(t, "<t>", "eval"); r = "ok"
        except SyntaxError as e:
            r = "SyntaxError: " + e.msg
    print(repr(t), r, [str(x.message) for x in w])
