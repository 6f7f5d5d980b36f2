class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")

def lookup(d):
    try:
        return d["key"]
    except KeyError:
        raise LookupError("missing key") from None

try:
    lookup({})
except LookupError:
    raise Broken("x")
