"""wsgiref.validate: `validator(app)` wraps a WSGI application and checks
that it and its server keep to PEP 3333, raising AssertionError (as
`WSGIWarning` for soft problems) where they do not."""

import re
import sys
import warnings

__all__ = ["validator"]

_HEADER_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9\-_]*$")
_BAD_HEADER_VALUE = re.compile(r"[\000-\037]")


class WSGIWarning(Warning):
    """Raised in response to WSGI-spec-related warnings."""


def check(condition, *message):
    if not condition:
        raise AssertionError(*message)


def check_string_type(value, title):
    if type(value) is str:
        return value
    raise AssertionError("{0} must be of type str (got {1})".format(title, repr(value)))


def validator(application):
    """A WSGI application that checks every call to `application`."""

    def lint_app(*args, **kw):
        check(len(args) == 2, "Two arguments required")
        check(not kw, "No keyword arguments allowed")
        environ, start_response = args
        check_environ(environ)
        start_response_started = []

        def start_response_wrapper(*args, **kw):
            check(len(args) in (2, 3), "Invalid number of arguments: %s" % (args,))
            check(not kw, "No keyword arguments allowed")
            status = args[0]
            headers = args[1]
            exc_info = args[2] if len(args) == 3 else None
            check_status(status)
            check_headers(headers)
            check_content_type(status, headers)
            check_exc_info(exc_info)
            start_response_started.append(None)
            return WriteWrapper(start_response(*args))

        environ["wsgi.input"] = InputWrapper(environ["wsgi.input"])
        environ["wsgi.errors"] = ErrorWrapper(environ["wsgi.errors"])
        iterator = application(environ, start_response_wrapper)
        check(iterator is not None and iterator is not False,
              "The application must return an iterator, if only an empty list")
        check_iterator(iterator)
        return IteratorWrapper(iterator, start_response_started)

    return lint_app


class InputWrapper:
    def __init__(self, wsgi_input):
        self.input = wsgi_input

    def read(self, *args):
        check(len(args) == 1)
        v = self.input.read(*args)
        check(type(v) is bytes)
        return v

    def readline(self, *args):
        check(len(args) <= 1)
        v = self.input.readline(*args)
        check(type(v) is bytes)
        return v

    def readlines(self, *args):
        check(len(args) <= 1)
        lines = self.input.readlines(*args)
        check(type(lines) is list)
        for line in lines:
            check(type(line) is bytes)
        return lines

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self):
        check(0, "input.close() must not be called")


class ErrorWrapper:
    def __init__(self, wsgi_errors):
        self.errors = wsgi_errors

    def write(self, s):
        check(type(s) is str)
        self.errors.write(s)

    def flush(self):
        self.errors.flush()

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def close(self):
        check(0, "errors.close() must not be called")


class WriteWrapper:
    def __init__(self, wsgi_writer):
        self.writer = wsgi_writer

    def __call__(self, s):
        check(type(s) is bytes)
        self.writer(s)


class IteratorWrapper:
    def __init__(self, wsgi_iterator, check_start_response):
        self.original_iterator = wsgi_iterator
        self.iterator = iter(wsgi_iterator)
        self.closed = False
        self.check_start_response = check_start_response

    def __iter__(self):
        return self

    def __next__(self):
        check(not self.closed, "Iterator read after closed")
        v = next(self.iterator)
        if type(v) is not bytes:
            check(False, "Iterator yielded non-bytestring (%r)" % (v,))
        if self.check_start_response is not None:
            check(self.check_start_response,
                  "The application returns and we started iterating over its body, "
                  "but start_response has not yet been called")
            self.check_start_response = None
        return v

    def close(self):
        self.closed = True
        if hasattr(self.original_iterator, "close"):
            self.original_iterator.close()


