"""tornado.web: Application (routing and settings) and RequestHandler.

Behaves as Tornado 6's module for what programs use (see TORNADO.md). The
response leaves through the native connection (`request.connection`) in
one `write_headers(..., finishing=True)` call in the common case. A
handler method that returns None is run start to finish without any
Future or coroutine; only a method returning an awaitable goes through
the IOLoop.
"""

import sys
import os
import time
import hashlib
import traceback

import _hashlib_native as _hashlib
import _tornado

import tornado
from tornado import escape
from tornado import gen
from tornado import httputil
from tornado import routing
from tornado.concurrent import is_future
from tornado.escape import utf8, _unicode, url_unescape
from tornado.log import access_log, app_log, gen_log
from tornado.util import ObjectDict
from tornado._transforms import OutputTransform, GZipContentEncoding
from tornado._ui_modules import (UIModule, TemplateModule, _linkify, _xsrf_form_html,
                                 _HandlerUI, _is_absolute_resource)

import re as _re
import hmac

_SERVER = "TornadoServer/%s" % tornado.version
_headers_from_grouped = httputil.HTTPHeaders._from_grouped
_json_encode = escape.json_encode
_responses = httputil.responses

# The Date header changes once a second: formatted once per second.
_date_cache = [-1, ""]


def _http_date():
    now = time.time()
    second = int(now)
    if second != _date_cache[0]:
        _date_cache[0] = second
        _date_cache[1] = httputil.format_timestamp(now)
    return _date_cache[1]


class HTTPError(Exception):
    """An exception that becomes an HTTP error response (``status_code``)."""

    def __init__(self, status_code=500, log_message=None, *args, **kwargs):
        self.status_code = status_code
        self._log_message = log_message
        self.args = args
        self.reason = kwargs.get("reason", None)

    @property
    def log_message(self):
        if self._log_message and not self.args:
            return self._log_message.replace("%", "%%")
        return self._log_message

    def get_message(self):
        if self._log_message and self.args:
            return self._log_message % self.args
        return self._log_message

    def __str__(self):
        message = "HTTP %d: %s" % (
            self.status_code, self.reason or _responses.get(self.status_code, "Unknown"))
        log_message = self.get_message()
        if log_message:
            return message + " (" + log_message + ")"
        return message



class Finish(Exception):
    """Raised in a handler: finishes the request (without an error)."""


class MissingArgumentError(HTTPError):
    def __init__(self, arg_name):
        HTTPError.__init__(self, 400, "Missing argument %s" % arg_name)
        self.arg_name = arg_name


class _ArgDefaultMarker:
    pass


_ARG_DEFAULT = _ArgDefaultMarker()
_CONTROL_CHARS = frozenset([chr(i) for i in range(0, 9)] + [chr(i) for i in range(14, 32)])


def _remove_control_chars(s):
    if s.isprintable():
        return s
    for c in s:
        if c in _CONTROL_CHARS:
            return "".join([" " if ch in _CONTROL_CHARS else ch for ch in s])
    return s


def _concat(chunks):
    if len(chunks) == 1:
        return chunks[0]
    return b"".join(chunks)


# Tornado allows \t, 0x20-0x7e and 0x80-0xff in header values.
_UNSAFE_HEADER_CHARS = frozenset([chr(i) for i in range(32) if i != 9] + ["\x7f"])


def _unsafe_header_value(value):
    # Printable ASCII, the usual value, is safe: two native passes.
    if value.isascii() and value.isprintable():
        return False
    if not _UNSAFE_HEADER_CHARS.isdisjoint(value):
        return True
    if not value.isascii():
        for c in value:
            if c > "\xff":
                return True
    return False


_METHOD_ATTRIBUTES = {"GET": "get", "HEAD": "head", "POST": "post", "DELETE": "delete",
                      "PATCH": "patch", "PUT": "put", "OPTIONS": "options"}


# Per handler class: which of the no-op hooks it overrides, so requests skip
# calling the others (set_default_headers, initialize, prepare,
# on_connection_close, on_finish), and whether a class after RequestHandler
# in its MRO (a mixin) has an __init__ that RequestHandler.__init__'s
# super().__init__() must reach (super() costs a request too much to make
# when it would only reach object.__init__).
_HOOKS = {}


def _mixin_init(cls):
    mro = cls.__mro__
    for klass in mro[mro.index(RequestHandler) + 1:]:
        if "__init__" in klass.__dict__:
            return klass is not object
    return False


def _find_hooks(cls):
    base = RequestHandler
    hooks = (cls.set_default_headers is not base.set_default_headers,
             cls.initialize is not base.initialize,
             cls.prepare is not base.prepare,
             cls.on_connection_close is not base.on_connection_close,
             cls.on_finish is not base.on_finish,
             _mixin_init(cls))
    _HOOKS[cls] = hooks
    return hooks


def _unimplemented_method(self, *args, **kwargs):
    raise HTTPError(405)


def _cookie_error(message):
    """An http.cookies.CookieError (imported only when one is raised)."""
    import http.cookies

    return http.cookies.CookieError(message)


# Morsel's attributes, as they are written in Set-Cookie.
_COOKIE_ATTR_NAMES = {"expires": "expires", "path": "Path", "comment": "Comment",
                      "domain": "Domain", "max-age": "Max-Age", "secure": "Secure",
                      "httponly": "HttpOnly", "version": "Version", "samesite": "SameSite"}

# http.cookies' legal key characters.
_COOKIE_KEY_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:")


def _cookie_attr_unsafe(text):
    for c in text:
        if c <= " " or c == ";" or c == "\x7f":
            return True
    return False


def _xor_mask(mask, data):
    """``data`` xor-ed with the 4-byte ``mask`` repeated (RFC 6455 5.3)."""
    if len(mask) != 4:
        raise ValueError("mask must be 4 bytes")
    return bytes(b ^ mask[i % 4] for i, b in enumerate(data))


