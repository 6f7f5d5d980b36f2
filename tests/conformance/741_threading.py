# threading in one thread: locks, re-entrant locks, conditions, semaphores,
# events, barriers, local data, the main thread, and Thread objects whose
# run() is called directly (starting one is not attempted here: whirl
# raises for it, CPython would run it concurrently).
import threading
import _thread

l = threading.Lock()
print(type(l).__name__, l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError', e)
with l:
    print('in with', l.locked())
print(l.locked())
for args in ((False, 1), (True, -5)):
    try:
        l.acquire(*args)
    except ValueError as e:
        print('ValueError', e)
print(threading.Lock is _thread.allocate_lock, _thread.error is RuntimeError)

r = threading.RLock()
with r:
    with r:
        print('reentrant', r.acquire(), r.acquire(blocking=False))
        r.release()
        r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(e.wait(), e.is_set(), e.wait(5))
e.clear()
print(e.is_set())

c = threading.Condition()
try:
    c.wait(0)
except RuntimeError as ex:
    print('RuntimeError', ex)
try:
    c.notify()
except RuntimeError as ex:
    print('RuntimeError', ex)
with c:
    c.notify()
    c.notify_all()
    print(c.wait(0.01), c.wait_for(lambda: 42), c.wait_for(lambda: 0, timeout=0.01))
c2 = threading.Condition(threading.Lock())
with c2:
    c2.notify(3)
print('condition with Lock')

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
with s:
    print('semaphore with')
for bad in (-1,):
    try:
        threading.Semaphore(bad)
    except ValueError as ex:
        print('ValueError', ex)
try:
    s.release(0)
except ValueError as ex:
    print('ValueError', ex)
b = threading.BoundedSemaphore(1)
print(b.acquire())
b.release()
try:
    b.release()
except ValueError as ex:
    print('ValueError', ex)

bar = threading.Barrier(1, action=lambda: print('barrier action'))
print(bar.wait(), bar.parties, bar.n_waiting, bar.broken)
try:
    threading.Barrier(0)
except ValueError as ex:
    print('ValueError', ex)

t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.is_alive(), t.daemon, type(t).__name__)
print(threading.active_count(), threading.enumerate() == [t], threading.get_ident() == t.ident)
print(isinstance(threading.get_native_id(), int), t.native_id == threading.get_native_id())
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)

loc = threading.local()
loc.x = 5
print(loc.x, hasattr(loc, 'y'))


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v


print(MyLocal(3).v)


def work(a, b=0):
    print('work', a, b)
    return a + b


th = threading.Thread(target=work, args=(1,), kwargs={'b': 2})
print(th.name.startswith('Thread-'), th.name.endswith('(work)'), th.is_alive(), th.daemon, th.ident)
th.run()
try:
    th.join()
except RuntimeError as ex:
    print('RuntimeError', ex)
named = threading.Thread(name='worker', daemon=True)
print(named.name, named.daemon, repr(named))
named.name = 'renamed'
named.daemon = False
print(named.name, named.daemon)


class T(threading.Thread):
    def __init__(self):
        super().__init__(name='sub')
        self.result = None

    def run(self):
        self.result = 'ran'


t2 = T()
t2.run()
print(t2.result, repr(t2))

timer = threading.Timer(0.01, print, args=('timer ran directly',))
timer.run()
timer.cancel()
timer2 = threading.Timer(10, print, args=('never',))
timer2.cancel()
timer2.run()
print('timer cancelled')
print(threading.gettrace(), threading.getprofile())
