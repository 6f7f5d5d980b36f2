import unittest, signal, os, weakref
class T(unittest.TestCase):
    def test_a(self):
        os.kill(os.getpid(), signal.SIGINT)
        self.assertTrue(True)
    def test_b(self):
        pass
unittest.installHandler()
r = unittest.TestResult()
unittest.registerResult(r)
s = unittest.TestSuite([T('test_a'), T('test_b')])
s(r)
print(r.shouldStop, r.testsRun)
print(unittest.removeResult(r), unittest.removeResult(r))
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KI")
import signal, os
def h(s, f): print("handler", s)
signal.signal(signal.SIGINT, h)
os.kill(os.getpid(), signal.SIGINT)
print("after")
class H:
    def __call__(self, s, f): print("callable obj", s)
signal.signal(signal.SIGINT, H())
os.kill(os.getpid(), signal.SIGINT)
print("after2")