def _a2b_hex(text):
    """binascii.a2b_hex: an even number of hex digits, nothing else."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    if len(text) % 2 or any(c not in "0123456789abcdefABCDEF" for c in text):
        raise ValueError("Non-hexadecimal digit found" if len(text) % 2 == 0
                         else "Odd-length string")
    return bytes.fromhex(text)


def _was_cancelled(future):
    """Whether a handler's task ended because cancel() was asked of it (as
    opposed to its coroutine awaiting something that was cancelled)."""
    cancelling = getattr(future, "_task_cancelling", None) or getattr(future, "cancelling", None)
    return cancelling is not None and cancelling() > 0


class RequestHandler:
    """Subclass and define get/post/put/delete/patch/head/options."""

    SUPPORTED_METHODS = ("GET", "HEAD", "POST", "DELETE", "PATCH", "PUT", "OPTIONS")

    head = _unimplemented_method
    get = _unimplemented_method
    post = _unimplemented_method
    delete = _unimplemented_method
    patch = _unimplemented_method
    put = _unimplemented_method
    options = _unimplemented_method

    # Per-request state starts from these class defaults (fewer stores per
    # request than setting each in __init__).
    _headers_written = False
    _hooks = (True, True, True, True, True)
    _finished = False
    _auto_finish = True
    _prepared_future = None
    path_args = None
    path_kwargs = None
    _transforms = None
    _new_cookie = None
    # `ui` (UI methods and modules for templates) is _HandlerUI, set below.
    _current_user = _ARG_DEFAULT
    # @stream_request_body (see _stream_body).
    _stream_request_body = False
    _pending_body = None
    _body_pos = 0

    def __init__(self, application, request, **kwargs):
        cls = type(self)
        hooks = _HOOKS.get(cls)
        if hooks is None:
            hooks = _find_hooks(cls)
        if hooks[5]:
            # Mixins after RequestHandler in the bases get their __init__
            # run (OpenIdMixin's deprecation warning, an application's own).
            super().__init__()
        self.application = application
        self.request = request
        self._hooks = hooks
        self.clear()
        if hooks[3]:
            connection = request.connection
            if connection is not None:
                connection.set_close_callback(self._connection_closed)
        if kwargs or hooks[1]:
            self.initialize(**kwargs)

    def initialize(self):
        pass

    @property
    def settings(self):
        return self.application.settings

    def prepare(self):
        pass

    def on_finish(self):
        pass

    def on_connection_close(self):
        pass

    def _connection_closed(self):
        # The native server runs close callbacks on a later loop turn; a
        # handler that finished meanwhile is no longer told (as finish()
        # unregistering the callback does in Tornado).
        if not self._finished:
            self.on_connection_close()

    def clear(self):
        if int(time.time()) != _date_cache[0]:
            _http_date()
        self._headers = _headers_from_grouped(
            {"Server": [_SERVER], "Content-Type": ["text/html; charset=UTF-8"],
             "Date": [_date_cache[1]]})
        if self._hooks[0]:
            self.set_default_headers()
        self._write_buffer = []
        self._status_code = 200
        self._reason = "OK"

    def set_default_headers(self):
        pass

    def set_status(self, status_code, reason=None):
        self._status_code = status_code
        if reason is not None:
            # Tornado: anything but RFC 9112's reason-phrase (tab, space,
            # visible ASCII, obs-text; not empty), or a "<", reads "Unknown".
            if not reason or "<" in reason or any(
                    c != "\t" and (c < " " or "\x7e" < c < "\x80" or c > "\xff")
                    for c in reason):
                reason = "Unknown"
            self._reason = escape.native_str(reason)
        else:
            self._reason = _responses.get(status_code, "Unknown")

    def get_status(self):
        return self._status_code

    def set_header(self, name, value):
        if type(value) is not str:
            value = self._convert_header_value(value)
        elif _unsafe_header_value(value):
            raise ValueError("Unsafe header value %r" % (value,))
        self._headers[name] = value

    def add_header(self, name, value):
        self._headers.add(name, self._convert_header_value(value))

    def clear_header(self, name):
        if name in self._headers:
            del self._headers[name]

    def _convert_header_value(self, value):
        if isinstance(value, str):
            retval = value
        elif isinstance(value, bytes):
            retval = escape.latin1_decode(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        else:
            raise TypeError("Unsupported header value %r" % (value,))
        # One pass in native code; the ValueError is rare.
        if _unsafe_header_value(retval):
            raise ValueError("Unsafe header value %r" % (retval,))
        return retval

    # ----- arguments -----

    def get_argument(self, name, default=_ARG_DEFAULT, strip=True):
        return self._get_argument(name, default, self.request.arguments, strip)

    def get_arguments(self, name, strip=True):
        return self._get_arguments(name, self.request.arguments, strip)

    def get_body_argument(self, name, default=_ARG_DEFAULT, strip=True):
        return self._get_argument(name, default, self.request.body_arguments, strip)

    def get_body_arguments(self, name, strip=True):
        return self._get_arguments(name, self.request.body_arguments, strip)

    def get_query_argument(self, name, default=_ARG_DEFAULT, strip=True):
        return self._get_argument(name, default, self.request.query_arguments, strip)

    def get_query_arguments(self, name, strip=True):
        return self._get_arguments(name, self.request.query_arguments, strip)

    def _get_argument(self, name, default, source, strip=True):
        args = self._get_arguments(name, source, strip=strip)
        if not args:
            if isinstance(default, _ArgDefaultMarker):
                raise MissingArgumentError(name)
            return default
        return args[-1]

    def _get_arguments(self, name, source, strip=True):
        values = []
        for v in source.get(name, []):
            s = self.decode_argument(v, name=name)
            if isinstance(s, str):
                s = _remove_control_chars(s)
            if strip:
                s = s.strip()
            values.append(s)
        return values

    def decode_argument(self, value, name=None):
        try:
            return _unicode(value)
        except UnicodeDecodeError:
            raise HTTPError(400, "Invalid unicode in %s: %r" % (name or "url", value[:40]))

    # ----- cookies -----

    @property
    def cookies(self):
        return self.request.cookies

    def get_cookie(self, name, default=None):
        cookies = self.request.cookies
        if name in cookies:
            return cookies[name].value
        return default

    def set_cookie(self, name, value, domain=None, expires=None, path="/", expires_days=None,
                   max_age=None, httponly=False, secure=False, samesite=None, **kwargs):
        name = escape.native_str(name)
        value = escape.native_str(value)
        for c in value:
            if c <= " ":
                raise ValueError("Invalid cookie %r: %r" % (name, value))
        # No control characters, spaces or semicolons in attributes (they
        # would end the attribute or inject one).
        for attr_name, attr_value in (("name", name), ("domain", domain), ("path", path),
                                      ("samesite", samesite)):
            if attr_value is not None and _cookie_attr_unsafe(attr_value):
                raise _cookie_error("Invalid cookie attribute %s=%r for cookie %r"
                                    % (attr_name, attr_value, name))
        for k, v in kwargs.items():
            if _cookie_attr_unsafe(str(v)):
                raise _cookie_error("Invalid cookie attribute %s=%r for cookie %r"
                                    % (k, v, name))
        if not name or any(c not in _COOKIE_KEY_CHARS for c in name):
            raise _cookie_error("Illegal key %r" % (name,))
        if self._new_cookie is None:
            self._new_cookie = {}
        # The attributes as http.cookies.Morsel keeps them (lower-case
        # keys). As in Tornado, the cookie is set with the attributes taken
        # so far even when a later one is refused.
        attrs = {}
        try:
            if domain:
                attrs["domain"] = domain
            if expires_days is not None and not expires:
                expires = time.time() + expires_days * 86400
            if expires:
                attrs["expires"] = httputil.format_timestamp(expires)
            if path:
                attrs["path"] = path
            if max_age:
                # Through int(): a string could smuggle more attributes in.
                attrs["max-age"] = int(max_age)
            if httponly:
                attrs["httponly"] = True
            if secure:
                attrs["secure"] = True
            if samesite:
                attrs["samesite"] = samesite
            if kwargs:
                # Other spellings of the attributes (``HttpOnly=True``,
                # ``pATH="/x"``), as Morsel takes them: deprecated.
                for k, v in kwargs.items():
                    key = k.lower()
                    if key not in _COOKIE_ATTR_NAMES:
                        raise _cookie_error("Invalid attribute %r" % (key,))
                    attrs[key] = v
                import warnings

                warnings.warn("Deprecated arguments to set_cookie: %s (should be lowercase)"
                              % (set(kwargs.keys()),), DeprecationWarning)
        finally:
            self._new_cookie[name] = _cookie_header(name, value, attrs)

    def create_signed_value(self, name, value, version=None):
        self.require_setting("cookie_secret", "secure cookies")
        secret = self.application.settings["cookie_secret"]
        key_version = None
        if isinstance(secret, dict):
            if self.application.settings.get("key_version") is None:
                raise Exception("key_version setting must be used for secret_key dicts")
            key_version = self.application.settings["key_version"]
        return create_signed_value(secret, name, value, version=version,
                                   key_version=key_version)

    def set_signed_cookie(self, name, value, expires_days=30, version=None, **kwargs):
        self.set_cookie(name, self.create_signed_value(name, value, version=version),
                        expires_days=expires_days, **kwargs)

    set_secure_cookie = set_signed_cookie

    def get_signed_cookie(self, name, value=None, max_age_days=31, min_version=None):
        self.require_setting("cookie_secret", "secure cookies")
        if value is None:
            value = self.get_cookie(name)
        return decode_signed_value(self.application.settings["cookie_secret"], name, value,
                                   max_age_days=max_age_days, min_version=min_version)

    get_secure_cookie = get_signed_cookie

    def get_signed_cookie_key_version(self, name, value=None):
        """The key version (``key_version`` setting) a signed cookie was
        made with, or None (no cookie, or a value without one)."""
        self.require_setting("cookie_secret", "secure cookies")
        if value is None:
            value = self.get_cookie(name)
        if value is None:
            return None
        return get_signature_key_version(value)

    get_secure_cookie_key_version = get_signed_cookie_key_version

    def clear_cookie(self, name, **kwargs):
        for excluded in ("expires", "max_age"):
            if excluded in kwargs:
                raise TypeError("clear_cookie() got an unexpected keyword argument '%s'"
                                % excluded)
        self.set_cookie(name, value="", expires=time.time() - 365 * 86400, **kwargs)

    def clear_all_cookies(self, **kwargs):
        for name in self.request.cookies:
            self.clear_cookie(name, **kwargs)

    # ----- output -----

    def redirect(self, url, permanent=False, status=None):
        if self._headers_written:
            raise Exception("Cannot redirect after headers have been written")
        if status is None:
            status = 301 if permanent else 302
        else:
            assert isinstance(status, int) and 300 <= status <= 399
        self.set_status(status)
        self.set_header("Location", utf8(url))
        self.finish()

    def write(self, chunk):
        if self._finished:
            raise RuntimeError("Cannot write() after finish()")
        if isinstance(chunk, str):
            self._write_buffer.append(chunk.encode("utf-8"))
            return
        if isinstance(chunk, bytes):
            self._write_buffer.append(chunk)
            return
        if isinstance(chunk, dict):
            self.set_header("Content-Type", "application/json; charset=UTF-8")
            self._write_buffer.append(_json_encode(chunk).encode("utf-8"))
            return
        message = "write() only accepts bytes, unicode, and dict objects"
        if isinstance(chunk, list):
            message += (". Lists not accepted for security reasons; see "
                        + "http://www.tornadoweb.org/en/stable/web.html"
                        + "#tornado.web.RequestHandler.write")
        raise TypeError(message)

    # Template loaders by template directory, shared by all handlers.
    _template_loaders = {}

    def render(self, template_name, **kwargs):
        """Renders the template `template_name` with `kwargs` (and
        `get_template_namespace()`) and finishes the response with it."""
        if self._finished:
            raise RuntimeError("Cannot render() after finish()")
        html = self.render_string(template_name, **kwargs)
        modules = self.__dict__.get("_active_modules")
        if modules:
            html = self._add_module_resources(html, modules.values())
        return self.finish(html)

    def _add_module_resources(self, html, modules):
        """``html`` with what the UI modules it used asked for: CSS and
        head content before </head>, JavaScript and body content before
        </body>."""
        js_embed, js_files, css_embed, css_files, heads, bodies = [], [], [], [], [], []
        for module in modules:
            for embed, files, embed_part, file_part in (
                    (js_embed, js_files, module.embedded_javascript(), module.javascript_files()),
                    (css_embed, css_files, module.embedded_css(), module.css_files())):
                if embed_part:
                    embed.append(utf8(embed_part))
                if file_part:
                    if isinstance(file_part, (str, bytes)):
                        files.append(_unicode(file_part))
                    else:
                        files.extend(file_part)
            head = module.html_head()
            if head:
                heads.append(utf8(head))
            body = module.html_body()
            if body:
                bodies.append(utf8(body))

        def before(html, tag, text, last):
            at = html.rindex(tag) if last else html.index(tag)
            return html[:at] + text + b"\n" + html[at:]

        if js_files:
            html = before(html, b"</body>", utf8(self.render_linked_js(js_files)), True)
        if js_embed:
            html = before(html, b"</body>", self.render_embed_js(js_embed), True)
        if css_files:
            html = before(html, b"</head>", utf8(self.render_linked_css(css_files)), False)
        if css_embed:
            html = before(html, b"</head>", self.render_embed_css(css_embed), False)
        if heads:
            html = before(html, b"</head>", b"".join(heads), False)
        if bodies:
            html = before(html, b"</body>", b"".join(bodies), False)
        return html

    def _resource_urls(self, paths):
        """Each path once, in order; relative ones through static_url."""
        urls = []
        for path in paths:
            if not _is_absolute_resource(path):
                path = self.static_url(path)
            if path not in urls:
                urls.append(path)
        return urls

    def render_linked_js(self, js_files):
        return "".join('<script src="' + escape.xhtml_escape(p)
                       + '" type="text/javascript"></script>'
                       for p in self._resource_urls(js_files))

    def render_embed_js(self, js_embed):
        return (b'<script type="text/javascript">\n//<![CDATA[\n' + b"\n".join(js_embed)
                + b"\n//]]>\n</script>")

    def render_linked_css(self, css_files):
        return "".join('<link href="' + escape.xhtml_escape(p)
                       + '" type="text/css" rel="stylesheet"/>'
                       for p in self._resource_urls(css_files))

    def render_embed_css(self, css_embed):
        return b'<style type="text/css">\n' + b"\n".join(css_embed) + b"\n</style>"

    def _ui_module(self, name, module):
        def render(*args, **kwargs):
            active = self.__dict__.get("_active_modules")
            if active is None:
                active = self._active_modules = {}
            if name not in active:
                active[name] = module(self)
            return active[name].render(*args, **kwargs)
        return render

    def _ui_method(self, method):
        return lambda *args, **kwargs: method(self, *args, **kwargs)

    def render_string(self, template_name, **kwargs):
        """The output of template `template_name` as bytes. Templates are
        found in the `template_path` setting, else in the directory of the
        module whose code called this."""
        template_path = self.get_template_path()
        if not template_path:
            frame = sys._getframe(0)
            web_file = frame.f_code.co_filename
            while frame.f_code.co_filename == web_file and frame.f_back is not None:
                frame = frame.f_back
            template_path = os.path.dirname(frame.f_code.co_filename)
        loader = RequestHandler._template_loaders.get(template_path)
        if loader is None:
            loader = self.create_template_loader(template_path)
            RequestHandler._template_loaders[template_path] = loader
        elif not self.application.settings.get("compiled_template_cache", True):
            loader.reset()
        t = loader.load(template_name)
        namespace = self.get_template_namespace()
        namespace.update(kwargs)
        return t.generate(**namespace)

    def get_template_namespace(self):
        """The names every template rendered by this handler sees."""
        namespace = dict(
            handler=self,
            request=self.request,
            current_user=self.current_user,
            locale=self.locale,
            _=self.locale.translate,
            pgettext=self.locale.pgettext,
            static_url=self.static_url,
            xsrf_form_html=self.xsrf_form_html,
            reverse_url=self.reverse_url,
        )
        namespace.update(self.ui)
        return namespace

    def create_template_loader(self, template_path):
        """The template loader for `template_path`: the `template_loader`
        setting, else a Loader honouring the `autoescape` and
        `template_whitespace` settings."""
        from tornado import template

        settings = self.application.settings
        if "template_loader" in settings:
            return settings["template_loader"]
        kwargs = {}
        if "autoescape" in settings:
            kwargs["autoescape"] = settings["autoescape"]
        if "template_whitespace" in settings:
            kwargs["whitespace"] = settings["template_whitespace"]
        return template.Loader(template_path, **kwargs)

    @property
    def locale(self):
        """The user's Locale: `get_user_locale()`, else the browser's
        (Accept-Language)."""
        loc = self.__dict__.get("_locale")
        if loc is None:
            loc = self.get_user_locale()
            if loc is None:
                loc = self.get_browser_locale()
            self._locale = loc
        return loc

    @locale.setter
    def locale(self, value):
        self._locale = value

    def get_user_locale(self):
        """Override to choose the user's locale (None: the browser's)."""
        return None

    def get_browser_locale(self, default="en_US"):
        """The Locale that best matches the Accept-Language header (with
        its q= weights), else `default`'s."""
        from tornado import locale

        header = self.request.headers.get("Accept-Language")
        if header:
            weighted = []
            for language in header.split(","):
                parts = language.strip().split(";")
                if len(parts) > 1 and parts[1].strip().startswith("q="):
                    try:
                        score = float(parts[1].strip()[2:])
                        if score < 0:
                            raise ValueError()
                    except (ValueError, TypeError):
                        score = 0.0
                else:
                    score = 1.0
                if score > 0:
                    weighted.append((parts[0], score))
            if weighted:
                weighted.sort(key=lambda pair: pair[1], reverse=True)
                return locale.get(*[code for code, _ in weighted])
        return locale.get(default)

    def _header_pairs(self):
        pairs = []
        for name, values in self._headers._as_list.items():
            for v in values:
                pairs.append((name, v))
        if self._new_cookie is not None:
            for cookie in self._new_cookie.values():
                pairs.append(("Set-Cookie", cookie))
        return pairs

    def flush(self, include_footers=False, _finishing=False):
        chunk = _concat(self._write_buffer)
        self._write_buffer = []
        connection = self.request.connection
        if not self._headers_written:
            self._headers_written = True
            if self._transforms:
                chunk = self._transform_first_chunk(chunk, include_footers)
            if self.request.method == "HEAD":
                chunk = b""
            result = connection.write_headers(self._status_code, self._reason,
                                              self._header_pairs(), chunk, _finishing)
        elif self.request.method != "HEAD" and (chunk or self._transforms):
            if self._transforms:
                for transform in self._transforms:
                    chunk = transform.transform_chunk(chunk, include_footers)
            result = connection.write(chunk) if chunk else None
        else:
            result = None
        if _finishing:
            return result
        return _done_future(result)

    def _should_not_send_content(self, status_code):
        return status_code in (204, 304) or (100 <= status_code < 200)

    def finish(self, chunk=None):
        if self._finished:
            raise RuntimeError("finish() called twice")
        if chunk is not None:
            self.write(chunk)
        request = self.request
        headers_written = self._headers_written
        if not headers_written:
            status = self._status_code
            as_list = self._headers._as_list
            if status == 200 and "Etag" not in as_list and (
                    request.method == "GET" or request.method == "HEAD"):
                self.set_etag_header()
                if self.check_etag_header():
                    self._write_buffer = []
                    self.set_status(304)
                    status = 304
            if status in (204, 304) or 100 <= status < 200:
                if self._write_buffer:
                    raise RuntimeError("Cannot send body with status code HTTP%d" % status)
                self._clear_representation_headers()
            elif "Content-Length" not in as_list:
                n = 0
                for part in self._write_buffer:
                    n += len(part)
                as_list["Content-Length"] = [str(n)]
            elif request.method != "HEAD":
                self._check_content_length(as_list["Content-Length"])
        connection = request.connection
        if self._hooks[3]:
            connection.set_close_callback(None)
        if headers_written:
            self.flush(include_footers=True)
            connection.finish()
        else:
            # The whole response in one call: status line, headers and body.
            self._headers_written = True
            buf = self._write_buffer
            self._write_buffer = []
            if self._transforms:
                chunk = self._transform_first_chunk(_concat(buf) if buf else b"", True)
                if request.method == "HEAD":
                    chunk = b""
            elif request.method == "HEAD" or not buf:
                chunk = b""
            elif len(buf) == 1:
                chunk = buf[0]
            else:
                chunk = _concat(buf)
            if self._new_cookie is None:
                # The native side takes HTTPHeaders' own {name: [values]}.
                headers = self._headers._as_list
            else:
                headers = self._header_pairs()
            connection.write_headers(self._status_code, self._reason, headers, chunk, True)
        request._finish_time = time.time()
        self.application.log_request(self)
        self._finished = True
        if self._hooks[4]:
            self.on_finish()
        if _finished_future:
            return _finished_future[0]
        return _done_future(None)

    def _transform_first_chunk(self, chunk, finishing):
        """The first piece of the body through the output transforms,
        which may change the status and the headers too."""
        for transform in self._transforms:
            self._status_code, self._headers, chunk = transform.transform_first_chunk(
                self._status_code, self._headers, chunk, finishing)
        return chunk

    def _check_content_length(self, values):
        """A Content-Length the handler set that its body does not match:
        as Tornado's HTTP1Connection, the connection is closed unfinished
        and HTTPOutputError raised."""
        try:
            expected = int(values[0])
        except (ValueError, IndexError):
            return
        actual = 0
        for part in self._write_buffer:
            actual += len(part)
        if actual == expected:
            return
        self._headers_written = True
        connection = self.request.connection
        if actual > expected:
            connection.close()
            raise httputil.HTTPOutputError("Tried to write more data than Content-Length")
        # Too little: what there is goes out before the connection closes.
        buf = self._write_buffer
        self._write_buffer = []
        connection.write_headers(self._status_code, self._reason, self._header_pairs(),
                                 _concat(buf) if buf else b"", False)
        connection.close()
        raise httputil.HTTPOutputError(
            "Tried to write %d bytes less than Content-Length" % (expected - actual))

    def detach(self):
        self._finished = True
        return self.request.connection.detach()

    def send_error(self, status_code=500, **kwargs):
        if self._headers_written:
            gen_log.error("Cannot send error response after headers written")
            if not self._finished:
                try:
                    self.finish()
                except Exception:
                    gen_log.error("Failed to flush partial response", exc_info=True)
            return
        self.clear()
        reason = kwargs.get("reason")
        if "exc_info" in kwargs:
            exception = kwargs["exc_info"][1]
            if isinstance(exception, HTTPError) and exception.reason:
                reason = exception.reason
        self.set_status(status_code, reason=reason)
        try:
            if status_code != 304:
                self.write_error(status_code, **kwargs)
        except Exception:
            app_log.error("Uncaught exception in write_error", exc_info=True)
        if not self._finished:
            self.finish()

    def write_error(self, status_code, **kwargs):
        if self._should_not_send_content(status_code):
            self.finish()
        elif self.settings.get("serve_traceback") and "exc_info" in kwargs:
            self.set_header("Content-Type", "text/plain")
            for line in traceback.format_exception(*kwargs["exc_info"]):
                self.write(line)
            self.finish()
        else:
            self.finish("<html><title>%(code)d: %(message)s</title>"
                        "<body>%(code)d: %(message)s</body></html>"
                        % {"code": status_code, "message": escape.xhtml_escape(self._reason)})

    @property
    def current_user(self):
        if self._current_user is _ARG_DEFAULT:
            self._current_user = self.get_current_user()
        return self._current_user

    @current_user.setter
    def current_user(self, value):
        self._current_user = value

    def get_current_user(self):
        return None

    # ----- XSRF protection (the xsrf_cookies setting) -----

    @property
    def xsrf_token(self):
        """This session's XSRF token, masked afresh on each request (version
        2: ``2|mask|masked token|timestamp``, hex); sets the ``_xsrf``
        cookie when the request brought none."""
        if not hasattr(self, "_xsrf_token"):
            version, token, timestamp = self._get_raw_xsrf_token()
            output_version = self.settings.get("xsrf_cookie_version", 2)
            cookie_kwargs = dict(self.settings.get("xsrf_cookie_kwargs", {}))
            if output_version == 1:
                self._xsrf_token = token.hex().encode()
            elif output_version == 2:
                mask = os.urandom(4)
                self._xsrf_token = b"|".join([
                    b"2", mask.hex().encode(), _xor_mask(mask, token).hex().encode(),
                    utf8(str(int(timestamp)))])
            else:
                raise ValueError("unknown xsrf cookie version %d" % output_version)
            if version is None:
                if self.current_user and "expires_days" not in cookie_kwargs:
                    cookie_kwargs["expires_days"] = 30
                cookie_name = self.settings.get("xsrf_cookie_name", "_xsrf")
                self.set_cookie(cookie_name, self._xsrf_token, **cookie_kwargs)
        return self._xsrf_token

    def _get_raw_xsrf_token(self):
        """(version or None when made now, raw token bytes, timestamp)."""
        if not hasattr(self, "_raw_xsrf_token"):
            cookie = self.get_cookie(self.settings.get("xsrf_cookie_name", "_xsrf"))
            if cookie:
                version, token, timestamp = self._decode_xsrf_token(cookie)
            else:
                version, token, timestamp = None, None, None
            if token is None:
                version = None
                token = os.urandom(16)
                timestamp = time.time()
            self._raw_xsrf_token = (version, token, timestamp)
        return self._raw_xsrf_token

    def _decode_xsrf_token(self, cookie):
        """A cookie or submitted token as (version, token, timestamp);
        (None, None, None) when it cannot be read."""
        try:
            # Tornado's test: rb"^([1-9][0-9]*)\|(.*)$"
            prefix, bar, rest = utf8(cookie).partition(b"|")
            if rest.endswith(b"\n"):
                rest = rest[:-1]
            if (bar and prefix[:1] in (b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"8", b"9")
                    and all(c in b"0123456789" for c in prefix) and b"\n" not in rest):
                version = int(prefix)
                if version == 2:
                    _, mask_str, masked_token, timestamp_str = cookie.split("|")
                    mask = _a2b_hex(mask_str)
                    token = _xor_mask(mask, _a2b_hex(masked_token))
                    timestamp = int(timestamp_str)
                    return version, token, timestamp
                raise ValueError("Unknown xsrf cookie version")
            try:
                token = _a2b_hex(utf8(cookie))
            except (ValueError, TypeError):
                token = utf8(cookie)
            # Version 1 tokens carry no timestamp.
            return 1, token, int(time.time())
        except Exception:
            gen_log.debug("Uncaught exception in _decode_xsrf_token", exc_info=True)
            return None, None, None

    def check_xsrf_cookie(self):
        """Raises a 403 unless the ``_xsrf`` argument (or the X-XSRFToken /
        X-CSRFToken header) carries the token of the ``_xsrf`` cookie."""
        input_token = (self.get_argument("_xsrf", None)
                       or self.request.headers.get("X-Xsrftoken")
                       or self.request.headers.get("X-Csrftoken"))
        if not input_token:
            raise HTTPError(403, "'_xsrf' argument missing from POST")
        _, token, _ = self._decode_xsrf_token(input_token)
        _, expected_token, _ = self._get_raw_xsrf_token()
        if not token:
            raise HTTPError(403, "'_xsrf' argument has invalid format")
        if not hmac.compare_digest(utf8(token), utf8(expected_token)):
            raise HTTPError(403, "XSRF cookie does not match POST argument")

    def xsrf_form_html(self):
        """The hidden ``<input/>`` carrying the XSRF token, for POST forms."""
        return ('<input type="hidden" name="_xsrf" value="'
                + escape.xhtml_escape(self.xsrf_token) + '"/>')

    # ----- cross-origin protection (the cross_origin_protection setting) -----

    def _cross_origin_refusal(self, trusted):
        """None when this (state-changing) request may come from where it
        comes from, else why not. A browser says where with Sec-Fetch-Site;
        older ones only send Origin, which must then name this host or pass
        `trusted` (no Origin at all: not a browser, allowed)."""
        headers = self.request.headers
        site = headers.get("Sec-Fetch-Site")
        origin = headers.get("Origin")
        if site is None:
            if origin is None or self._origin_is_this_host(origin) or trusted(origin):
                return None
            return "Origin %r not allowed" % (origin,)
        if site == "same-origin" or site == "none":
            return None
        if origin and trusted(origin):
            return None
        return "Sec-Fetch-Site %s & origin %r not allowed" % (site, origin)

    def _origin_is_this_host(self, origin):
        from urllib.parse import urlsplit

        # Host and port only: the scheme may be rewritten by a proxy.
        return urlsplit(origin).netloc.lower() == self.request.headers.get("Host", "").lower()

    def check_trusted_origin(self, origin):
        """Whether a cross-origin request from ``origin`` may change state
        (by default: it is in the ``trusted_origins`` setting)."""
        return origin in self.application.settings.get("trusted_origins", [])

    def get_login_url(self):
        self.require_setting("login_url", "@tornado.web.authenticated")
        return self.application.settings["login_url"]

    def get_template_path(self):
        return self.application.settings.get("template_path")

    def static_url(self, path, include_host=None, **kwargs):
        self.require_setting("static_path", "static_url")
        get_url = self.settings.get("static_handler_class", StaticFileHandler).make_static_url
        if include_host is None:
            include_host = getattr(self, "include_host", False)
        base = ""
        if include_host:
            base = self.request.protocol + "://" + self.request.host
        return base + get_url(self.settings, path, **kwargs)

    def require_setting(self, name, feature="this feature"):
        if not self.application.settings.get(name):
            raise Exception("You must define the '%s' setting in your "
                            "application to use %s" % (name, feature))

    def reverse_url(self, name, *args):
        return self.application.reverse_url(name, *args)

    def compute_etag(self):
        buf = self._write_buffer
        if len(buf) == 1:
            data = buf[0]
        else:
            data = _concat(buf)
        return '"' + _hashlib.digest("sha1", data).hex() + '"'

    def set_etag_header(self):
        etag = self.compute_etag()
        if etag is not None:
            # Etags are hex digests in practice: a substring test is enough
            # for them (the native writer refuses CR/LF as well).
            if type(etag) is str and "\n" not in etag and "\r" not in etag:
                self._headers._as_list["Etag"] = [etag]
            else:
                self.set_header("Etag", etag)

    def check_etag_header(self):
        request_headers = self.request.headers
        if "If-None-Match" not in request_headers._as_list:
            return False
        computed_etag = self._headers.get("Etag", "")
        header = request_headers.get("If-None-Match", "")
        if not computed_etag or not header:
            return False
        etags = _parse_etags(header)
        if not etags:
            return False
        if etags[0] == "*":
            return True
        computed = computed_etag[2:] if computed_etag.startswith("W/") else computed_etag
        for etag in etags:
            if (etag[2:] if etag.startswith("W/") else etag) == computed:
                return True
        return False

    # ----- running a request -----

    def _execute(self, transforms, *args, **kwargs):
        """Runs prepare and the method. Plain methods run to the end right
        here; a method returning an awaitable is continued when it is done."""
        try:
            request = self.request
            # Output transforms (gzip) work per response: one of each.
            self._transforms = [t(request) for t in transforms] if transforms else None
            if request.method not in self.SUPPORTED_METHODS:
                raise HTTPError(405)
            if self._stream_request_body:
                # The body goes to data_received after prepare (_stream_body).
                self._pending_body = request.body
                request.body = b""
            elif request.body or request._body_error is not None:
                request._parse_body()
                if request._body_error is not None:
                    raise HTTPError(400, "Invalid body: %s" % request._body_error)
            if args:
                decode = self.decode_argument
                self.path_args = [decode(arg) for arg in args]
            else:
                self.path_args = []
            if kwargs:
                decode = self.decode_argument
                self.path_kwargs = dict((k, decode(v, name=k)) for (k, v) in kwargs.items())
            else:
                self.path_kwargs = {}
            if request.method not in ("GET", "HEAD", "OPTIONS"):
                settings = self.application.settings
                if settings.get("xsrf_cookies"):
                    self.check_xsrf_cookie()
                if settings.get("cross_origin_protection"):
                    refusal = self._cross_origin_refusal(self.check_trusted_origin)
                    if refusal is not None:
                        raise HTTPError(403, refusal)
            if self._hooks[2]:
                result = self.prepare()
                if result is not None:
                    self._continue_after(result, self._run_method)
                    return
            self._run_method()
        except Exception as e:
            self._handle_exception_safely(e)

    def _run_method(self):
        if self._prepared_future is not None:
            if not self._prepared_future.done():
                self._prepared_future.set_result(None)
        if self._finished:
            return
        if self._stream_request_body:
            # Served by HTTP1Connection (see _HandlerDelegate): the body is
            # still arriving, to data_received; the method runs once it is in.
            body_future = self.request.__dict__.get("_body_future")
            if body_future is not None:
                if not body_future.done():
                    body_future.add_done_callback(self._body_arrived)
                    return
                if body_future.exception() is not None:
                    # The connection closed before the body was in.
                    return
            result = self._stream_body()
            if result is not None:
                self._continue_after(result, self._run_method)
                return
        name = _METHOD_ATTRIBUTES.get(self.request.method)
        if name is None:
            name = self.request.method.lower()
        method = getattr(self, name)
        if self.path_args or self.path_kwargs:
            result = method(*self.path_args, **self.path_kwargs)
        else:
            result = method()
        if result is not None:
            self._continue_after(result, self._auto_finish_now)
            return
        if self._auto_finish and not self._finished:
            self.finish()

    def _stream_body(self):
        """@stream_request_body: the body (read whole by the native server)
        goes to data_received in pieces, after prepare and before the
        method; an awaitable from data_received is waited for."""
        body = self._pending_body or b""
        while self._body_pos < len(body):
            chunk = body[self._body_pos:self._body_pos + _STREAM_CHUNK_SIZE]
            self._body_pos += len(chunk)
            result = self.data_received(chunk)
            if result is not None:
                return result
        return None

    def _body_arrived(self, body_future):
        if body_future.exception() is not None:
            return
        try:
            self._run_method()
        except Exception as e:
            self._handle_exception_safely(e)

    def _auto_finish_now(self):
        if self._auto_finish and not self._finished:
            self.finish()

    def _continue_after(self, awaitable, step):
        # Natively: a coroutine runs as a task with no Task object made
        # unless asked for (asyncio.current_task()), off the hot path.
        future = awaitable if _tornado.is_future(awaitable) else gen._native_convert(awaitable)

        def done(f):
            try:
                f.result()
                step()
            except (Exception, _tornado.CancelledError) as e:
                if isinstance(e, _tornado.CancelledError) and _was_cancelled(f):
                    # The handler's own task was cancelled: not an error to
                    # log, but a response keeps the connection from hanging.
                    self._send_error_safely()
                    return
                # Awaiting something cancelled is an uncaught exception too.
                self._handle_exception_safely(e)
        if future.done():
            done(future)
        else:
            # A done callback runs on the loop's next iteration, as the
            # continuation of Tornado's `await result` does.
            future.add_done_callback(done)

    def _send_error_safely(self):
        if not self._finished:
            try:
                self.send_error(500)
            except Exception:
                app_log.error("Exception in exception handler", exc_info=True)
        prepared = self._prepared_future
        if prepared is not None and not prepared.done():
            prepared.set_result(None)

    def _handle_exception_safely(self, e):
        try:
            self._handle_request_exception(e)
        except Exception:
            app_log.error("Exception in exception handler", exc_info=True)
        prepared = self._prepared_future
        if prepared is not None and not prepared.done():
            # The connection waits on this before reading a streamed body.
            prepared.set_result(None)

    def data_received(self, chunk):
        raise NotImplementedError()

    def _log(self):
        self.application.log_request(self)

    def _request_summary(self):
        request = self.request
        return "%s %s (%s)" % (request.method, request.uri, request.remote_ip)

    def _handle_request_exception(self, e):
        if isinstance(e, Finish):
            if not self._finished:
                self.finish(*e.args)
            return
        exc_info = (type(e), e, e.__traceback__)
        try:
            self.log_exception(*exc_info)
        except Exception:
            app_log.error("Error in exception logger", exc_info=True)
        if self._finished:
            return
        if isinstance(e, HTTPError):
            self.send_error(e.status_code, exc_info=exc_info)
        else:
            self.send_error(500, exc_info=exc_info)

    def log_exception(self, typ, value, tb):
        if isinstance(value, HTTPError):
            log_message = value.get_message()
            if log_message:
                gen_log.warning("%d %s: %s", value.status_code, self._request_summary(),
                                log_message)
        else:
            app_log.error("Uncaught exception %s\n%r", self._request_summary(), self.request,
                          exc_info=(typ, value, tb))

    def _clear_representation_headers(self):
        for h in ("Content-Encoding", "Content-Language", "Content-Type"):
            self.clear_header(h)


