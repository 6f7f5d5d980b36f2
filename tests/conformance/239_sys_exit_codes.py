import sys


def main(argv):
    print("args:", argv[1:])
    try:
        sys.exit(0)
    except SystemExit as e:
        print("caught SystemExit", e.code)
    try:
        sys.exit("message")
    except SystemExit as e:
        print("caught with message", e.code)
    try:
        exit(5)
    except SystemExit as e:
        print("exit() raised", e.code)
    try:
        raise SystemExit
    except SystemExit as e:
        print("bare", e.code)
    return 3


code = main(sys.argv)
print("exiting with", code)
try:
    sys.exit(code)
finally:
    print("finally runs on exit")
