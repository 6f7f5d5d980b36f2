import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(module)s:%(lineno)d %(filename)s %(message)s")
log = logging.getLogger("demo")
log.info("hello %s", "there")
log.debug("debug %d", 42)


def f():
    logging.warning("from f")
    log.error("error in f")


f()
log.log(logging.CRITICAL, "via log")


class Service:
    def run(self):
        log.info("running")


Service().run()
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("failed: %r", e)