_finished_future = []


def _done_future(result):
    """What flush()/finish() return: the connection's future if it gave one,
    else one shared future that is already done."""
    if result is not None:
        return result
    if not _finished_future:
        from tornado.concurrent import Future
        f = Future()
        f.set_result(None)
        _finished_future.append(f)
    return _finished_future[0]


def _parse_etags(header):
    etags = []
    i = 0
    n = len(header)
    while i < n:
        c = header[i]
        if c == "*":
            etags.append("*")
            i += 1
        elif c == '"' or header.startswith('W/"', i):
            start = i
            j = header.find('"', i + (3 if c == "W" else 1))
            if j < 0:
                break
            etags.append(header[start:j + 1])
            i = j + 1
        else:
            i += 1
    return etags


_COOKIE_LEGAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                          "!#$%&'*+-.^_`|~:")


def _cookie_quote(value):
    # An empty value is not a token either: it goes out as "" (clear_cookie
    # sends `name=""`), as http.cookies quotes it.
    if not value:
        return '""'
    for c in value:
        if c not in _COOKIE_LEGAL:
            break
    else:
        if value:
            return value
    out = []
    for c in value:
        if c in _COOKIE_LEGAL or c in " (),/<=>?@[]{}":
            out.append(c)
        elif c == '"' or c == "\\":
            out.append("\\" + c)
        else:
            out.append("\\%03o" % ord(c))
    return '"' + "".join(out) + '"'


