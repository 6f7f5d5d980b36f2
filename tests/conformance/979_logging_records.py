# logging records: where a record says it was made (funcName, lineno,
# stacklevel through helpers, stack_info), exc_info forms, extra keys that
# clash, record attributes, process/thread names, loggers pickled by name.
import io
import logging
import pickle
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(module)s:%(filename)s %(message)s"))
log = logging.getLogger("records")
log.propagate = False
log.addHandler(handler)
log.setLevel(logging.DEBUG)


def helper(msg, level=1):
    log.info(msg, stacklevel=level)


def outer():
    helper("direct")
    helper("one up", 2)
    helper("two up", 3)
    helper("too far", 50)


outer()
log.warning("at module level")
print(stream.getvalue())

print("stack_info")
stream.seek(0)
stream.truncate()
handler.setFormatter(logging.Formatter("%(message)s"))


def deeper():
    log.error("with stack", stack_info=True)


deeper()
text = stream.getvalue()
lines = text.splitlines()
print(lines[0], "|", lines[1])
print(any("in deeper" in line for line in lines), lines[-1].strip())

print("exc_info")
for form in ("true", "instance", "tuple"):
    stream.seek(0)
    stream.truncate()
    try:
        raise KeyError("k")
    except KeyError as e:
        info = {"true": True, "instance": e, "tuple": sys.exc_info()}[form]
        log.error("failed %s", form, exc_info=info)
    out = stream.getvalue().splitlines()
    print(form, out[0], out[1], out[-1])
stream.seek(0)
stream.truncate()
log.error("no exception", exc_info=True)
print(repr(stream.getvalue()))

print("extra")
handler.setFormatter(logging.Formatter("%(user)s %(message)s"))
log.info("hello", extra={"user": "ann"})
for key in ("message", "asctime", "msg", "levelname"):
    try:
        log.info("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
print(stream.getvalue().splitlines()[-1])

print("record")
r = log.makeRecord("records", logging.INFO, "/some/path/file.py", 7, "m %s %s", ("a", "b"), None,
                   func="fn")
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName,
      r.getMessage(), r.processName, r.threadName, r.exc_info, r.exc_text, r.stack_info)
print(repr(r))
r2 = logging.makeLogRecord({"msg": "%(a)s-%(b)s", "args": {"a": 1, "b": 2}})
print(r2.getMessage())
r3 = logging.LogRecord("x", 10, "p", 1, "%(a)s", ({"a": 5},), None)
print(r3.args, r3.getMessage())

print("pickle")
for name in ("records", "a.b.c", ""):
    lg = logging.getLogger(name)
    back = pickle.loads(pickle.dumps(lg))
    print(repr(name), back is lg, repr(back))
adapter = logging.LoggerAdapter(log, {"k": 1})
print(repr(adapter))

print("levels and disable")
print(log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel())
logging.disable(logging.INFO)
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable(logging.NOTSET)
print(log.isEnabledFor(logging.INFO))
try:
    logging.disable("LOUDEST")
except ValueError as e:
    print("ValueError", e)
child = log.getChild("kid.grandkid")
print(child.name, child.parent is log, repr(child))
print(logging.getLogger("records.kid").parent is log)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
