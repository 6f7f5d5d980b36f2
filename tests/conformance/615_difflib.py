# difflib (whirl's own, used by unittest and doctest): SequenceMatcher,
# ndiff with its `?` hint lines, unified_diff, get_close_matches.
import difflib

pairs = [
    ("hello\n", "hallo\n"),
    ("abc def\n", "abc xyz def\n"),
    ("one\ntwo\nthree\n", "one\ntoo\nthree\nfour\n"),
    ("private Thread currentThread;\n", "private volatile Thread currentThread;\n"),
    ("\tindented line\n", "\tindented lime\n"),
    ("x" * 300 + "\n", "x" * 299 + "y\n"),
    ("a\nb\nc\nd\n", "e\nf\n"),
    ("", "new\n"),
    ("same\n", "same\n"),
]
for a, b in pairs:
    print("".join(difflib.ndiff(a.splitlines(True), b.splitlines(True))), end="")
    print("--")
print("\n".join(difflib.ndiff(["[1, 2, 3]"], ["[1, 2, 4]"])))

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
s = difflib.SequenceMatcher(None, list(range(10)), [0, 1, 2, 99, 4, 5, 6, 7, 8, 9, 10])
for op in s.get_opcodes():
    print(op)
print(list(s.get_grouped_opcodes(1)))
print(difflib.SequenceMatcher(None, "", "").ratio())

a = ["line %d\n" % i for i in range(12)]
b = a[:3] + ["changed\n"] + a[4:9] + a[10:] + ["extra\n"]
print("".join(difflib.unified_diff(a, b, "before.txt", "after.txt")), end="")
print("".join(difflib.unified_diff(a, b, n=0)), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "where", "whale", "wheels"], n=2))
print(difflib.get_close_matches("xyz", ["abc"]))
try:
    difflib.get_close_matches("a", ["a"], n=0)
except ValueError as e:
    print("ValueError", e)
try:
    difflib.get_close_matches("a", ["a"], cutoff=2)
except ValueError as e:
    print("ValueError", e)
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"), difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"))
