"""unittest.main (TestProgram): the command line of a test module and of
`whirl -m unittest` (discovery, -v, -q, -f, -b, -k, test names)."""

import os
import sys
from unittest import loader, runner
from unittest.signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

OPTIONS = """\
options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""


def _convert_name(name):
    if os.path.isfile(name) and name.lower().endswith(".py"):
        if os.path.isabs(name):
            rel = name
            cwd = os.getcwd()
            if name.startswith(cwd + os.sep):
                rel = name[len(cwd) + 1:]
            if os.path.isabs(rel) or rel.startswith(os.pardir):
                return name
            name = rel
        return os.path.normpath(name)[:-3].replace("\\", ".").replace("/", ".")
    return name


class _UsageError(Exception):
    pass


class TestProgram:
    """Runs the tests of a module (or of names given on the command line)
    and exits with status 1 when some failed."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, "warnoptions", None):
            self.warnings = "default"
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0]) if argv else "python"
        self.parseArgs(argv)
        self.runTests()

    def _usage(self, discover=False):
        prog = self.progName
        lines = ["usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]" % prog]
        if self.module is None:
            lines.append("       " + " " * len(prog) + " [tests ...]")
        else:
            lines.append("       " + " " * len(prog) + " [tests ...]")
        return "\n".join(lines) + "\n"

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(self._usage())
        sys.exit(2)

    def _error(self, message):
        sys.stderr.write(self._usage())
        sys.stderr.write("%s: error: %s\n" % (self.progName, message))
        sys.exit(2)

    def _help(self):
        out = self._usage() + "\npositional arguments:\n  tests                a list of any number of test modules, classes and test\n                       methods.\n\n" + OPTIONS
        examples = MODULE_EXAMPLES if self.module is None else MAIN_EXAMPLES
        out += "\n" + examples % {"prog": self.progName}
        sys.stdout.write(out)
        sys.exit(0)

    def _parse_options(self, args, discovery=False):
        # -f, -c and -b exist only for settings the constructor left None
        # (as CPython's parser); those end up False when not given.
        open_flags = {name for name in ("failfast", "catchbreak", "buffer") if getattr(self, name) is None}
        flag_of = {"-f": "failfast", "--failfast": "failfast", "-c": "catchbreak", "--catch": "catchbreak",
                   "-b": "buffer", "--buffer": "buffer"}
        rest = []
        i = 0
        while i < len(args):
            a = args[i]
            i += 1
            if a in ("-h", "--help"):
                self._help()
            elif a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
            elif a == "--locals":
                self.tb_locals = True
            elif a in flag_of and flag_of[a] in open_flags:
                setattr(self, flag_of[a], True)
            elif a == "-k" or (a.startswith("-k") and len(a) > 2):
                if a == "-k":
                    if i >= len(args):
                        self._error("argument -k: expected one argument")
                    value = args[i]
                    i += 1
                else:
                    value = a[2:]
                if "*" not in value:
                    value = "*%s*" % value
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(value)
            elif discovery and a in ("-s", "--start-directory", "-p", "--pattern", "-t", "--top-level-directory"):
                if i >= len(args):
                    self._error("argument %s: expected one argument" % a)
                key = {"-s": "start", "--start-directory": "start", "-p": "pattern", "--pattern": "pattern",
                       "-t": "top", "--top-level-directory": "top"}[a]
                setattr(self, key, args[i])
                i += 1
            elif a.startswith("-") and a != "-":
                self._error("unrecognized arguments: %s" % a)
            else:
                rest.append(a)
        for name in open_flags:
            if getattr(self, name) is None:
                setattr(self, name, False)
        return rest

    def parseArgs(self, argv):
        if self.module is None and len(argv) > 1 and argv[1].lower() == "discover":
            self._do_discovery(argv[2:])
            return
        rest = self._parse_options(argv[1:])
        if self.module is None and not rest:
            self._do_discovery([])
            return
        if rest:
            self.testNames = [_convert_name(n) for n in rest]
            if __name__ == "__main__":
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            ldr = self.testLoader if Loader is None else Loader()
            self.test = ldr.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = "."
        self.pattern = "test*.py"
        self.top = None
        rest = self._parse_options(argv, discovery=True)
        for key, value in zip(("start", "pattern", "top"), rest):
            setattr(self, key, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                                  buffer=self.buffer, warnings=self.warnings,
                                                  tb_locals=self.tb_locals)
                except TypeError:
                    test_runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                                  buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
