"""mimetypes: a file's MIME type from its name, and back.

The built-in table below (the types CPython 3.11 knows without any
system file) is extended, on first use, by the system's mime.types
files, read in the order of `knownfiles` as CPython does."""

import os
import posixpath
import urllib.parse

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# One line a type, "type .ext .ext", in mime.types order: the first
# extension of a type is the one guess_extension() answers.
_STRICT_TABLE = """
    application/javascript .js .mjs
    application/json .json
    application/manifest+json .webmanifest
    application/msword .doc .dot .wiz
    application/n-quads .nq
    application/n-triples .nt
    application/octet-stream .bin .a .dll .exe .o .obj .so
    application/oda .oda
    application/pdf .pdf
    application/pkcs7-mime .p7c
    application/postscript .ps .ai .eps
    application/trig .trig
    application/vnd.apple.mpegurl .m3u .m3u8
    application/vnd.ms-excel .xls .xlb
    application/vnd.ms-powerpoint .ppt .pot .ppa .pps .pwz
    application/wasm .wasm
    application/x-bcpio .bcpio
    application/x-cpio .cpio
    application/x-csh .csh
    application/x-dvi .dvi
    application/x-gtar .gtar
    application/x-hdf .hdf
    application/x-hdf5 .h5
    application/x-latex .latex
    application/x-mif .mif
    application/x-netcdf .cdf .nc
    application/x-pkcs12 .p12 .pfx
    application/x-pn-realaudio .ram
    application/x-python-code .pyc .pyo
    application/x-sh .sh
    application/x-shar .shar
    application/x-shockwave-flash .swf
    application/x-sv4cpio .sv4cpio
    application/x-sv4crc .sv4crc
    application/x-tar .tar
    application/x-tcl .tcl
    application/x-tex .tex
    application/x-texinfo .texi .texinfo
    application/x-troff .roff .t .tr
    application/x-troff-man .man
    application/x-troff-me .me
    application/x-troff-ms .ms
    application/x-ustar .ustar
    application/x-wais-source .src
    application/xml .xsl .rdf .wsdl .xpdl
    application/zip .zip
    audio/3gpp .3gp .3gpp
    audio/3gpp2 .3g2 .3gpp2
    audio/aac .aac .adts .loas .ass
    audio/basic .au .snd
    audio/mpeg .mp3 .mp2
    audio/opus .opus
    audio/x-aiff .aif .aifc .aiff
    audio/x-pn-realaudio .ra
    audio/x-wav .wav
    image/avif .avif
    image/bmp .bmp
    image/gif .gif
    image/ief .ief
    image/jpeg .jpg .jpe .jpeg
    image/heic .heic
    image/heif .heif
    image/png .png
    image/svg+xml .svg
    image/tiff .tiff .tif
    image/vnd.microsoft.icon .ico
    image/x-cmu-raster .ras
    image/x-portable-anymap .pnm
    image/x-portable-bitmap .pbm
    image/x-portable-graymap .pgm
    image/x-portable-pixmap .ppm
    image/x-rgb .rgb
    image/x-xbitmap .xbm
    image/x-xpixmap .xpm
    image/x-xwindowdump .xwd
    message/rfc822 .eml .mht .mhtml .nws
    text/css .css
    text/csv .csv
    text/html .html .htm
    text/n3 .n3
    text/plain .txt .bat .c .h .ksh .pl .srt
    text/richtext .rtx
    text/tab-separated-values .tsv
    text/vtt .vtt
    text/x-python .py
    text/x-setext .etx
    text/x-sgml .sgm .sgml
    text/x-vcard .vcf
    text/xml .xml
    video/mp4 .mp4
    video/mpeg .mpeg .m1v .mpa .mpe .mpg
    video/quicktime .mov .qt
    video/webm .webm
    video/x-msvideo .avi
    video/x-sgi-movie .movie
"""

# Types that are common but not registered (used when strict=False).
_COMMON_TABLE = """
    application/rtf .rtf
    audio/midi .midi .mid
    image/jpg .jpg
    image/pict .pict .pct .pic
    image/webp .webp
    text/xul .xul
"""

_ENCODINGS = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
_SUFFIXES = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
             '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}


def _table_rows(table):
    for line in table.splitlines():
        words = line.split()
        if words:
            yield words[0], words[1:]


def _split_scheme(url):
    """('scheme', rest) when url starts with 'scheme:', else (None, url)."""
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A MIME-types database: built-in tables plus the files named."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_ENCODINGS)
        self.suffix_map = dict(_SUFFIXES)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for mime, exts in _table_rows(_STRICT_TABLE):
            for ext in exts:
                self.add_type(mime, ext, True)
        for mime, exts in _table_rows(_COMMON_TABLE):
            for ext in exts:
                self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps extension ext (with its dot) to type, and type to ext."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name or URL; None where unknown.
        'data:' URLs give their media type."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            mime = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in mime or '/' not in mime:
                mime = 'text/plain'
            return mime, None
        base, ext = posixpath.splitext(url)
        while (lowered := ext.lower()) in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[lowered])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        if ext in self.types_map[True]:
            return self.types_map[True][ext], encoding
        if not strict and ext in self.types_map[False]:
            return self.types_map[False][ext], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every known extension of a type, the preferred first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        """The preferred extension of a type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of an open mime.types file: 'type ext ext...'
        lines, '#' starting a comment."""
        while line := fp.readline():
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith('#'):
                    del words[i:]
                    break
            if not words:
                continue
            mime, suffixes = words[0], words[1:]
            for suffix in suffixes:
                self.add_type(mime, '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """There is no Windows registry here."""


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Builds the module's database from the built-in tables and the
    files named (the system's mime.types files when None)."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        if files is None:
            files = knownfiles
        else:
            files = knownfiles + list(files)
    else:
        db = _db
    for file in files:
        if os.path.isfile(file):
            db.read(file)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The {ext: type} map of one mime.types file, None if unreadable."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _default_maps():
    global suffix_map, encodings_map, types_map, common_types
    encodings_map = dict(_ENCODINGS)
    suffix_map = dict(_SUFFIXES)
    types_map = {}
    for mime, exts in _table_rows(_STRICT_TABLE):
        for ext in exts:
            types_map[ext] = mime
    common_types = {}
    for mime, exts in _table_rows(_COMMON_TABLE):
        for ext in exts:
            common_types[ext] = mime


_default_maps()
