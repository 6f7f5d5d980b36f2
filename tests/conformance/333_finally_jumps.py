# break / continue / return in a finally that overrides a pending return:
# the return value must leave the stack (no corruption, no growth).
def a():
    n = 0
    for i in range(3):
        while True:
            n += 1
            try:
                return 1
            finally:
                if n % 2:
                    continue
                break
    return n
print(a())

def spin():
    # each `continue` used to leave the return value on the stack
    n = 0
    while True:
        try:
            return "never"
        finally:
            n += 1
            if n < 200000:
                continue
            break
    return n
print(spin())

def nested():
    for i in range(3):
        for j in range(2):
            try:
                return (i, j)
            finally:
                if j == 0:
                    continue
                break
    return "end"
print(nested())

def in_with():
    for i in range(2):
        with open(__file__) as fh:
            try:
                return i
            finally:
                break
    return "with-end", fh.closed
print(in_with())

def return_over_return():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        pass
print(return_over_return())

def outer_finally():
    out = []
    for i in range(4):
        try:
            try:
                return i
            finally:
                out.append(i)
                if i < 3:
                    continue
        finally:
            out.append("o")
    return out
print(outer_finally())

def loop_in_finally():
    for x in [1, 2]:
        try:
            try:
                return x
            finally:
                for y in range(3):
                    try:
                        return y
                    finally:
                        if y < 2:
                            continue
                        break
        finally:
            break
    return "e"
print(loop_in_finally())

def gen():
    for i in range(3):
        try:
            yield i
            return i
        finally:
            continue
    yield "g"
print(list(gen()))

def except_in_finally():
    while True:
        try:
            return 1
        finally:
            try:
                raise ValueError
            except ValueError:
                break
    return "h"
print(except_in_finally())

def for_else():
    for i in range(3):
        try:
            return i
        finally:
            continue
    else:
        return "else"
print(for_else())
