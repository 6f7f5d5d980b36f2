# TestLoader: test names, loadTestsFromTestCase/Module/Name(s), the
# load_tests protocol, discover() over a folder of test files.
import io
import os
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    test_not_callable = 5


class Beta(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
print(loader.getTestCaseNames(Beta))
print([t.id() for t in loader.loadTestsFromTestCase(Alpha)])
print([t.id() for t in loader.loadTestsFromTestCase(Beta)])
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testMethodPrefix = "help"
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_a"]
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(type(e).__name__, e)

module = sys.modules[__name__]
suite = loader.loadTestsFromModule(module)
print(suite.countTestCases(), [t.id() for s in suite for t in s])
print([t.id() for t in loader.loadTestsFromName("Alpha.test_a", module)])
print([t.id() for t in loader.loadTestsFromName("Alpha", module)])
print([t.id() for s in loader.loadTestsFromNames(["Alpha.test_b", "Beta"], module) for t in s])
print(unittest.defaultTestLoader.getTestCaseNames(Alpha))

# discover over a temporary folder of test modules
root = os.path.join(os.getcwd(), "_603_discover_tmp")


def write(path, text):
    with open(os.path.join(root, path), "w") as f:
        f.write(text)


def remove_tree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full):
            remove_tree(full)
        else:
            os.remove(full)
    os.rmdir(path)


if os.path.isdir(root):
    remove_tree(root)
os.mkdir(root)
os.mkdir(os.path.join(root, "pkg"))
os.mkdir(os.path.join(root, "notpkg"))
try:
    write("test_one.py", "import unittest\nclass One(unittest.TestCase):\n    def test_x(self):\n        pass\n    def test_y(self):\n        self.assertEqual(2, 3)\n")
    write("test_two.py", "import unittest\nclass Two(unittest.TestCase):\n    def test_z(self):\n        pass\n")
    write("helper.py", "import unittest\nclass NotFound(unittest.TestCase):\n    def test_h(self):\n        pass\n")
    write("check_three.py", "import unittest\nclass Three(unittest.TestCase):\n    def test_t(self):\n        pass\n")
    write("pkg/__init__.py", "")
    write("pkg/test_inner.py", "import unittest\nclass Inner(unittest.TestCase):\n    def test_i(self):\n        pass\n")
    write("notpkg/test_hidden.py", "import unittest\nclass Hidden(unittest.TestCase):\n    def test_hid(self):\n        pass\n")
    write("test_load.py", "import unittest\nclass L(unittest.TestCase):\n    def test_l1(self):\n        pass\n    def test_l2(self):\n        pass\n"
          "def load_tests(loader, tests, pattern):\n    suite = unittest.TestSuite()\n    suite.addTest(L('test_l2'))\n    return suite\n")

    def ids(suite):
        out = []
        for t in suite:
            if isinstance(t, unittest.TestSuite):
                out.extend(ids(t))
            else:
                out.append(t.id())
        return out

    found = unittest.TestLoader().discover(root)
    print(ids(found))
    print(ids(unittest.TestLoader().discover(root, pattern="check_*.py")))
    print(ids(unittest.TestLoader().discover(os.path.join(root, "pkg"), top_level_dir=root)))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream).run(found)
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue())
    print(re.sub(r'File "[^"]*[/\\]([^/\\"]+\.py)"', r'File "\1"', text))
    print(result.testsRun, len(result.failures))
    try:
        unittest.TestLoader().discover(os.path.join(root, "notpkg"), top_level_dir=root)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(root, "ROOT"))
finally:
    remove_tree(root)
    sys.path[:] = [p for p in sys.path if p != root]
