# logging.config: dictConfig (formatters, filters, handlers, loggers,
# ext:// and cfg:// values, factories, errors) and fileConfig.
import io
import logging
import logging.config
import os
import sys
import tempfile

old = logging.getLogger("old.module")
kept = logging.getLogger("app.child")


class OnlyEven:
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)


config = {
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "brace": {"format": "{levelname} {name}: {message}", "style": "{"},
        "custom": {"()": make_formatter, "fmt": "%(message)s", "prefix": ">> "},
    },
    "filters": {
        "apponly": {"name": "app"},
        "even": {"()": OnlyEven},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "plain", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "stream": "cfg://handlers.out.stream",
                   "formatter": "brace", "filters": ["apponly"]},
        "evens": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "custom", "filters": ["even"]},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "out"},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["out", "braced"], "propagate": False},
        "nums": {"handlers": ["evens"], "level": 10, "propagate": False},
        "buffered": {"handlers": ["mem"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
print(app.level, app.propagate, [type(h).__name__ for h in app.handlers], [h.name for h in app.handlers])
app.debug("hidden")
app.info("info from app")
logging.getLogger("app.sub").warning("from a child")
kept.error("kept logger still works")
print("old disabled:", old.disabled, "kept disabled:", kept.disabled)
old.error("not shown")
for i in range(4):
    logging.getLogger("nums").info("n=%d", i)
logging.getLogger("other").warning("to root")
logging.getLogger("other").info("below root level")
b = logging.getLogger("buffered")
b.warning("buffer 1")
print("nothing yet")
b.warning("buffer 2")
print(sorted(logging._handlers))

logging.config.dictConfig({
    "version": 1,
    "incremental": True,
    "handlers": {"out": {"level": "ERROR"}},
    "loggers": {"app": {"level": "DEBUG"}},
})
app.warning("filtered by the handler now")
app.error("error passes")

for bad in [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
    {"version": 1, "formatters": {"f": {"format": "%(x)s", "style": "?"}}},
    {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
    {"version": 1, "root": {"handlers": ["nope"]}},
    {"version": 1, "incremental": True, "handlers": {"unknown": {}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "cfg://nowhere"}}},
]:
    try:
        logging.config.dictConfig(bad)
        print("configured")
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, "<-", type(cause).__name__ if cause else None, cause if cause else "")

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
print("app disabled:", app.disabled)

ini = """
[loggers]
keys=root,web

[handlers]
keys=console,nowhere

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=console

[logger_web]
level=DEBUG
handlers=console
qualname=web.server
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[handler_nowhere]
class=logging.NullHandler
args=()

[formatter_simple]
format=%(name)s - %(levelname)s - %(message)s
"""
p = os.path.join(tempfile.mkdtemp(), "logging.ini")
with open(p, "w") as f:
    f.write(ini)
logging.config.fileConfig(p)
web = logging.getLogger("web.server")
web.debug("debug from web")
logging.getLogger("anything").warning("root warns")
print(web.propagate, web.level, [type(h).__name__ for h in web.handlers], app.disabled)
logging.config.fileConfig(io.StringIO(ini), disable_existing_loggers=False)
web.info("again via a file object")
try:
    logging.config.fileConfig(io.StringIO("[loggers]\nkeys=root\n"))
except Exception as e:
    print(type(e).__name__, e)
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print(e)
