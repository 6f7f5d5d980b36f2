RAW = '''id,name,city,amount
1,"Smith, John",Boston,120.50
2,Jane Doe,"New York",99
3,"O""Brien",Dublin,
4,Li Wei,Shanghai,1000.25
'''


def parse_line(line):
    fields, cur, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    fields.append(cur)
    return fields


lines = RAW.strip().splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
amounts = [float(r["amount"]) for r in rows if r["amount"]]
print(header, len(rows), sum(amounts), max(rows, key=lambda r: float(r["amount"] or 0))["name"])
widths = {h: max(len(h), *(len(r[h]) for r in rows)) for h in header}
print(" | ".join(h.ljust(widths[h]) for h in header))
print("-+-".join("-" * widths[h] for h in header))
for r in rows:
    print(" | ".join(r[h].rjust(widths[h]) if h in ("id", "amount") else r[h].ljust(widths[h]) for h in header))


def to_line(fields):
    out = []
    for f in fields:
        f = str(f)
        if any(c in f for c in ',"\n'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


for r in rows:
    line = to_line(r.values())
    print(line, parse_line(line) == list(r.values()))
