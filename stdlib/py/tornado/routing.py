"""tornado.routing: routers that pick the delegate for each request.

A `Router` is an `HTTPServerConnectionDelegate`: given to an HTTPServer,
it is asked (`find_handler`) for the `HTTPMessageDelegate` of each request.
`RuleRouter` keeps `Rule`s of a `Matcher` (path, host, ...) and a target
(another router, a connection delegate, a callable taking the request, or
with `web.Application` a RequestHandler class). `URLSpec` (web.py's, kept
there for the speed of the usual routes) is a Rule on `PathMatches`.

whirl's HTTP server parses requests natively; a router that is not an
Application gets each one replayed as `headers_received`, `data_received`
and `finish` (see `serve_through_delegate`), and writes through
`_ConnectionAdapter`, which speaks Tornado's `HTTPConnection` interface."""

import re
from functools import partial

from tornado import httputil
from tornado.escape import url_escape, url_unescape, utf8
from tornado.log import app_log
from tornado.util import import_object


class Router(httputil.HTTPServerConnectionDelegate):
    """Abstract router interface."""

    def find_handler(self, request, **kwargs):
        """The `HTTPMessageDelegate` for `request`, or None (a 404)."""
        raise NotImplementedError()

    def start_request(self, server_conn, request_conn):
        return _RoutingDelegate(self, server_conn, request_conn)


class ReversibleRouter(Router):
    """A router that can build URLs from route names."""

    def reverse_url(self, name, *args):
        raise NotImplementedError()


class _RoutingDelegate(httputil.HTTPMessageDelegate):
    def __init__(self, router, server_conn, request_conn):
        self.server_conn = server_conn
        self.request_conn = request_conn
        self.delegate = None
        self.router = router

    def headers_received(self, start_line, headers):
        request = httputil.HTTPServerRequest(
            connection=self.request_conn,
            server_connection=self.server_conn,
            start_line=start_line,
            headers=headers,
        )
        self.delegate = self.router.find_handler(request)
        if self.delegate is None:
            app_log.debug("Delegate for %s %s request not found", start_line.method, start_line.path)
            self.delegate = _DefaultMessageDelegate(self.request_conn)
        return self.delegate.headers_received(start_line, headers)

    def data_received(self, chunk):
        return self.delegate.data_received(chunk)

    def finish(self):
        self.delegate.finish()

    def on_connection_close(self):
        self.delegate.on_connection_close()


class _DefaultMessageDelegate(httputil.HTTPMessageDelegate):
    def __init__(self, connection):
        self.connection = connection

    def finish(self):
        self.connection.write_headers(
            httputil.ResponseStartLine("HTTP/1.1", 404, "Not Found"),
            httputil.HTTPHeaders({"Content-Length": "0"}),
        )
        self.connection.finish()


class RuleRouter(Router):
    """Picks the first `Rule` whose matcher matches the request."""

    def __init__(self, rules=None):
        self.rules = []
        if rules:
            self.add_rules(rules)

    def add_rules(self, rules):
        """Rules are `Rule`s or tuples ``(matcher or path pattern, target[,
        target_kwargs[, name]])``."""
        for rule in rules:
            if isinstance(rule, (tuple, list)):
                assert len(rule) in (2, 3, 4)
                if isinstance(rule[0], (str, bytes)):
                    rule = Rule(PathMatches(rule[0]), *rule[1:])
                else:
                    rule = Rule(*rule)
            self.rules.append(self.process_rule(rule))

    def process_rule(self, rule):
        """Hook for subclasses; a list of rules as a target becomes a
        nested RuleRouter."""
        if isinstance(rule.target, (list, tuple)):
            rule.target = RuleRouter(rule.target)
        return rule

    def find_handler(self, request, **kwargs):
        for rule in self.rules:
            target_params = rule.matcher.match(request)
            if target_params is not None:
                if rule.target_kwargs:
                    target_params["target_kwargs"] = rule.target_kwargs
                delegate = self.get_target_delegate(rule.target, request, **target_params)
                if delegate is not None:
                    return delegate
        return None

    def get_target_delegate(self, target, request, **target_params):
        """The delegate for a matched rule's target, or None."""
        if isinstance(target, Router):
            return target.find_handler(request, **target_params)
        if isinstance(target, httputil.HTTPServerConnectionDelegate):
            return target.start_request(request.server_connection, request.connection)
        if callable(target):
            return _CallableAdapter(partial(target, **target_params), request.connection)
        return None


