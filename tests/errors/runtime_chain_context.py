def fetch(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"missing {k}")

fetch({}, "a")
