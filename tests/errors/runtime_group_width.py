def fail(i):
    raise ValueError(i)

errors = []
for i in range(17):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("many", errors)
