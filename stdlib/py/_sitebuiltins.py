"""What CPython's `site` puts in builtins, whirl's own: `exit` and `quit`
(shown as "Use exit() or Ctrl-D (i.e. EOF) to exit"), `help`, and
`copyright`, `credits`, `license` with whirl's texts. Installed at
startup unless `-S`; imports nothing more until used (start-up stays
cheap)."""

import builtins


class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        # As CPython: standard input is closed first, then SystemExit.
        import sys

        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


class _Printer:
    """An object whose repr is a text (or, when long, how to see it) and
    which prints the text when called."""

    MAXLINES = 23

    def __init__(self, name, text):
        self.__name = name
        self.__lines = text.split("\n")

    def __repr__(self):
        if len(self.__lines) <= self.MAXLINES:
            return "\n".join(self.__lines)
        return f"Type {self.__name}() to see the full {self.__name} text"

    def __call__(self):
        print("\n".join(self.__lines))


class _Helper:
    """`help()`: the interactive help; `help(obj)`: the documentation of
    obj (pydoc's plain-text rendering)."""

    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."

    def __call__(self, *args, **kwds):
        import pydoc

        return pydoc.help(*args, **kwds)


_COPYRIGHT = """Copyright (c) the whirl authors.
All Rights Reserved.

whirl is a Python 3.11 interpreter written in Rust. It is not CPython and
contains none of CPython's code; the Python language it implements is
Copyright (c) 2001-2023 Python Software Foundation."""

_CREDITS = """    whirl is written by its authors; the Python language and the behaviour it
    follows are the work of the Python Software Foundation and the CPython
    developers. See https://www.python.org for more about Python."""

_LICENSE = """whirl is distributed under the MIT License:

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE."""

builtins.exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
builtins.quit = Quitter("quit", "Ctrl-D (i.e. EOF)")
builtins.help = _Helper()
builtins.copyright = _Printer("copyright", _COPYRIGHT)
builtins.credits = _Printer("credits", _CREDITS)
builtins.license = _Printer("license", _LICENSE)