def _cookie_header(name, value, attrs):
    """A Set-Cookie value as http.cookies.Morsel writes it: attributes
    sorted by key, empty ones left out, flags by name only."""
    parts = [name + "=" + _cookie_quote(value)]
    for key in sorted(attrs):
        v = attrs[key]
        if v == "":
            continue
        label = _COOKIE_ATTR_NAMES[key]
        if key in ("httponly", "secure"):
            if v:
                parts.append(label)
        elif key == "expires" and isinstance(v, int):
            parts.append(label + "=" + httputil.format_timestamp(time.time() + v))
        elif key == "max-age" and isinstance(v, int):
            parts.append("%s=%d" % (label, v))
        elif key == "comment" and isinstance(v, str):
            parts.append(label + "=" + _cookie_quote(v))
        else:
            parts.append("%s=%s" % (label, v))
    return "; ".join(parts)


# ----- signed cookies (Tornado's version 2 format) -----

DEFAULT_SIGNED_VALUE_VERSION = 2
DEFAULT_SIGNED_VALUE_MIN_VERSION = 1
# The signed-value format versions decode_signed_value reads.
MIN_SUPPORTED_SIGNED_VALUE_VERSION = 1
MAX_SUPPORTED_SIGNED_VALUE_VERSION = 2


def _signature_v2(secret, data):
    import hmac
    return hmac.new(utf8(secret), utf8(data), hashlib.sha256).hexdigest()


