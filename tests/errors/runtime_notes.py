def check(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        e.add_note("while checking x")
        err = ValueError("bad x")
        err.add_note("first note\nspans two lines")
        err.add_note("second note")
        raise err from e

check(0)
