import attr

@attr.s
class P:
    x = attr.ib()
    y = attr.ib(default=0)

print(P(1), P(1) == P(1, 0), attr.asdict(P(2, 3)))