def _create_signature_v1(secret, *parts):
    """Version 1's signature: the hex HMAC-SHA1 of the parts, concatenated."""
    import hmac
    h = hmac.new(utf8(secret), digestmod=hashlib.sha1)
    for part in parts:
        h.update(utf8(part))
    return utf8(h.hexdigest())


def _create_signature_v2(secret, s):
    """Version 2's signature: the hex HMAC-SHA256 of the signed string."""
    return utf8(_signature_v2(secret, s))


def _decode_signed_value_v1(secret, name, value, max_age_days, clock):
    """Version 1: ``<base64 value>|<time>|<hmac-sha1 of name, value, time>``."""
    import base64
    import hmac
    parts = utf8(value).split(b"|")
    if len(parts) != 3:
        return None
    signature = _create_signature_v1(secret, name, parts[0], parts[1])
    if not hmac.compare_digest(parts[2], signature):
        gen_log.warning("Invalid cookie signature %r", value)
        return None
    try:
        timestamp = int(parts[1])
    except ValueError:
        return None
    if timestamp < clock() - max_age_days * 86400:
        gen_log.warning("Expired cookie %r", value)
        return None
    if timestamp > clock() + 31 * 86400:
        # Digits moved from the value into the timestamp keep the same
        # signature: a timestamp far ahead is a tampered cookie.
        gen_log.warning("Cookie timestamp in future; possible tampering %r", value)
        return None
    if parts[1].startswith(b"0"):
        gen_log.warning("Tampered cookie %r", value)
        return None
    try:
        return base64.b64decode(parts[0])
    except Exception:
        return None


def create_signed_value(secret, name, value, version=None, clock=None, key_version=None):
    """Version 2 (the default):
    ``2|1:0|10:<time>|<len>:<name>|<len>:<base64 value>|<hmac-sha256>``;
    version 1: ``<base64 value>|<time>|<hmac-sha1>``."""
    import base64
    if version is None:
        version = DEFAULT_SIGNED_VALUE_VERSION
    if clock is None:
        clock = time.time
    if version == 1:
        # (key versions need the version 2 format)
        assert not isinstance(secret, dict)
        timestamp = utf8(str(int(clock())))
        value = base64.b64encode(utf8(value))
        signature = _create_signature_v1(secret, name, value, timestamp)
        return b"|".join([value, timestamp, signature])
    if version != 2:
        raise ValueError("Unsupported version %d" % version)
    timestamp = str(int(clock()))
    value = base64.b64encode(utf8(value)).decode("ascii")

    def format_field(field):
        return "%d:%s" % (len(field), field)
    to_sign = "|".join(["2", format_field(str(key_version or 0)), format_field(timestamp),
                        format_field(escape.native_str(name)), format_field(value), ""])
    if isinstance(secret, dict):
        assert key_version is not None, "Key version must be set when sign key dict is used"
        secret = secret[key_version]
    return utf8(to_sign + _signature_v2(secret, to_sign))


def _consume_field(s):
    length, sep, rest = s.partition(":")
    if not sep or not length.isdigit():
        raise ValueError("malformed v2 signed value field")
    n = int(length)
    field_value = rest[:n]
    if rest[n:n + 1] != "|":
        raise ValueError("malformed v2 signed value field")
    return field_value, rest[n + 1:]


def decode_signed_value(secret, name, value, max_age_days=31, clock=None, min_version=None):
    import base64
    import hmac
    if clock is None:
        clock = time.time
    if min_version is None:
        min_version = DEFAULT_SIGNED_VALUE_MIN_VERSION
    if not value:
        return None
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            return None
    version = _signed_value_version(value)
    if version < min_version:
        return None
    if version == 1:
        if isinstance(secret, dict):
            return None
        return _decode_signed_value_v1(secret, name, value, max_age_days, clock)
    if version != 2:
        return None
    try:
        key_version, rest = _consume_field(value[2:])
        timestamp, rest = _consume_field(rest)
        name_field, rest = _consume_field(rest)
        value_field, passed_sig = _consume_field(rest)
    except ValueError:
        return None
    signed_string = value[:-len(passed_sig)] if passed_sig else value
    if isinstance(secret, dict):
        try:
            secret = secret[int(key_version)]
        except (KeyError, ValueError):
            return None
    expected_sig = _signature_v2(secret, signed_string)
    if not hmac.compare_digest(passed_sig, expected_sig):
        return None
    if name_field != escape.native_str(name):
        return None
    if not timestamp.isdigit() or int(timestamp) < clock() - max_age_days * 86400:
        return None
    try:
        return base64.b64decode(value_field)
    except Exception:
        return None


