"""tornado.log: Tornado's three loggers and its log formatter.

``access_log`` (tornado.access) gets one line per request, ``app_log``
(tornado.application) uncaught handler exceptions, ``gen_log``
(tornado.general) the rest. ``enable_pretty_logging`` installs
``LogFormatter`` on the root logger, as ``tornado.options`` does.
"""

import logging
import sys

# Libraries Tornado's LogFormatter can colour with: None when not installed.
try:
    import colorama
except ImportError:
    colorama = None
try:
    import curses
except ImportError:
    curses = None

access_log = logging.getLogger("tornado.access")
app_log = logging.getLogger("tornado.application")
gen_log = logging.getLogger("tornado.general")


def _stderr_supports_color():
    isatty = getattr(sys.stderr, "isatty", None)
    try:
        return bool(isatty and isatty())
    except Exception:
        return False


def _safe_unicode(s):
    if isinstance(s, bytes):
        try:
            return s.decode("utf-8")
        except UnicodeDecodeError:
            return repr(s)
    return s


class LogFormatter(logging.Formatter):
    """``[L yymmdd HH:MM:SS module:line] message``, colored on a terminal."""

    DEFAULT_FORMAT = ("%(color)s[%(levelname)1.1s %(asctime)s %(module)s:%(lineno)d]"
                      "%(end_color)s %(message)s")
    DEFAULT_DATE_FORMAT = "%y%m%d %H:%M:%S"
    DEFAULT_COLORS = {logging.DEBUG: 4, logging.INFO: 2, logging.WARNING: 3,
                      logging.ERROR: 1, logging.CRITICAL: 5}

    def __init__(self, fmt=DEFAULT_FORMAT, datefmt=DEFAULT_DATE_FORMAT, style="%", color=True,
                 colors=DEFAULT_COLORS):
        logging.Formatter.__init__(self, datefmt=datefmt)
        self._fmt = fmt
        self._colors = {}
        self._normal = ""
        if color and _stderr_supports_color():
            for levelno, code in colors.items():
                self._colors[levelno] = "\033[2;3%dm" % code
            self._normal = "\033[0m"

    def format(self, record):
        try:
            record.message = _safe_unicode(record.getMessage())
        except Exception as e:
            record.message = "Bad message (%r): %r" % (e, record.__dict__)
        record.asctime = self.formatTime(record, self.datefmt)
        if record.levelno in self._colors:
            record.color = self._colors[record.levelno]
            record.end_color = self._normal
        else:
            record.color = record.end_color = ""
        formatted = self._fmt % record.__dict__
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            lines = [formatted.rstrip()]
            lines.extend(_safe_unicode(ln) for ln in record.exc_text.split("\n"))
            formatted = "\n".join(lines)
        return formatted.replace("\n", "\n    ")


def enable_pretty_logging(options=None, logger=None):
    if options is None:
        import tornado.options
        options = tornado.options.options
    if options.logging is None or options.logging.lower() == "none":
        return
    if logger is None:
        logger = logging.getLogger()
    logger.setLevel(getattr(logging, options.logging.upper()))
    if options.log_file_prefix:
        channel = _rotating_file_handler(options)
        channel.setFormatter(LogFormatter(color=False))
        logger.addHandler(channel)
    if options.log_to_stderr or (options.log_to_stderr is None and not logger.handlers):
        channel = logging.StreamHandler()
        channel.setFormatter(LogFormatter())
        logger.addHandler(channel)


def _rotating_file_handler(options):
    """The file handler --log_rotate_mode asks for: rolled over by size
    ("size") or by time ("time")."""
    import logging.handlers

    mode = options.log_rotate_mode
    if mode == "size":
        return logging.handlers.RotatingFileHandler(
            filename=options.log_file_prefix, mode="a",
            maxBytes=options.log_file_max_size,
            backupCount=options.log_file_num_backups, encoding="utf-8")
    if mode == "time":
        return logging.handlers.TimedRotatingFileHandler(
            filename=options.log_file_prefix, when=options.log_rotate_when,
            interval=options.log_rotate_interval,
            backupCount=options.log_file_num_backups, encoding="utf-8")
    raise ValueError('The value of log_rotate_mode option should be "size" or "time", not "%s".'
                     % mode)


def define_logging_options(options=None):
    if options is None:
        import tornado.options
        options = tornado.options.options
    options.define("logging", default="info",
                   help=("Set the Python log level. If 'none', tornado won't touch the "
                         "logging configuration."),
                   metavar="debug|info|warning|error|none")
    options.define("log_to_stderr", type=bool, default=None,
                   help=("Send log output to stderr (colorized if possible). "
                         "By default use stderr if --log_file_prefix is not set and "
                         "no other logging is configured."))
    options.define("log_file_prefix", type=str, default=None, metavar="PATH",
                   help=("Path prefix for log files. "
                         "Note that if you are running multiple tornado processes, "
                         "log_file_prefix must be different for each of them (e.g. "
                         "include the port number)"))
    options.define("log_file_max_size", type=int, default=100 * 1000 * 1000,
                   help="max size of log files before rollover")
    options.define("log_file_num_backups", type=int, default=10,
                   help="number of log files to keep")
    options.define("log_rotate_when", type=str, default="midnight",
                   help=("specify the type of TimedRotatingFileHandler interval "
                         "other options:('S', 'M', 'H', 'D', 'W0'-'W6')"))
    options.define("log_rotate_interval", type=int, default=1,
                   help="The interval value of timed rotating")
    options.define("log_rotate_mode", type=str, default="size",
                   help="The mode of rotating files(time or size)")
    options.add_parse_callback(lambda: enable_pretty_logging(options))
