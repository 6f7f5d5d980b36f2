"""Naval Fate.

Usage:
  naval_fate.py ship new <name>...
  naval_fate.py ship <name> move <x> <y> [--speed=<kn>]
  naval_fate.py -h | --help

Options:
  -h --help     Show this screen.
  --speed=<kn>  Speed in knots [default: 10].
"""
from docopt import docopt, DocoptExit

args = docopt(__doc__, argv=["ship", "Guardian", "move", "10", "50", "--speed=20"])
print(sorted(args.items()))
args = docopt(__doc__, argv=["ship", "new", "A", "B"])
print(args["<name>"], args["new"], args["--speed"])
try:
    docopt(__doc__, argv=["fly"])
except DocoptExit as e:
    print("DocoptExit", str(e).splitlines()[0])