def _signed_value_version(value):
    """The format version of a signed value: the number before its first
    "|" (below 1000), else 1 (version 1 values have no prefix)."""
    head, sep, _ = value.partition("|")
    if not sep or not head.isdigit() or head.startswith("0"):
        return 1
    version = int(head)
    return 1 if version > 999 else version


def is_absolute(path):
    """Whether a URL path or URL is absolute: rooted at "/" or with an
    http(s) scheme (Tornado's test for redirect and static URLs)."""
    return path.startswith(("/", "http:", "https:"))


def get_signature_key_version(value):
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not value or not value.startswith("2|"):
        return None
    try:
        key_version, _ = _consume_field(value[2:])
        return int(key_version)
    except ValueError:
        return None


# What browsers do to a URL before reading it (WHATWG URL): leading and
# trailing controls and spaces go, tabs and newlines anywhere go, and a
# backslash is a slash. Redirects built from request data are checked on
# the URL as a browser will read it.
_URL_STRIPPED = "".join(chr(i) for i in range(0x21))


def _url_as_browser_reads_it(url):
    url = url.strip(_URL_STRIPPED)
    for c in "\t\n\r":
        if c in url:
            url = url.replace(c, "")
    return url.replace("\\", "/")


def _is_protocol_relative(url):
    """Whether a browser reads ``url`` as ``//host/...`` (another host)."""
    return _url_as_browser_reads_it(url).startswith("//")


def _scheme_and_netloc(url):
    """(scheme, netloc) of ``url`` as a browser sees them, lower-cased;
    both empty for a relative URL. ValueError for some malformed URLs."""
    from urllib.parse import urlsplit

    url = _url_as_browser_reads_it(url)
    if url.startswith("//"):
        # Browsers skip any number of slashes before the host.
        url = "//" + url.lstrip("/")
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def removeslash(method):
    def wrapper(self, *args, **kwargs):
        if self.request.path.endswith("/"):
            if self.request.method in ("GET", "HEAD"):
                uri = self.request.path.rstrip("/")
                if _is_protocol_relative(uri):
                    raise HTTPError(403, "cannot redirect path with two initial slashes")
                if uri:
                    if self.request.query:
                        uri += "?" + self.request.query
                    self.redirect(uri, permanent=True)
                    return None
            else:
                raise HTTPError(404)
        return method(self, *args, **kwargs)
    return wrapper


def addslash(method):
    def wrapper(self, *args, **kwargs):
        if not self.request.path.endswith("/"):
            if self.request.method in ("GET", "HEAD"):
                uri = self.request.path + "/"
                if _is_protocol_relative(uri):
                    raise HTTPError(403, "cannot redirect path with two initial slashes")
                if self.request.query:
                    uri += "?" + self.request.query
                self.redirect(uri, permanent=True)
                return None
            raise HTTPError(404)
        return method(self, *args, **kwargs)
    return wrapper


def authenticated(method):
    def wrapper(self, *args, **kwargs):
        if not self.current_user:
            if self.request.method in ("GET", "HEAD"):
                url = self.get_login_url()
                if "?" not in url:
                    from urllib.parse import urlsplit

                    if urlsplit(url).scheme:
                        # An absolute login URL (another host) gets an
                        # absolute next URL.
                        next_url = self.request.full_url()
                    else:
                        next_url = self.request.uri
                    url += "?" + escape.url_escape("next") + "=" + escape.url_escape(next_url)
                self.redirect(url)
                return None
            raise HTTPError(403)
        return method(self, *args, **kwargs)
    return wrapper


# ----- routing -----

_REGEX_META = frozenset("\\.^$*+?{}[]()|")


_STREAM_CHUNK_SIZE = 65536


def stream_request_body(cls):
    """Class decorator: the handler gets the request body through
    `data_received(chunk)` calls (between prepare and the HTTP method),
    and `request.body` stays empty."""
    if not (isinstance(cls, type) and issubclass(cls, RequestHandler)):
        raise TypeError("expected subclass of RequestHandler, got %r" % (cls,))
    cls._stream_request_body = True
    return cls


class URLSpec(routing.Rule):
    """One route: ``pattern`` (anchored with ``$``), ``handler_class``,
    ``kwargs`` for ``initialize``, an optional ``name`` for reverse_url."""

    def __init__(self, pattern, handler, kwargs=None, name=None):
        if not pattern.endswith("$"):
            pattern += "$"
        self.pattern = pattern
        self.regex = None
        self.literal = None
        body = pattern[:-1]
        if body.startswith("^"):
            body = body[1:]
        for c in body:
            if c in _REGEX_META:
                break
        else:
            # The common case ("/", "/api/items"): compared as a string.
            self.literal = body
        if self.literal is None:
            self.regex = _re.compile(pattern)
            groupindex = self.regex.groupindex
            self.named = bool(groupindex)
            self.groupindex = dict(groupindex)
        else:
            self.named = False
            self.groupindex = {}
        if isinstance(handler, str):
            handler = _import_object(handler)
        self.handler_class = handler
        self.target = handler
        self.kwargs = kwargs or {}
        self.target_kwargs = self.kwargs
        self.name = name
        self._path, self._group_count = self._find_groups()

    def match(self, path):
        """None, or (path_args, path_kwargs) with the groups unescaped."""
        if self.literal is not None:
            if path == self.literal:
                return _NO_GROUPS
            return None
        m = self.regex.match(path)
        if m is None:
            return None
        if self.named:
            kwargs = {}
            for name, index in self.groupindex.items():
                kwargs[name] = _unquote_or_none(m.group(index))
            return (), kwargs
        return [_unquote_or_none(s) for s in m.groups()], {}

    def _find_groups(self):
        pattern = self.pattern
        if pattern.startswith("^"):
            pattern = pattern[1:]
        if pattern.endswith("$"):
            pattern = pattern[:-1]
        if self.regex is None:
            return pattern, 0
        if self.regex.groups != pattern.count("("):
            return None, None
        from tornado.util import re_unescape

        # Outside the groups only escaped literals can be reversed (not
        # \\d, \\w, ...).
        pieces = []
        try:
            for fragment in pattern.split("("):
                if ")" in fragment:
                    pieces.append("%s" + re_unescape(fragment[fragment.index(")") + 1:]))
                else:
                    pieces.append(re_unescape(fragment))
        except ValueError:
            return None, None
        return "".join(pieces), self.regex.groups

    def reverse(self, *args):
        if self._path is None:
            raise ValueError("Cannot reverse url regex " + self.pattern)
        assert len(args) == self._group_count, "required number of arguments not found"
        if not len(args):
            return self._path
        converted = []
        for a in args:
            if not isinstance(a, (str, bytes)):
                a = str(a)
            converted.append(escape.url_escape(utf8(a), plus=False))
        return self._path % tuple(converted)

    def __repr__(self):
        return "%s(%r, %s, kwargs=%r, name=%r)" % (
            self.__class__.__name__, self.pattern, self.handler_class, self.kwargs, self.name)

    @property
    def matcher(self):
        """The routing face of this rule (made when a router asks)."""
        matcher = self.__dict__.get("_matcher")
        if matcher is None:
            matcher = self.__dict__["_matcher"] = routing.PathMatches(self.pattern)
        return matcher


url = URLSpec

# What a literal route's match gives: no path arguments (never mutated; the
# handler gets copies through *args/**kwargs).
_NO_GROUPS = ((), {})


def _unquote_or_none(s):
    if s is None:
        return s
    if "%" not in s:
        # What url_unescape(s, encoding=None) gives for text without escapes.
        return s.encode("utf-8")
    return url_unescape(s, encoding=None, plus=False)


def _import_object(name):
    if "." not in name:
        return __import__(name)
    parts = name.split(".")
    obj = __import__(".".join(parts[:-1]), fromlist=[parts[-1]])
    return getattr(obj, parts[-1])


