# logging.handlers: SysLogHandler's priorities, the handlers that exist
# without a server (SMTP, NT event log), TimedRotatingFileHandler's files
# to delete with and without a namer, Memory/Queue handlers, handleError's
# report, shutdown() past failing handlers, StreamHandler.setStream.
import io
import logging
import logging.handlers
import os
import queue
import shutil
import sys
import tempfile

H = logging.handlers
print([n for n in ("SysLogHandler", "SMTPHandler", "NTEventLogHandler", "HTTPHandler",
                   "SocketHandler", "DatagramHandler", "MemoryHandler", "QueueHandler",
                   "QueueListener", "WatchedFileHandler", "RotatingFileHandler",
                   "TimedRotatingFileHandler", "BufferingHandler") if hasattr(H, n)])

print("syslog")
S = H.SysLogHandler
print(S.LOG_USER, S.LOG_LOCAL7, S.LOG_ERR, S.LOG_DEBUG, H.SYSLOG_UDP_PORT)
h = S.__new__(S)
h.facility = S.LOG_USER
for fac, prio in ((S.LOG_USER, S.LOG_ERR), ("local0", "info"), ("mail", S.LOG_WARNING),
                  ("daemon", "debug")):
    print(fac, prio, h.encodePriority(fac, prio))
for level in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "CUSTOM"):
    print(level, h.mapPriority(level))
try:
    h.encodePriority("nosuch", "info")
except KeyError as e:
    print("KeyError", e)
u = S(("127.0.0.1", 9))
print(u.unixsocket, u.socktype == __import__("socket").SOCK_DGRAM, u.facility, u.address)
u.close()

print("smtp")
m = H.SMTPHandler(("mail.example", 2525), "me@example", "you@example", "Subject!",
                  credentials=("user", "pw"), secure=())
print(m.mailhost, m.mailport, m.fromaddr, m.toaddrs, m.subject, m.username, m.password,
      m.secure, m.timeout, m.getSubject(None))
m2 = H.SMTPHandler("mail.example", "a@b", ["c@d", "e@f"], "s")
print(m2.mailhost, m2.mailport, m2.toaddrs, m2.username)

print("timed rotation files")
wd = tempfile.mkdtemp()
try:
    stamps = ["2024-01-0%d_10-00-00" % d for d in range(1, 8)]
    for s in stamps:
        open(os.path.join(wd, "app.log." + s), "w").close()
        open(os.path.join(wd, "app." + s + ".log"), "w").close()
        open(os.path.join(wd, "app.other." + s), "w").close()
    t = H.TimedRotatingFileHandler(os.path.join(wd, "app.log"), when="S", backupCount=3,
                                   delay=True)
    print(sorted(os.path.basename(p) for p in t.getFilesToDelete()))
    t.close()
    for when in ("X", "W7", "W", "D"):
        try:
            x = H.TimedRotatingFileHandler(os.path.join(wd, "w.log"), when=when, delay=True)
            print(when, x.when, x.interval, x.suffix)
            x.close()
        except ValueError as e:
            print(when, "ValueError", e)
finally:
    shutil.rmtree(wd)

print("memory handler")
target_stream = io.StringIO()
target = logging.StreamHandler(target_stream)
mem = H.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
lg = logging.getLogger("mem")
lg.propagate = False
lg.addHandler(mem)
lg.warning("one")
lg.warning("two")
print(len(mem.buffer), repr(target_stream.getvalue()))
lg.warning("three")
print(len(mem.buffer), repr(target_stream.getvalue()))
lg.info("four")
lg.error("five")
print(len(mem.buffer), repr(target_stream.getvalue()))
lg.removeHandler(mem)
mem.close()

print("queue handler")
q = queue.Queue()
qh = H.QueueHandler(q)
lg = logging.getLogger("queued")
lg.propagate = False
lg.addHandler(qh)
lg.warning("to %s", "queue")
rec = q.get_nowait()
print(rec.msg, rec.args, rec.getMessage(), rec.exc_info)

print("handleError")
class Broken(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("emit failed")
        except Exception:
            self.handleError(record)


err = io.StringIO()
saved = sys.stderr
sys.stderr = err
lg = logging.getLogger("broken")
lg.propagate = False
lg.addHandler(Broken())
lg.warning("msg %s", "arg")
logging.raiseExceptions = False
lg.warning("quiet")
logging.raiseExceptions = True
sys.stderr = saved
text = err.getvalue()
print(text.splitlines()[0], "|", text.splitlines()[-2:])
print("RuntimeError: emit failed" in text, "Call stack:" in text)

print("shutdown")
class Failing(logging.Handler):
    def __init__(self, what):
        super().__init__()
        self.what = what

    def flush(self):
        print("flush", self.what)
        if self.what == "oserror":
            raise OSError("flush")

    def close(self):
        print("close", self.what)
        super().close()


import weakref
hs = [Failing("fine"), Failing("oserror"), Failing("fine2")]
logging.shutdown([weakref.ref(h) for h in hs])

print("setStream")
a, b = io.StringIO(), io.StringIO()
sh = logging.StreamHandler(a)
print(sh.setStream(a), sh.setStream(b) is a, sh.stream is b)
print(repr(sh), repr(logging.NullHandler()), repr(logging.Handler(logging.WARNING)))
