key = lambda item: item[1]
pairs = [(1, "a"), (2,)]
pairs.sort(key=key)
