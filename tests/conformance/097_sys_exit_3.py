# sys.exit(3) ends the program with exit status 3 after finally blocks run; nothing is written to stderr
import sys

def main():
    try:
        print("exiting with 3")
        sys.exit(3)
    finally:
        print("finally still runs")

main()
print("not reached")
