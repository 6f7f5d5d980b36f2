# logging as Tornado programs use it: loggers, levels, basicConfig to stdout.
import logging
import sys

from tornado.log import access_log, app_log, gen_log

print(access_log.name, app_log.name, gen_log.name)
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s %(message)s", stream=sys.stdout)
app_log.info("application %s", "started")
gen_log.debug("not shown")
access_log.warning("%d %s %.2fms", 404, "GET /x (127.0.0.1)", 1.0)
log = logging.getLogger("myapp.db")
log.setLevel(logging.DEBUG)
log.debug("query %d", 7)
log.error("failed: %s", "disk")


class Recorder(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[0].__name__ if record.exc_info else None
        print("recorded", record.levelname, record.getMessage(), exc)


recorder = Recorder()
log.addHandler(recorder)
log.propagate = False
try:
    {}["k"]
except KeyError:
    log.exception("lookup failed")
log.removeHandler(recorder)
log.propagate = True
print(log.getEffectiveLevel(), logging.getLogger("myapp").getEffectiveLevel())
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25))
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.warning("never printed")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
quiet.addHandler(handler)
quiet.warning("printed by own handler")
