def work():
    try:
        raise ExceptionGroup("tasks", [ValueError("a"), TypeError("b")])
    except* ValueError as e:
        e.add_note("note on the match")
        raise

try:
    work()
except ExceptionGroup as g:
    raise RuntimeError("summary") from g
