# an uncaught KeyError: its message is the repr of the key, exit status 1
def lookup(d, k):
    return d[k]

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "missing")
