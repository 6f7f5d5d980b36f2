from tabulate import tabulate
rows = [["Sun", 696000, 1989100000], ["Earth", 6371, 5973.6], ["Moon", 1737, 73.5]]
print(tabulate(rows, headers=["Planet", "R (km)", "mass (x 10^29 kg)"]))
print(tabulate(rows, tablefmt="grid"))
print(tabulate([{"a": 1, "b": "x"}], headers="keys", tablefmt="github"))