def check_environ(environ):
    check(type(environ) is dict,
          "Environment is not of the right type: %r (environment: %r)" % (type(environ), environ))
    for key in ["REQUEST_METHOD", "SERVER_NAME", "SERVER_PORT", "wsgi.version",
                "wsgi.input", "wsgi.errors", "wsgi.multithread", "wsgi.multiprocess",
                "wsgi.run_once"]:
        check(key in environ, "Environment missing required key: %r" % (key,))
    for key in ["HTTP_CONTENT_TYPE", "HTTP_CONTENT_LENGTH"]:
        check(key not in environ,
              "Environment should not have the key: %s (use %s instead)" % (key, key[5:]))
    if "QUERY_STRING" not in environ:
        warnings.warn("QUERY_STRING is not in the WSGI environment; the cgi module will use "
                      "sys.argv when this variable is missing, so application errors are more "
                      "likely", WSGIWarning)
    for key in environ:
        if "." in key:
            continue
        check(type(environ[key]) is str,
              "Environmental variable %s is not a string: %r (value: %r)"
              % (key, type(environ[key]), environ[key]))
    check(type(environ["wsgi.version"]) is tuple, "wsgi.version should be a tuple (%r)" % (environ["wsgi.version"],))
    check(environ["wsgi.url_scheme"] in ("http", "https"), "wsgi.url_scheme unknown: %r" % environ["wsgi.url_scheme"])
    for attr in ("read", "readline", "readlines", "__iter__"):
        check(hasattr(environ["wsgi.input"], attr), "wsgi.input (%r) doesn't have the attribute %s"
              % (environ["wsgi.input"], attr))
    for attr in ("flush", "write", "writelines"):
        check(hasattr(environ["wsgi.errors"], attr), "wsgi.errors (%r) doesn't have the attribute %s"
              % (environ["wsgi.errors"], attr))
    if environ["REQUEST_METHOD"] not in ("GET", "HEAD", "POST", "OPTIONS", "PATCH", "PUT",
                                         "DELETE", "TRACE"):
        warnings.warn("Unknown REQUEST_METHOD: %r" % environ["REQUEST_METHOD"], WSGIWarning)
    check(not environ.get("SCRIPT_NAME") or environ["SCRIPT_NAME"].startswith("/"),
          "SCRIPT_NAME doesn't start with /: %r" % environ["SCRIPT_NAME"])
    check(not environ.get("PATH_INFO") or environ["PATH_INFO"].startswith("/"),
          "PATH_INFO doesn't start with /: %r" % environ["PATH_INFO"])
    if environ.get("CONTENT_LENGTH"):
        check(int(environ["CONTENT_LENGTH"]) >= 0, "Invalid CONTENT_LENGTH: %r" % environ["CONTENT_LENGTH"])
    if not environ.get("SCRIPT_NAME"):
        check("PATH_INFO" in environ, "One of SCRIPT_NAME or PATH_INFO are required (PATH_INFO "
              "should at least be '/' if SCRIPT_NAME is empty)")
    check(environ.get("SCRIPT_NAME") != "/", "SCRIPT_NAME cannot be '/'; it should instead be "
          "'', and PATH_INFO should be '/'")


def check_status(status):
    status = check_string_type(status, "Status")
    status_code = status.split(None, 1)[0]
    check(len(status_code) == 3, "Status codes must be three characters: %r" % status_code)
    status_int = int(status_code)
    check(status_int >= 100, "Status code is invalid: %r" % status_int)
    if len(status) < 4 or status[3] != " ":
        warnings.warn("The status string (%r) should be a three-digit integer followed by a "
                      "single space and a status explanation" % status, WSGIWarning)


def check_headers(headers):
    check(type(headers) is list, "Headers (%r) must be of type list: %r" % (headers, type(headers)))
    for item in headers:
        check(type(item) is tuple, "Individual headers (%r) must be of type tuple: %r" % (item, type(item)))
        check(len(item) == 2)
        name, value = item
        name = check_string_type(name, "Header name")
        value = check_string_type(value, "Header value")
        check(name.lower() != "status", "The Status header cannot be used; it conflicts with "
              "CGI script, and HTTP status is not given through headers (value: %r)." % value)
        check("\n" not in name and ":" not in name,
              "Header names may not contain ':' or '\\n': %r" % name)
        check(_HEADER_NAME.search(name), "Bad header name: %r" % name)
        check(not name.endswith("-") and not name.endswith("_"),
              "Names may not end in '-' or '_': %r" % name)
        if _BAD_HEADER_VALUE.search(value):
            check(False, "Bad header value: %r (bad char: %r)"
                  % (value, _BAD_HEADER_VALUE.search(value).group(0)))


def check_content_type(status, headers):
    status = check_string_type(status, "Status")
    code = int(status.split(None, 1)[0])
    no_content = (204, 304)
    for name, value in headers:
        name = check_string_type(name, "Header name")
        if name.lower() == "content-type":
            if code not in no_content:
                return
            check(False, "Content-Type header found in a %s response, which must not return "
                  "content." % code)
    if code not in no_content:
        check(False, "No Content-Type header found in headers (%s)" % headers)


def check_exc_info(exc_info):
    check(exc_info is None or type(exc_info) is tuple,
          "exc_info (%r) is not a tuple: %r" % (exc_info, type(exc_info)))


def check_iterator(iterator):
    check(not isinstance(iterator, (str, bytes)),
          "You should not return a string as your application iterator, instead return a "
          "single-item list containing a bytestring.")
