# concurrent.futures: Future (results, exceptions, cancellation, callbacks,
# invalid states), wait and as_completed over finished futures, and the
# executors' argument checks (no work is submitted: whirl has one thread).
import concurrent.futures as cf
from concurrent.futures import Future

f = Future()
print(f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: print('callback', fut.result()))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(10)
print(f.done(), f.running(), f.result(), f.exception())
f.add_done_callback(lambda fut: print('late callback', fut.result()))
try:
    f.set_result(1)
except cf.InvalidStateError as ex:
    print('InvalidStateError', str(ex).split(':')[0])
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as ex:
    print('InvalidStateError', str(ex).split(':')[0])

g = Future()
g.set_exception(ValueError('bad'))
try:
    g.result()
except ValueError as ex:
    print('ValueError', ex)
print(type(g.exception()).__name__, g.done())

h = Future()
print(h.cancel(), h.cancelled(), h.done(), h.cancel())
try:
    h.result()
except cf.CancelledError:
    print('CancelledError')
try:
    h.exception()
except cf.CancelledError:
    print('CancelledError')
print(h.set_running_or_notify_cancel())

try:
    Future().result(timeout=0.01)
except cf.TimeoutError:
    print('TimeoutError', cf.TimeoutError is TimeoutError)
try:
    Future().exception(timeout=0)
except TimeoutError:
    print('TimeoutError')

done, not_done = cf.wait([f, g])
print(len(done), len(not_done), type(cf.wait([f])).__name__)
pending = Future()
done, not_done = cf.wait([f, pending], timeout=0.01, return_when=cf.FIRST_COMPLETED)
print(len(done), len(not_done))
done, not_done = cf.wait([g, pending], timeout=0, return_when=cf.FIRST_EXCEPTION)
print(len(done), len(not_done))
print(sorted(x.done() for x in cf.as_completed([f, g, f])))
try:
    for x in cf.as_completed([f, pending], timeout=0.01):
        print('completed', x.result())
except cf.TimeoutError as ex:
    print('TimeoutError', ex)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(issubclass(cf.CancelledError, cf._base.Error) if hasattr(cf, '_base') else True)
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.InvalidStateError, Exception))

for cls in (cf.ThreadPoolExecutor, cf.ProcessPoolExecutor):
    try:
        cls(max_workers=0)
    except ValueError as ex:
        print('ValueError', ex)
    try:
        cls(-1)
    except ValueError as ex:
        print('ValueError', ex)
ex = cf.ThreadPoolExecutor(max_workers=2)
ex.shutdown()
try:
    ex.submit(print, 'never')
except RuntimeError as e:
    print('RuntimeError', e)
with cf.ThreadPoolExecutor() as ex2:
    pass
print('executor context manager')
