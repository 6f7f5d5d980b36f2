# logging: format styles and their validation, BufferingFormatter,
# defaults, record factories, logger classes, adapters, the no-handler
# message, captureWarnings and basicConfig's argument checks.
import io
import logging
import sys
import warnings


def show(fmt, style="%", **kw):
    try:
        f = logging.Formatter(fmt, style=style, **kw)
    except Exception as e:
        print("  ", repr(fmt), style, type(e).__name__, e)
        return None
    rec = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "levelname": "INFO",
                                 "name": "app", "levelno": 20, "custom": {"key": 7}})
    try:
        print("  ", repr(fmt), style, "->", repr(f.format(rec)))
    except Exception as e:
        print("  ", repr(fmt), style, "format:", type(e).__name__, e)
    return f


print("formats")
show("%(levelname)s:%(name)s:%(message)s")
show("%(message)-10s|")
show("%(levelno)05d %(message)r")
show("no fields")
show("%(message)")
show("%(missing)s")
show("{levelname}:{name}:{message}", "{")
show("{message!r:>20}", "{")
show("{custom[key]} {message}", "{")
show("{message!x}", "{")
show("{message:%%%}", "{")
show("plain", "{")
show("${levelname} $name $message", "$")
show("$$ ${message}", "$")
show("costs $", "$")
show("nothing", "$")
show("%(message)s", "#")
show("%(extra)s %(message)s", defaults={"extra": "EXTRA"})
show("{extra} {message}", "{", defaults={"extra": "E2"})
f = logging.Formatter("{asctime}", style="{")
print("usesTime", f.usesTime(), logging.Formatter("%(message)s").usesTime(),
      logging.Formatter("${asctime}", style="$").usesTime())
print("styles", [c.__name__ for c in (logging.PercentStyle, logging.StrFormatStyle,
                                       logging.StringTemplateStyle)])
print("formatter._fmt", logging.Formatter()._fmt, logging.Formatter(style="{")._fmt,
      logging.Formatter(style="$")._fmt)

print("BufferingFormatter")


class Bracketed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d:" % len(records)

    def formatFooter(self, records):
        return "]"


recs = [logging.makeLogRecord({"msg": m}) for m in ("a", "b", "c")]
print(repr(logging.BufferingFormatter().format(recs)))
print(repr(logging.BufferingFormatter().format([])))
print(repr(Bracketed(logging.Formatter("<%(message)s>")).format(recs)))

print("levels")
print(logging.getLevelNamesMapping() == {"CRITICAL": 50, "FATAL": 50, "ERROR": 40,
                                         "WARN": 30, "WARNING": 30, "INFO": 20,
                                         "DEBUG": 10, "NOTSET": 0})
print(logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName("NOPE"))
for bad in ("LOUD", 2.5, None):
    try:
        logging.getLogger("lv").setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)

print("record factory")
old = logging.getLogRecordFactory()


class TaggedRecord(logging.LogRecord):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = "T"


logging.setLogRecordFactory(TaggedRecord)
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(tag)s %(levelname)s %(message)s"))
lg = logging.getLogger("factory")
lg.propagate = False
lg.addHandler(h)
lg.warning("made by %s", "factory")
print(repr(stream.getvalue()), type(logging.makeLogRecord({})).__name__)
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)

print("logger class")


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("made.with.mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("made.after")).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)

print("adapter")


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


stream = io.StringIO()
base = logging.getLogger("adapted")
base.propagate = False
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
base.addHandler(h)
ad = Prefix(base, {"id": 42})
ad.setLevel(logging.INFO)
ad.debug("hidden")
ad.info("shown %d", 1)
ad.warning("warned")
try:
    raise ValueError("boom")
except ValueError:
    ad.exception("caught")
print(stream.getvalue().splitlines()[:4])
print(ad.getEffectiveLevel(), ad.hasHandlers(), ad.isEnabledFor(logging.DEBUG), ad.name,
      ad.manager is logging.Logger.manager, repr(ad))

print("no handlers")
lonely = logging.getLogger("lonely")
lonely.propagate = False
saved_err = sys.stderr
sys.stderr = io.StringIO()
lonely.warning("to last resort")
saved_last = logging.lastResort
logging.lastResort = None
lonely.warning("nowhere")
lonely.warning("nowhere again")
out = sys.stderr.getvalue()
sys.stderr = saved_err
logging.lastResort = saved_last
print(repr(out))

print("captureWarnings")
stream = io.StringIO()
pyw = logging.getLogger("py.warnings")
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(name)s|%(message)s"))
pyw.addHandler(h)
pyw.propagate = False
logging.captureWarnings(True)
warnings.warn_explicit("careful", UserWarning, "where.py", 12)
logging.captureWarnings(False)
print(repr(stream.getvalue()))

print("basicConfig")
for kwargs in ({"stream": io.StringIO(), "filename": "x.log"},
               {"handlers": [logging.NullHandler()], "stream": io.StringIO()},
               {"style": "?"},
               {"bogus": 1, "other": 2}):
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers.clear()
    try:
        logging.basicConfig(**kwargs)
        print("ok", len(root.handlers))
    except ValueError as e:
        print("ValueError", e)
    root.handlers[:] = saved
stream = io.StringIO()
logging.basicConfig(stream=stream, style="{", level=logging.INFO, force=True)
logging.info("braces %s", "default")
logging.debug("hidden")
print(repr(stream.getvalue()))
logging.basicConfig(stream=stream, style="$", force=True, format="${levelname}-${message}")
logging.warning("dollars")
print(repr(stream.getvalue()))
