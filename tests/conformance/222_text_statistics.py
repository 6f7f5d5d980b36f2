TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq), top)
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print("%2d %s" % (n, " ".join(sorted(lengths[n]))))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",")]
print(len(sentences), max(sentences, key=len), min(map(len, sentences)))
letters = [c for c in TEXT.lower() if c.isalpha()]
letter_freq = {}
for c in letters:
    letter_freq[c] = letter_freq.get(c, 0) + 1
print("".join(sorted(letter_freq, key=lambda c: (-letter_freq[c], c))[:10]))
print("%.3f" % (sum(len(w) for w in words) / len(words)), TEXT.count("it was"), TEXT.lower().count("it was"))
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print("%d: %-3d chars %2d words | %s..." % (i, len(line), len(line.split()), line[:20]))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(((c, p) for p, c in bigrams.items() if c > 2), reverse=True))
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps, TEXT.title()[:30], TEXT.upper().split()[-1])
