# multiprocessing, what one process answers: the current process and its
# name (logging records it), no parent, the CPU count, start methods,
# in-process queues and locks.
import logging
import multiprocessing
import queue

p = multiprocessing.current_process()
print(p.name, multiprocessing.parent_process(), multiprocessing.active_children())
print(isinstance(multiprocessing.cpu_count(), int), multiprocessing.cpu_count() >= 1)
print(multiprocessing.get_all_start_methods()[0] in ("fork", "spawn", "forkserver"))
r = logging.makeLogRecord({})
print(logging.LogRecord("n", 10, "p", 1, "m", (), None).processName)
q = multiprocessing.Queue()
q.put(1)
q.put("two")
print(q.get(), q.get(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
lock = multiprocessing.Lock()
with lock:
    print("locked")
rl = multiprocessing.RLock()
with rl:
    with rl:
        print("reentrant")
e = multiprocessing.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set())
print(issubclass(multiprocessing.TimeoutError, multiprocessing.ProcessError),
      issubclass(multiprocessing.ProcessError, Exception))
proc = multiprocessing.Process(target=print, args=("x",), name="worker")
print(proc.name, proc.is_alive(), proc.daemon)