class ReversibleRuleRouter(ReversibleRouter, RuleRouter):
    """A RuleRouter whose named rules (and reversible targets) build URLs."""

    def __init__(self, rules=None):
        self.named_rules = {}
        RuleRouter.__init__(self, rules)

    def process_rule(self, rule):
        rule = super().process_rule(rule)
        if rule.name:
            if rule.name in self.named_rules:
                app_log.warning("Multiple handlers named %s; replacing previous value", rule.name)
            self.named_rules[rule.name] = rule
        return rule

    def reverse_url(self, name, *args):
        if name in self.named_rules:
            return self.named_rules[name].matcher.reverse(*args)
        for rule in self.rules:
            if isinstance(rule.target, ReversibleRouter):
                reversed_url = rule.target.reverse_url(name, *args)
                if reversed_url is not None:
                    return reversed_url
        return None


class Rule:
    """A routing rule: a `Matcher`, a target, the target's keyword
    arguments and an optional name (for reverse_url)."""

    def __init__(self, matcher, target, target_kwargs=None, name=None):
        if isinstance(target, str):
            target = import_object(target)
        self.matcher = matcher
        self.target = target
        self.target_kwargs = target_kwargs if target_kwargs else {}
        self.name = name

    def reverse(self, *args):
        return self.matcher.reverse(*args)

    def __repr__(self):
        return "%s(%r, %s, kwargs=%r, name=%r)" % (
            self.__class__.__name__, self.matcher, self.target, self.target_kwargs, self.name)


class Matcher:
    """Represents a matcher for request features."""

    def match(self, request):
        """A dict of target parameters (maybe empty) when `request`
        matches, else None."""
        raise NotImplementedError()

    def reverse(self, *args):
        """The URL this matcher stands for, or None."""
        return None


class AnyMatches(Matcher):
    """Matches any request."""

    def match(self, request):
        return {}


class HostMatches(Matcher):
    """Matches requests whose host (without port) matches a regex."""

    def __init__(self, host_pattern):
        if isinstance(host_pattern, (str, bytes)):
            if not host_pattern.endswith("$"):
                host_pattern += "$"
            self.host_pattern = re.compile(host_pattern)
        else:
            self.host_pattern = host_pattern

    def match(self, request):
        if self.host_pattern.match(request.host_name):
            return {}
        return None


class DefaultHostMatches(Matcher):
    """Matches when the application's default_host matches the pattern,
    for requests not from a proxy (without X-Real-Ip)."""

    def __init__(self, application, host_pattern):
        self.application = application
        self.host_pattern = host_pattern

    def match(self, request):
        if "X-Real-Ip" not in request.headers:
            if self.host_pattern.match(self.application.default_host):
                return {}
        return None


class PathMatches(Matcher):
    """Matches requests whose path matches a regex (anchored at the end);
    its groups become the handler's arguments."""

    def __init__(self, path_pattern):
        if isinstance(path_pattern, (str, bytes)):
            if not path_pattern.endswith("$"):
                path_pattern += "$"
            self.regex = re.compile(path_pattern)
        else:
            self.regex = path_pattern
        assert len(self.regex.groupindex) in (0, self.regex.groups), (
            "groups in url regexes must either be all named or all "
            "positional: %r" % self.regex.pattern)
        self._path, self._group_count = self._find_groups()

    def match(self, request):
        m = self.regex.match(request.path)
        if m is None:
            return None
        if not self.regex.groups:
            return {}
        path_args = []
        path_kwargs = {}
        if self.regex.groupindex:
            path_kwargs = {str(k): _unquote_or_none(v) for k, v in m.groupdict().items()}
        else:
            path_args = [_unquote_or_none(s) for s in m.groups()]
        return dict(path_args=path_args, path_kwargs=path_kwargs)

    def reverse(self, *args):
        if self._path is None:
            raise ValueError("Cannot reverse url regex " + self.regex.pattern)
        assert len(args) == self._group_count, "required number of arguments not found"
        if not len(args):
            return self._path
        converted = []
        for a in args:
            if not isinstance(a, (str, bytes)):
                a = str(a)
            converted.append(url_escape(utf8(a), plus=False))
        return self._path % tuple(converted)

    def _find_groups(self):
        pattern = self.regex.pattern
        if pattern.startswith("^"):
            pattern = pattern[1:]
        if pattern.endswith("$"):
            pattern = pattern[:-1]
        if self.regex.groups != pattern.count("("):
            return None, None
        pieces = []
        for fragment in pattern.split("("):
            if ")" in fragment:
                paren_loc = fragment.index(")")
                if paren_loc >= 0:
                    try:
                        unescaped = _unescape_regex(fragment[paren_loc + 1:])
                    except ValueError:
                        return None, None
                    pieces.append("%s" + unescaped)
            else:
                try:
                    unescaped = _unescape_regex(fragment)
                except ValueError:
                    return None, None
                pieces.append(unescaped)
        return "".join(pieces), self.regex.groups


