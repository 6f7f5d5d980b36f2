# a sales report: parsing CSV-like text, grouping with itertools.groupby, aggregates, aligned columns, percentages
from itertools import groupby
from functools import reduce

DATA = """region,product,month,units,price
north,widget,jan,120,2.50
north,gadget,jan,15,19.99
south,widget,jan,80,2.50
south,gizmo,feb,7,105.00
north,widget,feb,140,2.45
east,gadget,feb,22,18.50
south,widget,feb,95,2.55
east,widget,mar,60,2.60
north,gizmo,mar,3,99.00
east,gizmo,mar,5,102.25"""


def parse(text):
    header, *lines = text.splitlines()
    keys = header.split(",")
    for line in lines:
        row = dict(zip(keys, line.split(",")))
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        row["revenue"] = round(row["units"] * row["price"], 2)
        yield row


rows = list(parse(DATA))
total = sum(r["revenue"] for r in rows)
print(f"{len(rows)} rows, total revenue {total:,.2f}")
print(f"{'region':<8}{'units':>7}{'revenue':>12}{'share':>8}")
by_region = sorted(rows, key=lambda r: r["region"])
for region, group in groupby(by_region, key=lambda r: r["region"]):
    group = list(group)
    units = sum(r["units"] for r in group)
    revenue = sum(r["revenue"] for r in group)
    print(f"{region:<8}{units:>7d}{revenue:>12,.2f}{revenue / total:>8.1%}")
best = max(rows, key=lambda r: r["revenue"])
print("best line:", best["region"], best["product"], best["month"], f"{best['revenue']:.2f}")
products = {}
for r in rows:
    products.setdefault(r["product"], []).append(r["price"])
for name, prices in sorted(products.items()):
    print(f"{name:>7}: avg price {sum(prices) / len(prices):8.3f} over {len(prices)} sales, min {min(prices):.2f}")
months = ["jan", "feb", "mar"]
trend = [sum(r["units"] for r in rows if r["month"] == m) for m in months]
print(dict(zip(months, trend)), reduce(lambda a, b: a * b, trend), "%-6s|%6.2f|%+d" % ("x", 3.14159, 42))

# a pivot table: regions down, months across, units in the cells, totals
regions = sorted({r["region"] for r in rows})
pivot = {(r["region"], r["month"]): 0 for r in rows}
for r in rows:
    pivot[(r["region"], r["month"])] += r["units"]
print("region " + "".join(f"{m:>6}" for m in months) + f"{'total':>7}")
for region in regions:
    cells = [pivot.get((region, m), 0) for m in months]
    print(f"{region:<7}" + "".join(f"{c:>6}" for c in cells) + f"{sum(cells):>7}")
column_totals = [sum(pivot.get((reg, m), 0) for reg in regions) for m in months]
print(f"{'total':<7}" + "".join(f"{c:>6}" for c in column_totals) + f"{sum(column_totals):>7}")
