def collect(*groups):
    out = []
    for g in groups:
        out = [*out, *g]
    return out

collect([1], None)