def _unescape_regex(text):
    """A regex fragment's literal text; ValueError if it is not literal."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            if i + 1 >= len(text) or text[i + 1].isalnum():
                raise ValueError("cannot unescape %r" % text)
            out.append(text[i + 1])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _unquote_or_none(s):
    if s is None:
        return s
    return url_unescape(s, encoding=None, plus=False)


class _CallableAdapter(httputil.HTTPMessageDelegate):
    """Collects a request for a target that is a plain callable."""

    def __init__(self, request_callback, request_conn):
        self.connection = request_conn
        self.request_callback = request_callback
        self.request = None
        self.delegate = None
        self._chunks = []

    def headers_received(self, start_line, headers):
        self.request = httputil.HTTPServerRequest(
            connection=self.connection, start_line=start_line, headers=headers)
        return None

    def data_received(self, chunk):
        self._chunks.append(chunk)
        return None

    def finish(self):
        self.request.body = b"".join(self._chunks)
        self.request._parse_body()
        self.request_callback(self.request)

    def on_connection_close(self):
        self._chunks = None


# ----- whirl: native requests through delegates -----


_DIGITS = re.compile(r"[0-9]+")


class _ConnectionAdapter:
    """The native HTTP connection with Tornado's `HTTPConnection` face
    (`write_headers(start_line, headers, chunk)`), which message delegates
    write through; RequestHandler's own calls (`write_headers(code, reason,
    pairs, chunk, finishing)`) pass straight through."""

    def __init__(self, native):
        self._native = native

    def write_headers(self, start_line, headers=None, chunk=None, *rest):
        if isinstance(start_line, tuple):
            if isinstance(headers, httputil.HTTPHeaders):
                pairs = list(headers.get_all())
            else:
                pairs = list((headers or {}).items())
            for name, value in pairs:
                if name.lower() == "content-length" and not _DIGITS.fullmatch(value):
                    raise httputil.HTTPOutputError(
                        "Only integer Content-Length is allowed: %s" % value)
            self._native.write_headers(start_line[1], start_line[2], pairs, chunk or b"", False)
            return _done()
        return self._native.write_headers(start_line, headers, chunk, *rest)

    def write(self, chunk, *args):
        result = self._native.write(chunk)
        return result if result is not None else _done()

    def finish(self):
        return self._native.finish()

    def __getattr__(self, name):
        return getattr(self._native, name)


def _done():
    from tornado.concurrent import Future

    f = Future()
    f.set_result(None)
    return f


def serve_through_delegate(server_delegate, server_conn, request, chunk_size=65536):
    """Replays a natively parsed request through `server_delegate` (an
    HTTPServerConnectionDelegate, such as a Router), its body in pieces of
    at most `chunk_size` bytes. An exception from the delegate is logged
    and closes the connection, as Tornado's HTTP1ServerConnection does."""
    connection = _ConnectionAdapter(request.connection)
    try:
        replay(server_delegate.start_request(server_conn, connection), request, chunk_size)
    except Exception:
        app_log.error("Uncaught exception", exc_info=True)
        connection.close()


def replay(delegate, request, chunk_size=65536):
    """Feeds a complete request to an HTTPMessageDelegate."""
    start_line = httputil.RequestStartLine(request.method, request.uri, request.version)
    result = delegate.headers_received(start_line, request.headers)

    def rest():
        body = request.body
        for start in range(0, len(body), chunk_size):
            delegate.data_received(body[start:start + chunk_size])
        delegate.finish()

    if result is None:
        rest()
    else:
        from tornado import gen
        from tornado.ioloop import IOLoop

        IOLoop.current().add_future(gen.convert_yielded(result), lambda f: (f.result(), rest()))


def __getattr__(name):
    # web.URLSpec is the routing URLSpec; it lives in web.py (which imports
    # this module) for the speed of the usual routes.
    if name == "URLSpec":
        from tornado.web import URLSpec

        return URLSpec
    raise AttributeError("module 'tornado.routing' has no attribute %r" % name)
