# a word-frequency counter over a file it writes itself: file I/O, str methods, dict/Counter, sorting, formatting
import os
from collections import Counter

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

path = "_162_tale.txt"
with open(path, "w") as f:
    f.write(TEXT)

counts = {}
lengths = Counter()
lines = 0
with open(path) as f:
    for line in f:
        lines += 1
        for word in line.lower().replace(",", " ").replace(".", " ").split():
            counts[word] = counts.get(word, 0) + 1
            lengths[len(word)] += 1

print(lines, "lines,", sum(counts.values()), "words,", len(counts), "distinct")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for word, n in top:
    print(f"{word:>{width}} {n:3d} {'#' * n}")
print(sorted(lengths.items()), lengths.most_common(2))
singles = sorted(w for w, n in counts.items() if n == 1)
print(len(singles), singles[:5])
print({w: counts[w] for w in ("best", "worst", "hope", "despair")})

# bigrams across line ends, longest words, and per-line statistics
with open(path) as f:
    words = f.read().lower().replace(",", " ").replace(".", " ").split()
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
print(longest, [len(w) for w in longest])
with open(path) as f:
    stats = []
    for number, line in enumerate(f, 1):
        line = line.rstrip("\n")
        stats.append((number, len(line), line.count(","), line.split()[-1]))
for number, length, commas, last in stats:
    print(f"line {number}: {length:3d} chars, {commas} commas, ends with {last!r}")
average = sum(length for _, length, _, _ in stats) / len(stats)
print(f"average line length {average:.1f}", max(stats, key=lambda s: s[1])[0])
os.remove(path)
print(os.path.exists(path))
