words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print(sorted((g for g in groups.values() if len(g) > 1), key=len, reverse=True)[0])


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))


def caesar_score(text):
    common = "etaoinshr"
    return sum(text.count(c) for c in common)


secret = "wkh txlfn eurzq ira"
best = max(range(26), key=lambda k: caesar_score("".join(chr((ord(c) - 97 - k) % 26 + 97) if c.isalpha() else c for c in secret)))
print(best, "".join(chr((ord(c) - 97 - best) % 26 + 97) if c.isalpha() else c for c in secret))
pangram = "the quick brown fox jumps over the lazy dog"
print(set("abcdefghijklmnopqrstuvwxyz") <= set(pangram), sorted(set("hello world") - set("low")))
vowels = sum(1 for c in pangram if c in "aeiou")
print(vowels, pangram.count(" ") + 1, " ".join(w[::-1] for w in pangram.split()), " ".join(w.capitalize() for w in pangram.split()))
print(["".join(p) for p in [("a", "b"), ("c",)]], sorted(words, key=lambda w: (len(w), w))[:4])
