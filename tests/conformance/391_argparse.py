# argparse: options and positionals of every action and nargs, types and
# choices, subcommands, mutually exclusive and titled groups, help and
# usage layout (wrapped), defaults formatter, BooleanOptionalAction,
# abbreviations, negative numbers, combined short flags, the errors.
import argparse
import io
import os
import sys

os.environ["COLUMNS"] = "80"

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(args)
        result = repr(ns)
    except SystemExit as e:
        result = "exit %s" % e.code
    finally:
        sys.stdout, sys.stderr = old
    print(result)
    if out.getvalue():
        print("--- stdout\n" + out.getvalue(), end="")
    if err.getvalue():
        print("--- stderr\n" + err.getvalue(), end="")

p = argparse.ArgumentParser(prog="prog", description="Process some integers and do things with them in a long description that needs wrapping across lines.", epilog="And that's how you'd foo a bar")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="pick %(choices)s; default %(default)s")
p.add_argument("-o", "--output", metavar="FILE")
p.add_argument("--flag", action="store_true", help="a flag")
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("-I", action="append", dest="include", default=None)
p.add_argument("--pair", nargs=2, type=float)
p.add_argument("--opt", nargs="?", const="C", default="D")
run(p, ["1", "2", "3"])
run(p, ["1", "--sum", "7", "-vv", "--mode", "slow", "-o", "x.txt", "--flag", "--no-color", "-Ia", "-I", "b", "--pair", "1", "2.5", "--opt"])
run(p, ["--out=f", "5", "--verb", "--opt", "val", "--", "-3"])
run(p, ["-h"])
run(p, [])
run(p, ["x"])
run(p, ["1", "--mode", "medium"])
run(p, ["1", "--pair", "1"])
run(p, ["1", "--bogus", "2"])
run(p, ["1", "-o"])
args = p.parse_args(["4", "9", "--sum"])
print(args.accumulate(args.integers), args.verbose, args.mode, "integers" in args)

q = argparse.ArgumentParser(prog="git")
q.add_argument("--version", action="version", version="%(prog)s 2.0")
sub = q.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
s = sub.add_parser("status", aliases=["st"], help="show status")
s.add_argument("paths", nargs="*")
run(q, ["commit", "-m", "msg"])
run(q, ["st", "a", "b"])
run(q, ["commit"])
run(q, ["nope"])
run(q, ["--help"])
run(q, ["commit", "--help"])
run(q, ["--version"])
run(q, [])

g = argparse.ArgumentParser(prog="mx")
grp = g.add_mutually_exclusive_group(required=True)
grp.add_argument("--foo", action="store_true")
grp.add_argument("--bar", action="store_false")
opts = g.add_argument_group("extra", "Extra options.")
opts.add_argument("--level", type=int, default=3, help="level (default: %(default)s)")
run(g, ["--foo"])
run(g, ["--foo", "--bar"])
run(g, [])
run(g, ["-h"])

b = argparse.ArgumentParser(prog="bo", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="feature toggle")
b.add_argument("count", type=int, nargs="?", default=1, help="how many")
b.add_argument("rest", nargs=argparse.REMAINDER)
run(b, ["--no-feature", "3", "a", "--b"])
run(b, ["-h"])
ns, extra = b.parse_known_args(["5", "x"])
print(ns, extra)

long = argparse.ArgumentParser(prog="a_rather_long_program_name")
for i in range(8):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
long.add_argument("positional_one")
long.add_argument("positional_two", nargs="*")
run(long, ["-h"])

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % s)
    return v
t = argparse.ArgumentParser(prog="t", exit_on_error=False)
t.add_argument("--n", type=positive)
try:
    t.parse_args(["--n", "-2"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
print(t.parse_args(["--n", "4"]))
try:
    t.add_argument("--n")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    t.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError", e)
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1))
n = argparse.ArgumentParser(prog="neg")
n.add_argument("x", type=int)
n.add_argument("-y", type=int, default=0)
run(n, ["-5", "-y", "-2"])
run(n, ["-y-3", "7"])
c2 = argparse.ArgumentParser(prog="comb")
c2.add_argument("-a", action="store_true")
c2.add_argument("-b", action="store_true")
c2.add_argument("-c")
run(c2, ["-abcval"])
run(c2, ["-ab", "-c", "x"])
