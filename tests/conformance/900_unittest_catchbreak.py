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
