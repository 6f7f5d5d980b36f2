sales = {
    "north": {"q1": 1200, "q2": 1350, "q3": 980, "q4": 1500},
    "south": {"q1": 800, "q2": 920, "q3": 1100, "q4": 1050},
    "east": {"q1": 1500, "q2": 1420, "q3": 1600, "q4": 1700},
    "west": {"q1": 600, "q2": 750, "q3": 720, "q4": 900},
}
quarters = ["q1", "q2", "q3", "q4"]
lines = []
lines.append("%-8s" % "region" + "".join("%8s" % q for q in quarters) + "%9s%8s" % ("total", "share"))
grand = sum(sum(v.values()) for v in sales.values())
for region in sorted(sales, key=lambda r: -sum(sales[r].values())):
    row = sales[region]
    total = sum(row.values())
    lines.append("%-8s" % region + "".join("%8d" % row[q] for q in quarters) + "%9d%7.1f%%" % (total, 100 * total / grand))
lines.append("%-8s" % "total" + "".join("%8d" % sum(sales[r][q] for r in sales) for q in quarters) + "%9d" % grand)
print("\n".join(lines))
best = max(((r, q) for r in sales for q in quarters), key=lambda rq: sales[rq[0]][rq[1]])
print("best:", best, sales[best[0]][best[1]])
growth = {r: (v["q4"] - v["q1"]) / v["q1"] for r, v in sales.items()}
for r, g in sorted(growth.items(), key=lambda kv: kv[1], reverse=True):
    bar = "#" * int(g * 40)
    print(f"{r:<6}{g:>+8.1%} {bar}")
parts = []
for q in quarters:
    col = [sales[r][q] for r in sales]
    parts.append(f"{q}: min={min(col)} max={max(col)} mean={sum(col) / len(col):.2f}")
print("; ".join(parts))
