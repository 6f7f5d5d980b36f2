# Keys and items views are set-like: &, |, ^, - with any iterable on
# either side give sets; they compare with sets and other views; values
# views do not; non-iterables fail as CPython says.
d = {1: 2, 3: 4, 5: 6}
e = {3: 4, 7: 8}
print(sorted(d.keys() & {1, 9}), sorted(d.keys() | [9]), sorted(d.keys() - (1,)), sorted(d.keys() ^ {1, 9}))
print(sorted(d.items() & {(1, 2), (3, 0)}), sorted(d.items() - e.items()), sorted(d.keys() & e.keys()))
print(sorted([1, 7] - d.keys()), sorted({9} | d.keys()), sorted(range(4) & d.keys()), type(d.keys() & {1}).__name__)
print(d.keys() == {1, 3, 5}, d.keys() != {1}, d.keys() <= {1, 3, 5, 7}, d.keys() < {1, 3, 5}, d.keys() >= {1}, {1, 3, 5} == d.keys())
print(d.items() == {(1, 2), (3, 4), (5, 6)}, d.keys() == e.keys(), {1: 0}.keys() == {1: 5}.keys(), d.keys() == [1, 3, 5])
for expr in ["d.keys() - 5", "5 - d.keys()", "d.keys() & None", "d.items() ^ 3", "d.values() & {2}", "d.values() == {2, 4, 6}"]:
    try:
        print(expr, eval(expr))
    except TypeError as err:
        print(expr, "TypeError", err)
