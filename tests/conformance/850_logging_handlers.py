# logging.handlers: rotating (by size and by time), watched, memory,
# buffering and queue handlers, writing to files in a temporary folder.
import logging
import logging.handlers
import os
import queue
import re
import sys
import tempfile
import time

d = tempfile.mkdtemp()
fmt = logging.Formatter("%(levelname)s:%(name)s:%(message)s")


def files():
    out = []
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            out.append((name, f.read()))
    return out


log = logging.getLogger("rot")
log.setLevel(logging.DEBUG)
log.propagate = False
path = os.path.join(d, "app.log")
h = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
h.setFormatter(fmt)
log.addHandler(h)
print(h.maxBytes, h.backupCount, h.mode, h.baseFilename == path, h.encoding)
for i in range(8):
    log.info("message %d", i)
h.close()
log.removeHandler(h)
for name, text in files():
    print(name, repr(text))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
h = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=1, delay=True)
print(os.path.exists(path))
h.namer = lambda name: name + ".old"
h.setFormatter(fmt)
log.addHandler(h)
log.warning("first warning line")
log.warning("second warning line")
log.warning("third")
h.close()
log.removeHandler(h)
print(files())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
h = logging.handlers.RotatingFileHandler(path, backupCount=3)
h.setFormatter(fmt)
log.addHandler(h)
log.error("no rollover without maxBytes")
print(h.shouldRollover(logging.makeLogRecord({"msg": "x"})))
h.doRollover()
log.error("after manual rollover")
h.close()
log.removeHandler(h)
print(files())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
for when, interval in [("S", 1), ("M", 2), ("H", 1), ("D", 1), ("midnight", 1), ("W0", 1)]:
    th = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval, backupCount=2, delay=True)
    print(when, th.when, th.interval, th.suffix, th.extMatch.pattern, th.rolloverAt > time.time() - 1)
    th.close()
for bad in ["X", "W", "W7", "W12"]:
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=bad, delay=True)
    except ValueError as e:
        print(type(e).__name__, e)
th = logging.handlers.TimedRotatingFileHandler(path, when="S", backupCount=2)
th.setFormatter(fmt)
log.addHandler(th)
log.info("before")
th.rolloverAt = time.time() - 1
log.info("after")
th.close()
log.removeHandler(th)
names = sorted(os.listdir(d))
print(len(names), names[0], [bool(re.fullmatch(r"app\.log\.\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d", n)) for n in names[1:]])
print(open(path).read(), end="")
for n in names[1:]:
    print(open(os.path.join(d, n)).read(), end="")
for i in range(4):
    open(path + ".2000-01-0%d_00-00-00" % (i + 1), "w").close()
th = logging.handlers.TimedRotatingFileHandler(path, when="S", backupCount=2, delay=True)
print([os.path.basename(p) for p in th.getFilesToDelete()])
th.close()

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
wh = logging.handlers.WatchedFileHandler(path)
wh.setFormatter(fmt)
log.addHandler(wh)
log.info("one")
os.remove(path)
log.info("two")
os.rename(path, path + ".moved")
log.info("three")
wh.close()
log.removeHandler(wh)
print(files())

stream_fmt = logging.Formatter("%(levelname)s %(message)s")
target = logging.StreamHandler(sys.stdout)
target.setFormatter(stream_fmt)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.setLevel(logging.DEBUG)
mlog.addHandler(mh)
mlog.debug("d1")
mlog.info("i1")
print("buffered", len(mh.buffer))
mlog.info("i2")
print("after capacity", len(mh.buffer))
mlog.info("i3")
mlog.error("e1")
print("after error", len(mh.buffer))
mlog.info("pending")
mh.close()
print("after close", len(mh.buffer), mh.target)
mlog.removeHandler(mh)
mh2 = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
mlog.addHandler(mh2)
mlog.warning("dropped on close")
mh2.close()
mlog.removeHandler(mh2)

bh = logging.handlers.BufferingHandler(2)
mlog.addHandler(bh)
mlog.info("b1")
print(len(bh.buffer), bh.shouldFlush(logging.makeLogRecord({})))
mlog.info("b2")
print(len(bh.buffer))
mlog.removeHandler(bh)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("q")
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning("queued %s", "arg")
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception("with exc")
rec = q.get_nowait()
print(type(rec).__name__, rec.msg, rec.args, rec.exc_info, rec.message)
rec2 = q.get_nowait()
print(rec2.msg.splitlines()[0], rec2.msg.splitlines()[-1], rec2.exc_info, rec2.exc_text)
qlog.error("for the listener 1")
qlog.error("for the listener 2")
lh = logging.StreamHandler(sys.stdout)
lh.setFormatter(logging.Formatter("listener got: %(message)s"))
lh.setLevel(logging.CRITICAL)
listener = logging.handlers.QueueListener(q, lh)
listener.start()
listener.stop()
qlog.error("respecting levels")
listener = logging.handlers.QueueListener(q, lh, respect_handler_level=True)
listener.start()
listener.stop()
print(q.qsize())
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.DEFAULT_UDP_LOGGING_PORT,
      logging.handlers.DEFAULT_HTTP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
print(repr(logging.handlers.RotatingFileHandler(path, delay=True)).replace(d, "<dir>"))
try:
    logging.handlers.HTTPHandler("localhost", "/", method="PUT")
except ValueError as e:
    print(type(e).__name__, e)
