inputs = ["10", "0", "abc", "5", None, "-2", "3.5"]
results, errors = [], []
for raw in inputs:
    try:
        n = int(raw)
        if n < 0:
            raise ValueError("negative: %d" % n)
        results.append(100 // n)
    except ZeroDivisionError:
        errors.append((raw, "division by zero"))
        continue
    except (ValueError, TypeError) as e:
        errors.append((raw, type(e).__name__))
    else:
        errors.append((raw, None))
    finally:
        pass
print(results)
print(errors)


def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except RuntimeError as e:
            last = e
            print("  attempt", i, "failed:", e)
    raise RuntimeError("gave up after %d attempts" % attempts) from last


def flaky(i):
    if i < 2:
        raise RuntimeError("try %d" % i)
    return "ok on %d" % i


print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("finally", count)
print("loop done", count)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
