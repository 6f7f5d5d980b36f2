# sys.exit("message") writes the message to stderr and exits with status 1; SystemExit can be caught
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no argument gives code", e.code)
print("exiting")
sys.exit("fatal: something went wrong")
print("not reached")
