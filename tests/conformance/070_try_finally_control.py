# return inside try and finally: finally runs first, a return in finally wins and swallows exceptions
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")

print(ret_in_try())

def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally wins"

print(ret_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return in finally"

print(swallow())

def value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2

print(value_evaluated_before_finally())

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())
