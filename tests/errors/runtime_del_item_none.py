cache = None
del cache["old"]
