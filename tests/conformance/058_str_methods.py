# common str methods
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("a,b,,c".split(","), "a b  c\n d".split(), "a b c".split(" ", 1), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), repr("".join([])), ", ".join("xyz"))
print("hello".replace("l", "L"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".find("l"), "hello".find("z"), "hello".rfind("l"), "hello".index("e"), "hello".find("l", 3))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")))
print("MiXeD".upper(), "MiXeD".lower(), "hello world".title(), "hello".capitalize(), "MiXeD".swapcase())
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "abc".islower(), "ABC".isupper())
print("banana".count("a"), "banana".count("an"), "a-b-c".rsplit("-", 1), "l1\nl2\r\nl3".splitlines())
print("abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("Hello"[::-1], "ab" * 3, "abc" + "def", len("héllo"))
try:
    "hello".index("z")
except ValueError as e:
    print(e)
print("a b".split(" "), "  lead".split(" "), "x".split("x"))
print("Hello World".lower().count("o"), "ab".join("12"), "%".join(["1", "2"]))
