# break and continue inside try and finally blocks of loops
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

print(loop_break())

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(loop_continue())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "break in finally discarded the KeyError at " + str(i)

print(break_in_finally())

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise ValueError
        finally:
            n += 1
            continue
    return n

print(continue_in_finally())
