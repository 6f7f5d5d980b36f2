import sys

print("prompting")
try:
    line = input("name? ")
    print("got", line)
except EOFError as e:
    print("EOFError:", repr(e))
print(sys.stdin.read() == "", "done")
data = sys.stdin.readline()
print(repr(data))
value = input()
print("unreachable", value)
