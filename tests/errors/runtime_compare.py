def smaller(a, b):
    if a < b:
        return a
    return b
smaller(1, "2")