class Application(routing.ReversibleRouter):
    """A collection of request handlers making up a web application.

    ``Application(handlers, default_host=None, transforms=None, **settings)``;
    an instance is called with each request by the HTTP server."""

    # The HTTP server calls an Application with each request (its fast
    # path) instead of replaying the request through start_request.
    _serves_requests_directly = True

    def __init__(self, handlers=None, default_host=None, transforms=None, **settings):
        if transforms is None:
            transforms = []
            if settings.get("compress_response") or settings.get("gzip"):
                transforms.append(GZipContentEncoding)
        self.transforms = transforms
        self.default_host = default_host
        self.settings = settings
        self.ui_modules = {"linkify": _linkify, "xsrf_form_html": _xsrf_form_html,
                           "Template": TemplateModule}
        self.ui_methods = {}
        self._load_ui_modules(settings.get("ui_modules", {}))
        self._load_ui_methods(settings.get("ui_methods", {}))
        self.rules = []
        self.named_handlers = {}
        # Set once a rule other than a path pattern -> RequestHandler is
        # added (see tornado.routing); until then requests take the fast
        # path in __call__.
        self._general_rules = False
        if settings.get("debug"):
            settings.setdefault("autoreload", True)
            settings.setdefault("compiled_template_cache", False)
            settings.setdefault("static_hash_cache", False)
            settings.setdefault("serve_traceback", True)
        if settings.get("static_path") is not None:
            path = settings["static_path"]
            handlers = list(handlers or [])
            static_url_prefix = settings.get("static_url_prefix", "/static/")
            static_handler_class = settings.get("static_handler_class", StaticFileHandler)
            static_handler_args = settings.get("static_handler_args", {})
            static_handler_args["path"] = path
            for pattern in [static_url_prefix + "(.*)", "/(favicon\\.ico)", "/(robots\\.txt)"]:
                handlers.insert(0, (pattern, static_handler_class, static_handler_args))
        if handlers:
            self.add_handlers(".*$", handlers)

    def _load_ui_methods(self, methods):
        """A module (its public functions), a list of those, or a dict."""
        if isinstance(methods, type(sys)):
            self._load_ui_methods(dict((n, getattr(methods, n)) for n in dir(methods)))
        elif isinstance(methods, list):
            for m in methods:
                self._load_ui_methods(m)
        else:
            for name, fn in methods.items():
                if not name.startswith("_") and hasattr(fn, "__call__") \
                        and name[0].lower() == name[0]:
                    self.ui_methods[name] = fn

    def _load_ui_modules(self, modules):
        """A module (its UIModule subclasses), a list of those, or a dict."""
        if isinstance(modules, type(sys)):
            self._load_ui_modules(dict((n, getattr(modules, n)) for n in dir(modules)))
        elif isinstance(modules, list):
            for m in modules:
                self._load_ui_modules(m)
        else:
            assert isinstance(modules, dict)
            for name, cls in modules.items():
                try:
                    if issubclass(cls, UIModule):
                        self.ui_modules[name] = cls
                except TypeError:
                    pass

    def listen(self, port, address=None, **kwargs):
        from tornado.httpserver import HTTPServer
        server = HTTPServer(self, **kwargs)
        if address is None:
            address = ""
        server.listen(port, address)
        return server

    def add_handlers(self, host_pattern, host_handlers):
        if host_pattern not in (".*$", ".*"):
            # Host-specific handlers, tried before those for any host.
            self._general_rules = True
            matcher = routing.HostMatches(host_pattern)
            rule = routing.Rule(matcher, _ApplicationRouter(self, host_handlers))
            at = 0
            while at < len(self.rules) and not isinstance(self.rules[at], URLSpec) \
                    and isinstance(self.rules[at].matcher, routing.HostMatches):
                at += 1
            self.rules.insert(at, rule)
            if self.default_host is not None:
                # Also for requests to another host when this pattern
                # matches default_host (looked up at request time), after
                # every other rule.
                self.rules.append(routing.Rule(
                    routing.DefaultHostMatches(self, matcher.host_pattern),
                    _ApplicationRouter(self, host_handlers)))
            return
        for spec in host_handlers:
            if isinstance(spec, (tuple, list)):
                assert len(spec) in (2, 3, 4)
                if isinstance(spec[0], (str, bytes)):
                    spec = URLSpec(*spec)
                else:
                    spec = routing.Rule(*spec)
            if not isinstance(spec, URLSpec) or not (
                    isinstance(spec.target, type) and issubclass(spec.target, RequestHandler)):
                self._general_rules = True
                if isinstance(spec.target, (list, tuple)):
                    spec.target = _ApplicationRouter(self, spec.target)
            self.rules.append(spec)
            if spec.name:
                if spec.name in self.named_handlers:
                    app_log.warning("Multiple handlers named %s; replacing previous value",
                                    spec.name)
                self.named_handlers[spec.name] = spec

    def add_transform(self, transform_class):
        self.transforms.append(transform_class)

    def find_handler(self, request, **kwargs):
        """The HTTPMessageDelegate for `request` (tornado.routing's API)."""
        for rule in self.rules:
            if isinstance(rule, URLSpec):
                groups = rule.match(request.path)
                if groups is None:
                    continue
                target = rule.handler_class
                if isinstance(target, type) and issubclass(target, RequestHandler):
                    return self.get_handler_delegate(request, target, rule.kwargs,
                                                     list(groups[0]), groups[1])
                params = {}
                if groups[0] or groups[1]:
                    params = dict(path_args=list(groups[0]), path_kwargs=groups[1])
            else:
                params = rule.matcher.match(request)
            if params is None:
                continue
            if rule.target_kwargs:
                params["target_kwargs"] = rule.target_kwargs
            delegate = self._target_delegate(rule.target, request, **params)
            if delegate is not None:
                return delegate
        handler_class = self.settings.get("default_handler_class")
        if handler_class is not None:
            return self.get_handler_delegate(request, handler_class,
                                             self.settings.get("default_handler_args", {}))
        return self.get_handler_delegate(request, ErrorHandler, {"status_code": 404})

    def _target_delegate(self, target, request, **params):
        if isinstance(target, type) and issubclass(target, RequestHandler):
            return self.get_handler_delegate(request, target, params.get("target_kwargs"),
                                             params.get("path_args"), params.get("path_kwargs"))
        if not isinstance(request.connection, routing._ConnectionAdapter):
            request.connection = routing._ConnectionAdapter(request.connection)
        return routing.RuleRouter.get_target_delegate(self, target, request, **params)

    def get_handler_delegate(self, request, target_class, target_kwargs=None, path_args=None,
                             path_kwargs=None):
        """A delegate that runs `target_class` (a RequestHandler) once the
        request is complete."""
        return _HandlerDelegate(self, request, target_class, target_kwargs, path_args,
                                path_kwargs)

    def _find_spec(self, request):
        path = request.path
        for spec in self.rules:
            groups = spec.match(path)
            if groups is not None:
                return spec, groups[0], groups[1]
        return None, (), {}

    def __call__(self, request):
        if self._general_rules:
            routing.replay(self.find_handler(request), request)
            return None
        spec, args, kwargs = self._find_spec(request)
        if spec is not None:
            handler_class = spec.handler_class
            handler_kwargs = spec.kwargs
        else:
            handler_class = self.settings.get("default_handler_class")
            if handler_class is not None:
                handler_kwargs = self.settings.get("default_handler_args", {})
            else:
                handler_class = ErrorHandler
                handler_kwargs = {"status_code": 404}
        try:
            if handler_kwargs:
                handler = handler_class(self, request, **handler_kwargs)
            else:
                handler = handler_class(self, request)
        except Exception as e:
            app_log.error("Uncaught exception %s %s (%s)\n%r", request.method, request.uri,
                          request.remote_ip, request, exc_info=(type(e), e, e.__traceback__))
            raise
        if args or kwargs:
            handler._execute(self.transforms, *args, **kwargs)
        else:
            handler._execute(self.transforms)
        return handler

    def reverse_url(self, name, *args):
        if name in self.named_handlers:
            return self.named_handlers[name].reverse(*args)
        for rule in self.rules:
            if isinstance(rule.target, routing.ReversibleRouter):
                url = rule.target.reverse_url(name, *args)
                if url is not None:
                    return url
        raise KeyError("%s not found in named urls" % name)

    def log_request(self, handler):
        settings = self.settings
        if "log_function" in settings:
            settings["log_function"](handler)
            return
        status = handler._status_code
        if status < 400:
            logger_method = access_log.info
            level = 20
        elif status < 500:
            logger_method = access_log.warning
            level = 30
        else:
            logger_method = access_log.error
            level = 40
        # The usual case (nothing configured) stops here, before any timing
        # or formatting work.
        if not access_log.isEnabledFor(level):
            return
        request_time = 1000.0 * handler.request.request_time()
        logger_method("%d %s %.2fms", status, handler._request_summary(), request_time)


class _HandlerDelegate(httputil.HTTPMessageDelegate):
    """Runs a RequestHandler for a request routed through tornado.routing."""

    def __init__(self, application, request, handler_class, handler_kwargs, path_args,
                 path_kwargs):
        self.application = application
        self.request = request
        self.handler_class = handler_class
        self.handler_kwargs = handler_kwargs or {}
        self.path_args = path_args or []
        self.path_kwargs = path_kwargs or {}
        self.chunks = []
        self.handler = None
        # A @stream_request_body handler runs (prepare) as soon as the head
        # is in; its body then goes to data_received as it arrives.
        self.stream_request_body = getattr(handler_class, "_stream_request_body", False)

    def headers_received(self, start_line, headers):
        if self.stream_request_body:
            from tornado.concurrent import Future

            self.request._body_future = Future()
            return self.execute()
        return None

    def data_received(self, data):
        if self.stream_request_body:
            return self.handler.data_received(data)
        self.chunks.append(data)
        return None

    def finish(self):
        if self.stream_request_body:
            body_future = self.request._body_future
            if not body_future.done():
                body_future.set_result(None)
            return
        if self.chunks:
            self.request.body = b"".join(self.chunks)
        self.execute()

    def on_connection_close(self):
        if self.stream_request_body:
            body_future = self.request.__dict__.get("_body_future")
            if body_future is not None and not body_future.done():
                # A method waiting for the rest of the body gets the error.
                from tornado.iostream import StreamClosedError

                body_future.set_exception(StreamClosedError())
                body_future.exception()
            if self.handler is not None:
                self.handler.on_connection_close()
        else:
            self.chunks = None

    def execute(self):
        handler = self.handler_class(self.application, self.request, **self.handler_kwargs)
        self.handler = handler
        if self.stream_request_body:
            from tornado.concurrent import Future

            handler._prepared_future = Future()
            handler._execute(self.application.transforms, *self.path_args, **self.path_kwargs)
            # The connection reads the body once prepare is done.
            return handler._prepared_future
        handler._execute(self.application.transforms, *self.path_args, **self.path_kwargs)
        return handler


class _ApplicationRouter(routing.ReversibleRuleRouter):
    """Nested rules of an Application: RequestHandler targets run as the
    application's handlers."""

    def __init__(self, application, rules=None):
        self.application = application
        super().__init__(rules)

    def process_rule(self, rule):
        if isinstance(rule.target, (list, tuple)):
            rule.target = _ApplicationRouter(self.application, rule.target)
        return super().process_rule(rule)

    def get_target_delegate(self, target, request, **target_params):
        if isinstance(target, type) and issubclass(target, RequestHandler):
            return self.application.get_handler_delegate(
                request, target, target_params.get("target_kwargs"),
                target_params.get("path_args"), target_params.get("path_kwargs"))
        return super().get_target_delegate(target, request, **target_params)


class ErrorHandler(RequestHandler):
    """Generates an error response with ``status_code`` for all requests."""

    def initialize(self, status_code):
        self.set_status(status_code)

    def prepare(self):
        raise HTTPError(self._status_code)

    def check_xsrf_cookie(self):
        pass

    def check_trusted_origin(self, origin):
        # Nothing to protect: a POST to a wrong URL stays a 404, not a 403.
        return True


