try:
    {}["x"]
except KeyError:
    raise ValueError("bad") from None
