def scale(values, factor):
    out = []
    for v in values:
        if v:
            out.append(v * factor - None)
    return out

scale([1, 2], 3)
