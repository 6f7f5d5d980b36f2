import os

csv_path = "_215_scores.csv"
rows = [("name", "subject", "score"), ("ann", "math", "91"), ("bob", "math", "78"), ("ann", "art", "85"), ("cy", "math", "64"), ("bob", "art", "88")]
with open(csv_path, "w") as f:
    for row in rows:
        f.write(",".join(row) + "\n")
totals = {}
by_subject = {}
with open(csv_path) as f:
    header = f.readline().strip().split(",")
    for line in f:
        rec = dict(zip(header, line.strip().split(",")))
        score = int(rec["score"])
        totals[rec["name"]] = totals.get(rec["name"], 0) + score
        by_subject.setdefault(rec["subject"], []).append(score)
print(header)
print(sorted(totals.items(), key=lambda kv: -kv[1]))
for subject, scores in sorted(by_subject.items()):
    print("%-5s n=%d avg=%.2f max=%d" % (subject, len(scores), sum(scores) / len(scores), max(scores)))
report_path = "_215_report.txt"
with open(report_path, "w") as out:
    for name, total in sorted(totals.items()):
        print(name, total, sep="\t", file=out)
with open(report_path) as f:
    print(f.read().splitlines())
words_path = "_215_words.txt"
with open(words_path, "w") as f:
    f.write("the quick brown fox\njumps over\n\nthe lazy dog\n")
with open(words_path) as f:
    content = f.read()
print(len(content.splitlines()), len(content.split()), content.count("the"), max(content.split(), key=len))
with open(words_path) as f:
    nonblank = [l for l in (line.strip() for line in f) if l]
print(nonblank)
for p in (csv_path, report_path, words_path):
    os.remove(p)
print([p for p in os.listdir(".") if p.startswith("_215_")])
