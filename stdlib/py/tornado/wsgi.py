"""tornado.wsgi: `WSGIContainer` runs a WSGI application (PEP 3333) as a
request callback of Tornado's HTTP server or as a routing target.

The application runs on `executor` (by default synchronously on the loop,
which blocks it while the application runs: only for quick
applications); the whole response is buffered and then written."""

import sys
from io import BytesIO

import tornado
from tornado import escape, httputil
from tornado.ioloop import IOLoop
from tornado.log import access_log


def to_wsgi_str(s):
    """bytes as WSGI's "native strings" (latin-1)."""
    assert isinstance(s, bytes)
    return s.decode("latin1")


class WSGIContainer:
    """Makes a WSGI-compatible application runnable on Tornado's server::

        container = WSGIContainer(simple_app)
        http_server = HTTPServer(container)
    """

    def __init__(self, wsgi_application, executor=None):
        self.wsgi_application = wsgi_application
        self.executor = executor

    def __call__(self, request):
        IOLoop.current().spawn_callback(self.handle_request, request)

    async def _run(self, func, *args):
        if self.executor is None:
            return func(*args)
        return await IOLoop.current().run_in_executor(self.executor, func, *args)

    async def handle_request(self, request):
        data = {}
        response = []

        def start_response(status, headers, exc_info=None):
            data["status"] = status
            data["headers"] = headers
            return response.append

        app_response = await self._run(self.wsgi_application, self.environ(request), start_response)
        try:
            chunks = iter(app_response)

            def next_chunk():
                try:
                    return next(chunks)
                except StopIteration:
                    return None

            while True:
                chunk = await self._run(next_chunk)
                if chunk is None:
                    break
                response.append(chunk)
        finally:
            if hasattr(app_response, "close"):
                app_response.close()
        body = b"".join(response)
        if not data:
            raise Exception("WSGI app did not call start_response")
        status_code_str, reason = data["status"].split(" ", 1)
        status_code = int(status_code_str)
        headers = data["headers"]
        header_set = {k.lower() for (k, v) in headers}
        body = escape.utf8(body)
        if status_code != 304:
            if "content-length" not in header_set:
                headers.append(("Content-Length", str(len(body))))
            if "content-type" not in header_set:
                headers.append(("Content-Type", "text/html; charset=UTF-8"))
        if "server" not in header_set:
            headers.append(("Server", "TornadoServer/%s" % tornado.version))
        start_line = httputil.ResponseStartLine("HTTP/1.1", status_code, reason)
        header_obj = httputil.HTTPHeaders()
        for key, value in headers:
            header_obj.add(key, value)
        from tornado.routing import _ConnectionAdapter

        connection = request.connection
        if not isinstance(connection, _ConnectionAdapter):
            connection = _ConnectionAdapter(connection)
        connection.write_headers(start_line, header_obj, chunk=body)
        connection.finish()
        self._log(status_code, request)

    def environ(self, request):
        """The WSGI environ dict for a Tornado HTTPServerRequest."""
        hostport = request.host.split(":")
        if len(hostport) == 2:
            host = hostport[0]
            port = int(hostport[1])
        else:
            host = request.host
            port = 443 if request.protocol == "https" else 80
        environ = {
            "REQUEST_METHOD": request.method,
            "SCRIPT_NAME": "",
            "PATH_INFO": to_wsgi_str(escape.url_unescape(request.path, encoding=None, plus=False)),
            "QUERY_STRING": request.query,
            "REMOTE_ADDR": request.remote_ip,
            "SERVER_NAME": host,
            "SERVER_PORT": str(port),
            "SERVER_PROTOCOL": request.version,
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": request.protocol,
            "wsgi.input": BytesIO(escape.utf8(request.body)),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": self.executor is not None,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }
        if "Content-Type" in request.headers:
            environ["CONTENT_TYPE"] = request.headers.pop("Content-Type")
        if "Content-Length" in request.headers:
            environ["CONTENT_LENGTH"] = request.headers.pop("Content-Length")
        for key, value in request.headers.items():
            environ["HTTP_" + key.replace("-", "_").upper()] = value
        return environ

    def _log(self, status_code, request):
        if status_code < 400:
            log_method = access_log.info
        elif status_code < 500:
            log_method = access_log.warning
        else:
            log_method = access_log.error
        request_time = 1000.0 * request.request_time()
        summary = request.method + " " + request.uri + " (" + str(request.remote_ip) + ")"
        log_method("%d %s %.2fms", status_code, summary, request_time)


HTTPRequest = httputil.HTTPServerRequest
