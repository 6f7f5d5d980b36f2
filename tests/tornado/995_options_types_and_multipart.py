# tornado.options: datetime and timedelta options (every accepted layout
# and unit, and the errors), the file an option is defined in as its group,
# log_rotate_mode; tornado.httputil: multipart filenames in RFC 2231/5987
# form (filename*=UTF-8''...), and split over several parameters.
import datetime
import logging
import os
import sys
import tempfile

from tornado.httputil import parse_multipart_form_data
from tornado.log import LogFormatter, enable_pretty_logging
from tornado.options import Error, OptionParser, define, options


def datetimes():
    opts = OptionParser()
    opts.define("when", type=datetime.datetime)
    for text in ("Sun Apr 28 05:16:07 2013", "2013-04-28 05:16:07", "2013-04-28 05:16",
                 "2013-04-28T05:16", "20130428 05:16:07", "20130428 05:16", "2013-04-28",
                 "20130428", "05:16:07", "05:16"):
        opts.parse_command_line(["prog", "--when=" + text])
        print("%-26r -> %r" % (text, opts.when))
    for text in ("yesterday", "2013-13-01", ""):
        try:
            opts.parse_command_line(["prog", "--when=" + text])
        except Error as e:
            print("Error:", e)


def timedeltas():
    opts = OptionParser()
    opts.define("wait", type=datetime.timedelta)
    opts.define("waits", type=datetime.timedelta, multiple=True)
    for text in ("45s", "45", "1.5h", "2d 3h", "1w", "10ms", "7us", "3min", "5sec",
                 "1 hours", "2 minutes 30 seconds", "-1d", "+2m", "1e2s", ".5s"):
        opts.parse_command_line(["prog", "--wait=" + text])
        print("%-24r -> %r" % (text, opts.wait))
    opts.parse_command_line(["prog", "--waits=1s,2m,3h"])
    print("multiple ->", opts.waits)
    for text in ("soon", "5 fortnights"):
        try:
            opts.parse_command_line(["prog", "--wait=" + text])
        except Exception as e:
            # (The TypeError's text is the datetime module's own.)
            print(type(e).__name__, repr(str(e)) if type(e) is Exception else "")


def groups():
    opts = OptionParser()
    opts.define("a", default=1)
    opts.define("b", group="b_group", default=2)
    this_file = sys._getframe(0).f_code.co_filename
    print("groups:", sorted(g if g != this_file else "<this file>" for g in opts.groups()))
    print("group_dict:", opts.group_dict("b_group"), opts.group_dict("nonexistent"))
    print("a's file is this one:", opts._options["a"].file_name == this_file)
    define("tn995_global", default=3)
    print("module-level define's file is this one:",
          options._options["tn995-global"].file_name == this_file)


def rotate_modes():
    tmp = tempfile.mkdtemp()
    for mode in ("size", "time", "wrong_mode"):
        opts = OptionParser()
        from tornado.log import define_logging_options

        define_logging_options(opts)
        opts.log_file_prefix = os.path.join(tmp, "log-" + mode)
        opts.log_rotate_mode = mode
        logger = logging.getLogger("tn995." + mode)
        logger.propagate = False
        try:
            enable_pretty_logging(options=opts, logger=logger)
            handler = logger.handlers[0]
            print(mode, "->", type(handler).__name__, isinstance(handler.formatter, LogFormatter))
            for h in logger.handlers:
                h.close()
        except ValueError as e:
            print(mode, "-> ValueError", e)


def multipart():
    cases = [
        b'form-data; name="files"; filename="ab.txt"; filename*=UTF-8\'\'%C3%A1b.txt',
        b"form-data; name=\"files\"; filename*=utf-8'en'%E6%B5%8B%E8%AF%95.txt",
        b"form-data; name=\"files\"; filename*=iso-8859-1''caf%E9.txt",
        b'form-data; name="files"; filename*0="long"; filename*1="name.txt"',
        b"form-data; name=\"files\"; filename*0*=UTF-8''%C3%A1; filename*1=b.txt",
        b'form-data; name="files"; filename="plain.txt"',
    ]
    for disposition in cases:
        data = (b"--1234\r\nContent-Disposition: " + disposition
                + b"\r\n\r\nFoo\r\n--1234--\r\n")
        args, files = {}, {}
        parse_multipart_form_data(b"1234", data, args, files)
        f = files["files"][0]
        print("filename:", repr(f["filename"]), f["body"])


datetimes()
timedeltas()
groups()
rotate_modes()
multipart()
