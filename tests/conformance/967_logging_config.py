# logging.config: dictConfig (formatters with styles and defaults,
# filters, handlers by class and factory, cfg:// and ext:// values,
# incremental, disable_existing_loggers, errors) and fileConfig from a
# file object and a parser; listen() gives a thread object.
import configparser
import io
import logging
import logging.config
import sys

out = io.StringIO()
sys.modules["__main__"].OUT = out


class OnlyEven(logging.Filter):
    def filter(self, record):
        return int(record.getMessage().split()[-1]) % 2 == 0


def make_handler(prefix):
    h = logging.StreamHandler(out)
    h.setFormatter(logging.Formatter(prefix + " %(message)s"))
    return h


config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "{levelname}|{name}|{message}", "style": "{"},
        "dollar": {"format": "$levelname/$message", "style": "$"},
        "defaults": {"format": "%(levelname)s %(tag)s %(message)s", "defaults": {"tag": "T"}},
    },
    "filters": {"even": {"()": OnlyEven}, "named": {"name": "app.keep"}},
    "handlers": {
        "main": {"class": "logging.StreamHandler", "stream": "ext://__main__.OUT",
                 "formatter": "brief", "level": "INFO"},
        "dollar": {"class": "logging.StreamHandler", "stream": "ext://__main__.OUT",
                   "formatter": "dollar", "filters": ["even"]},
        "made": {"()": make_handler, "prefix": "MADE"},
        "defaults": {"class": "logging.StreamHandler", "stream": "cfg://handlers.main.stream",
                     "formatter": "defaults"},
    },
    "loggers": {
        "app": {"handlers": ["main"], "level": "DEBUG", "propagate": False},
        "app.even": {"handlers": ["dollar"], "propagate": False},
        "app.made": {"handlers": ["made", "defaults"], "propagate": False, "filters": ["named"]},
    },
    "root": {"level": "WARNING"},
}
old = logging.getLogger("old.logger")
logging.config.dictConfig(config)
app = logging.getLogger("app")
app.debug("hidden by handler level")
app.info("info shown")
even = logging.getLogger("app.even")
for i in range(4):
    even.warning("number %d", i)
made = logging.getLogger("app.made")
made.warning("dropped by the name filter")
print(old.disabled, app.disabled, logging.getLogger("app").level)
print(out.getvalue())

print("incremental")
logging.config.dictConfig({"version": 1, "incremental": True,
                           "loggers": {"app": {"level": "ERROR"}},
                           "handlers": {"main": {"level": "DEBUG"}}})
print(logging.getLogger("app").level, len(logging.getLogger("app").handlers))

print("errors")
for bad in ({}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
            {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
            {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler",
                                              "formatter": "missing"}}},
            {"version": 1, "root": {"handlers": ["nope"]}}):
    try:
        logging.config.dictConfig(bad)
        print("accepted")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])

print("fileConfig")
ini = """
[loggers]
keys=root,worker

[handlers]
keys=console

[formatters]
keys=plain

[logger_root]
level=WARNING
handlers=

[logger_worker]
level=DEBUG
handlers=console
qualname=worker
propagate=0

[handler_console]
class=StreamHandler
level=NOTSET
formatter=plain
args=(sys.stdout,)

[formatter_plain]
format=%(name)s says %(message)s
"""
logging.config.fileConfig(io.StringIO(ini))
logging.getLogger("worker").debug("from a file object")
print(logging.getLogger("app").disabled)
cp = configparser.ConfigParser()
cp.read_string(ini.replace("says", "SAYS"))
logging.config.fileConfig(cp, disable_existing_loggers=False)
logging.getLogger("worker").info("from a parser")
try:
    logging.config.fileConfig(io.StringIO("[loggers]\nkeys=root\n"))
except Exception as e:
    print(type(e).__name__, e)

print("listen")
t = logging.config.listen(0)
print(isinstance(t, __import__("threading").Thread), hasattr(t, "ready"))
logging.config.stopListening()
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("not ok")
except ValueError as e:
    print("ValueError", e)
