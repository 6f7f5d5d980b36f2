e = ValueError(0)
for i in range(12):
    e = ExceptionGroup("d%d" % i, [e, KeyError(i)] if i % 2 else [e])
raise e