class RedirectHandler(RequestHandler):
    """Redirects the client to the given URL (``url``, ``permanent=True``);
    ``{0}`` etc. in the URL are replaced by the path groups."""

    def initialize(self, url, permanent=True):
        self._url = url
        self._permanent = permanent

    def get(self, *args, **kwargs):
        import string

        to_url = self._url.format(*args, **kwargs)
        # Substituted path pieces come from the request: they may not choose
        # the scheme or the host. Those are what the template says before
        # its first substitution.
        prefix = ""
        substituted = False
        for literal, field, _, _ in string.Formatter().parse(self._url):
            prefix += literal
            if field is not None:
                substituted = True
                break
        try:
            if self.request.query_arguments:
                to_url = httputil.url_concat(
                    to_url, list(httputil.qs_to_qsl(self.request.query_arguments)))
            scheme, netloc = _scheme_and_netloc(prefix)
            same = _scheme_and_netloc(to_url) == (scheme, netloc)
            if substituted and scheme in ("http", "https") and not netloc:
                # The whole host would come from the request.
                same = False
        except ValueError:
            same = False
        if not same:
            raise HTTPError(400, "Redirect URL cannot change the scheme or netloc")
        if not _UNSAFE_HEADER_CHARS.isdisjoint(to_url):
            raise HTTPError(400, "Redirect URL contains invalid characters")
        self.redirect(to_url, permanent=self._permanent)


_MIME_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".css": "text/css",
    ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json",
    ".xml": "application/xml", ".png": "image/png", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".gif": "image/gif", ".svg": "image/svg+xml",
    ".ico": "image/vnd.microsoft.icon", ".pdf": "application/pdf", ".zip": "application/zip",
    ".tar": "application/x-tar", ".wasm": "application/wasm", ".csv": "text/csv",
    ".md": "text/markdown", ".webp": "image/webp", ".mp3": "audio/mpeg", ".mp4": "video/mp4",
    ".woff": "font/woff", ".woff2": "font/woff2", ".py": "text/x-python", ".sh": "application/x-sh",
    ".bin": "application/octet-stream",
}


class StaticFileHandler(RequestHandler):
    """Serves files under ``path`` (``default_filename`` for directories)."""

    CACHE_MAX_AGE = 86400 * 365 * 10
    # Files larger than this get no version (hashing them would hold up
    # the loop); at most this many versions are remembered (least recently
    # used ones are forgotten first).
    MAX_VERSION_CONTENT_SIZE = 64 * 1024 * 1024
    MAX_CACHED_VERSIONS = 10000
    # Subclasses whose initialize does not call this one's.
    allowed_symlink_directory = None

    def initialize(self, path, default_filename=None, allowed_symlink_directory=None):
        self.root = path
        self.default_filename = default_filename
        self.allowed_symlink_directory = allowed_symlink_directory

    def head(self, path):
        return self.get(path, include_body=False)

    def get(self, path, include_body=True):
        self.path = self.parse_url_path(path)
        absolute_path = self.get_absolute_path(self.root, self.path)
        self.absolute_path = self.validate_absolute_path(self.root, absolute_path)
        if self.absolute_path is None:
            return
        content = self.get_content(self.absolute_path)
        self.modified = self.get_modified_time()
        self.set_header("Accept-Ranges", "bytes")
        self.set_header("Etag", '"%s"' % _hashlib.digest("sha512", content).hex())
        if self.modified is not None:
            self.set_header("Last-Modified", httputil.format_timestamp(self.modified))
        content_type = self.get_content_type()
        if content_type:
            self.set_header("Content-Type", content_type)
        if "v" in self.request.arguments:
            self.set_header("Expires", httputil.format_timestamp(time.time() +
                                                                  self.CACHE_MAX_AGE))
            self.set_header("Cache-Control", "max-age=" + str(self.CACHE_MAX_AGE))
        self.set_extra_headers(self.path)
        if self.should_return_304():
            self.set_status(304)
            return
        # A single byte range, as Tornado serves one (an invalid Range
        # header is ignored, RFC 9110 14.2).
        request_range = None
        range_header = self.request.headers.get("Range")
        if range_header:
            request_range = httputil._parse_request_range(range_header)
        size = len(content)
        start = end = None
        if request_range:
            start, end = request_range
            if start is not None and start < 0:
                start += size
                if start < 0:
                    start = 0
            if (start is not None and (start >= size or (end is not None and start >= end))) \
                    or end == 0:
                self.set_status(416)
                self.set_header("Content-Type", "text/plain")
                self.set_header("Content-Range", "bytes */%d" % size)
                return
            if end is not None and end > size:
                end = size
            # 206 only when less than the whole file was asked for.
            if size != (end or size) - (start or 0):
                self.set_status(206)
                self.set_header("Content-Range",
                                httputil._get_content_range(start, end, size))
        if start is not None or end is not None:
            content = content[start:end]
        self.set_header("Content-Length", len(content))
        if include_body:
            self.write(content)
            if self._transforms:
                # Tornado streams the file (write, then flush): an output
                # transform sees a first piece that is not the last, so gzip
                # compresses even a small file, sent chunked.
                self.flush()

    def get_modified_time(self):
        return int(os.path.getmtime(self.absolute_path))

    def should_return_304(self):
        if self.request.headers.get("If-None-Match"):
            return self.check_etag_header()
        ims_value = self.request.headers.get("If-Modified-Since")
        if ims_value is not None and self.modified is not None:
            if_since = httputil._parse_http_date(ims_value)
            if if_since is not None and if_since >= self.modified:
                return True
        return False

    def parse_url_path(self, url_path):
        if os.path.sep != "/":
            url_path = url_path.replace("/", os.path.sep)
        return url_path

    @classmethod
    def get_absolute_path(cls, root, path):
        abspath = os.path.abspath(os.path.join(root, path))
        cls._check_in_root(root, abspath, path)
        return abspath

    @staticmethod
    def _check_in_root(root, absolute_path, path_message):
        root = os.path.abspath(root)
        if not root.endswith(os.path.sep):
            root += os.path.sep
        if not (absolute_path + os.path.sep).startswith(root):
            raise HTTPError(403, "%s is not in root static directory", path_message)
        return root

    def validate_absolute_path(self, root, absolute_path):
        root = self._check_in_root(root, absolute_path, self.path)
        # As Tornado 6.6: a symlink may point only inside
        # allowed_symlink_directory (the served root by default); the path
        # checked and served from here on is the resolved one.
        allowed = self.allowed_symlink_directory or root
        if isinstance(allowed, str):
            allowed = [allowed]
        absolute_path = self._resolve_symlink_target(absolute_path, allowed, self.path)
        if os.path.isdir(absolute_path) and self.default_filename is not None:
            if not self.request.path.endswith("/"):
                if _is_protocol_relative(self.request.path):
                    raise HTTPError(403, "cannot redirect path with two initial slashes")
                self.redirect(self.request.path + "/", permanent=True)
                return None
            absolute_path = os.path.join(absolute_path, self.default_filename)
            absolute_path = self._resolve_symlink_target(absolute_path, allowed, self.path)
        if not os.path.exists(absolute_path):
            raise HTTPError(404)
        if not os.path.isfile(absolute_path):
            raise HTTPError(403, "%s is not a file", self.path)
        return absolute_path

    @staticmethod
    def _resolve_symlink_target(absolute_path, allowed_directories, path_message):
        """``absolute_path`` with its symlinks resolved; 403 when that
        leaves every one of ``allowed_directories``."""
        resolved = os.path.realpath(absolute_path)
        for directory in allowed_directories:
            directory = os.path.realpath(directory)
            if not directory.endswith(os.path.sep):
                directory += os.path.sep
            if (resolved + os.path.sep).startswith(directory):
                return resolved
        raise HTTPError(403, "%s is not in root static directory", path_message)

    @classmethod
    def get_content(cls, abspath, start=None, end=None):
        # Only regular files: opening a FIFO would block the loop forever,
        # and a device may never end.
        if not os.path.isfile(abspath):
            if not os.path.exists(abspath):
                raise HTTPError(404)
            raise HTTPError(403, "%s is not a file", abspath)
        with open(abspath, "rb") as f:
            data = f.read()
        if start is not None or end is not None:
            data = data[start:end]
        return data

    def get_content_type(self):
        ext = os.path.splitext(self.absolute_path)[1].lower()
        if ext in (".gz", ".tgz"):
            return "application/gzip"
        return _MIME_TYPES.get(ext, "application/octet-stream")

    def set_extra_headers(self, path):
        pass

    @classmethod
    def make_static_url(cls, settings, path, include_version=True):
        url = settings.get("static_url_prefix", "/static/") + path
        if not include_version:
            return url
        version_hash = cls.get_version(settings, path)
        if not version_hash:
            return url
        return "%s?v=%s" % (url, version_hash)

    @classmethod
    def get_version(cls, settings, path):
        abs_path = cls.get_absolute_path(settings["static_path"], path)
        return cls._get_cached_version(abs_path)

    _static_hashes = {}

    @classmethod
    def _get_cached_version(cls, abs_path):
        hashes = cls._static_hashes
        if abs_path in hashes:
            # Moved to the end: the most recently used.
            hsh = hashes[abs_path] = hashes.pop(abs_path)
            return hsh or None
        try:
            hsh = cls.get_content_version(abs_path)
        except Exception as e:
            gen_log.error("Could not open static file %r: %s", abs_path, e)
            hsh = None
        while hashes and len(hashes) >= cls.MAX_CACHED_VERSIONS:
            del hashes[next(iter(hashes))]
        hashes[abs_path] = hsh
        return hsh or None

    @classmethod
    def get_content_version(cls, abspath):
        data = cls.get_content(abspath)
        chunks = [data] if isinstance(data, bytes) else data
        hasher = hashlib.sha512()
        size = 0
        for chunk in chunks:
            size += len(chunk)
            if size > cls.MAX_VERSION_CONTENT_SIZE:
                raise ValueError("content is larger than MAX_VERSION_CONTENT_SIZE (%d bytes)"
                                 % cls.MAX_VERSION_CONTENT_SIZE)
            hasher.update(chunk)
        return hasher.hexdigest()

    @classmethod
    def reset(cls):
        cls._static_hashes = {}


class FallbackHandler(RequestHandler):
    def initialize(self, fallback):
        self.fallback = fallback

    def prepare(self):
        self.fallback(self.request)
        self._finished = True
        self.on_finish()


RequestHandler.ui = _HandlerUI()
for _public in (OutputTransform, GZipContentEncoding, UIModule, TemplateModule):
    _public.__module__ = __name__
del _public
