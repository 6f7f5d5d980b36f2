

# Caesar cipher with str.maketrans / str.translate
def caesar(text, shift):
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, 23))

# deleting characters
no_punct = str.maketrans("", "", ",.!?;:")
print("Hello, world! How are you? Fine; thanks.".translate(no_punct))

# a dict table with str, int and None values
table = {ord("a"): "4", ord("e"): 51, ord("o"): None, ord("s"): "$$"}
print("leet speak is so cool".translate(table))
print(str.maketrans({"a": "b", "c": None}), str.maketrans("ab", "cd"))
print(sorted(str.maketrans("xy", "zw", "q").items()))

# a table class with __getitem__: missing keys keep the character
class Upper:
    def __getitem__(self, code):
        if 97 <= code <= 122:
            return code - 32
        raise LookupError(code)

print("mixed Case 123".translate(Upper()))
for bad in [lambda: str.maketrans("abc", "xy"), lambda: str.maketrans({"ab": 1}), lambda: "x".translate({120: 1.5}), lambda: str.maketrans("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# bytes translate
tbl = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc-xyz".translate(tbl), b"hello world".translate(None, b"lo"), b"abc".translate(tbl, b"a"))

# counting vowels by translating everything else away
text = "The quick brown fox jumps over the lazy dog"
consonants = "".join(c for c in set(text.lower()) if c.isalpha() and c not in "aeiou")
only_vowels = text.lower().translate(str.maketrans("", "", consonants + " "))
print(len(only_vowels), sorted(only_vowels))
