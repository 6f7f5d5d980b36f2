"""`whirl -m json.tool [infile] [outfile]`: validates JSON and prints it
indented (options: --sort-keys, --no-ensure-ascii, --json-lines,
--indent N, --tab, --no-indent, --compact), as CPython's json.tool."""

import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser(
        prog="python -m json.tool",
        description="A simple command line interface for json module to validate and pretty-print JSON objects.",
    )
    parser.add_argument("infile", nargs="?", help="a JSON file to be validated or pretty-printed", default="-")
    parser.add_argument("outfile", nargs="?", help="write the output of infile to outfile", default=None)
    parser.add_argument("--sort-keys", action="store_true", default=False, help="sort the output of dictionaries alphabetically by key")
    parser.add_argument("--no-ensure-ascii", dest="ensure_ascii", action="store_false", help="disable escaping of non-ASCII characters")
    parser.add_argument("--json-lines", action="store_true", default=False, help="parse input using the JSON Lines format.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--indent", default=4, type=int, help="separate items with newlines and use this number of spaces for indentation")
    group.add_argument("--tab", action="store_const", dest="indent", const="\t", help="separate items with newlines and use tabs for indentation")
    group.add_argument("--no-indent", action="store_const", dest="indent", const=None, help="separate items with spaces rather than newlines")
    group.add_argument("--compact", action="store_true", help="suppress all whitespace separation (most compact)")
    options = parser.parse_args()

    dump_args = {
        "sort_keys": options.sort_keys,
        "indent": options.indent,
        "ensure_ascii": options.ensure_ascii,
    }
    if options.compact:
        dump_args["indent"] = None
        dump_args["separators"] = (",", ":")

    if options.infile == "-":
        infile = sys.stdin
    else:
        try:
            infile = open(options.infile, encoding="utf-8")
        except OSError as e:
            parser.error(f"argument infile: can't open '{options.infile}': {e}")
    try:
        text = infile.read()
        if options.json_lines:
            objs = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            objs = [json.loads(text)]
    except ValueError as e:
        raise SystemExit(e)
    finally:
        if infile is not sys.stdin:
            infile.close()

    if options.outfile is None:
        outfile = sys.stdout
    else:
        outfile = open(options.outfile, "w", encoding="utf-8")
    with outfile if outfile is not sys.stdout else _NoClose(outfile) as out:
        for obj in objs:
            json.dump(obj, out, **dump_args)
            out.write("\n")


class _NoClose:
    def __init__(self, f):
        self.f = f

    def __enter__(self):
        return self.f

    def __exit__(self, *exc):
        self.f.flush()


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
