# -*- coding: iso8859-15 -*-
# Source encodings (PEP 263): this file is ISO 8859-15, its cookie says so,
# and modules and compile() get their text decoded by the codec their
# cookie names (any codec, the registry's too), with CPython's messages
# when they cannot.
import os
import sys
import tempfile

print(ascii("€ Š š é"))

folder = tempfile.mkdtemp()
sys.path.insert(0, folder)


def module(name, data):
    with open(os.path.join(folder, name + ".py"), "wb") as f:
        f.write(data)


module("enc_cp1252", b"# coding: cp1252\nx = '\x80\x93\x94'\n")
module("enc_vim", b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\nx = '\xe9'\n")
module("enc_koi8", b"# -*- coding: koi8-r -*-\nx = '\xc1\xc2'\n")
module("enc_utf8_bom", b"\xef\xbb\xbfx = '\xc3\xa9'\n")
for name in ["enc_cp1252", "enc_vim", "enc_koi8", "enc_utf8_bom"]:
    print(name, ascii(__import__(name).x))

module("bad_unknown", b"# coding: foo-bar\nx = 1\n")
module("bad_ascii", b"# coding: ascii\nx = '\xa4'\n")
module("bad_bom", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")
module("bad_cp1252", b"# coding: cp1252\nx = '\x81'\n")
for name in ["bad_unknown", "bad_ascii", "bad_bom", "bad_cp1252"]:
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, e.msg)

for src in [
    b"# coding: iso8859-15\nx = '\xa4'\n",
    b"\n# coding=latin-1\nx = '\xff'\n",
    b"x = 1  # coding: latin-1 (not a comment line: ignored)\nx = '\xc3\xa9'\n",
]:
    ns = {}
    exec(compile(src, "<bytes>", "exec"), ns)
    print(ascii(ns["x"]))
for src in [b"# coding: nope\nx = 1\n", b"# coding: cp1252\nx = '\x81'\n"]:
    try:
        compile(src, "<bytes>", "exec")
    except SyntaxError as e:
        print(e.msg)
# A str is text already: its cookie is not applied.
ns = {}
exec("# coding: latin-1\nx = '\u00e9'", ns)
print(ascii(ns["x"]))
