"""installHandler and friends: whirl's unittest does not take over
Control-C; these keep the API, results are only remembered."""

__unittest = True

_results = []


def registerResult(result):
    _results.append(result)
    if len(_results) > 64:
        del _results[0]


def removeResult(result):
    try:
        _results.remove(result)
        return True
    except ValueError:
        return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
