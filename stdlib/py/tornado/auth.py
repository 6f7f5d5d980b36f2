"""Third-party login for RequestHandlers: OpenID 2.0 (with Attribute
Exchange), OAuth 1.0 and 1.0a, OAuth 2, and the Twitter, Google and
Facebook flavours of them.

Each protocol is a mixin class for a `tornado.web.RequestHandler`
subclass: the mixin's methods read the handler's request, set its cookies
and redirect it. The handler supplies the provider's URLs as class
attributes (``_OPENID_ENDPOINT``, ``_OAUTH_REQUEST_TOKEN_URL``,
``_OAUTH_AUTHORIZE_URL``, ``_OAUTH_ACCESS_TOKEN_URL``, ...) and the
credentials through its application's settings or by overriding
``_oauth_consumer_token``.

Written for whirl from the documented API of Tornado 6.
"""

import base64
import binascii
import hashlib
import hmac
import re
import time
import urllib.parse
import uuid
import warnings

from tornado import escape, httpclient
from tornado.httputil import url_concat

__all__ = [
    "AuthError",
    "OpenIdMixin",
    "OAuthMixin",
    "OAuth2Mixin",
    "TwitterMixin",
    "GoogleOAuth2Mixin",
    "FacebookGraphMixin",
]


class AuthError(Exception):
    """A provider answered in a way that does not log the user in."""


def _default_http_client():
    return httpclient.AsyncHTTPClient()


# ----------------------------------------------------------------- OpenID

_OPENID_NS = "http://specs.openid.net/auth/2.0"
_OPENID_SELECT = "http://specs.openid.net/auth/2.0/identifier_select"
_AX_NS = "http://openid.net/srv/ax/1.0"
_OPENID_OAUTH_NS = "http://specs.openid.net/extensions/oauth/1.0"

# Attribute Exchange type URIs, by the short names callers ask for.
_AX_NAME_PARTS = {
    "firstname": "http://axschema.org/namePerson/first",
    "fullname": "http://axschema.org/namePerson",
    "lastname": "http://axschema.org/namePerson/last",
}
_AX_SIMPLE = {
    "email": "http://axschema.org/contact/email",
    "language": "http://axschema.org/pref/language",
    "username": "http://axschema.org/namePerson/friendly",
}


class OpenIdMixin:
    """OpenID 2.0 login with Attribute Exchange.

    The handler sets ``_OPENID_ENDPOINT`` to the provider's URL.
    Deprecated in Tornado 6.5.8 (providers have dropped OpenID 2.0).
    """

    def __init__(self):
        warnings.warn(
            "OpenIdMixin is deprecated and will be removed in Tornado 6.7",
            DeprecationWarning,
            stacklevel=2,
        )

    def authenticate_redirect(self, callback_uri=None,
                              ax_attrs=["name", "email", "language", "username"]):
        """Redirects to the provider, which sends the user back to
        ``callback_uri`` (by default the current URI) once logged in."""
        target = callback_uri or self.request.uri
        query = self._openid_args(target, ax_attrs=ax_attrs)
        self.redirect(self._OPENID_ENDPOINT + "?" + urllib.parse.urlencode(query))

    async def get_authenticated_user(self, http_client=None):
        """On the callback request: asks the provider to confirm the
        assertion the user came back with and returns the user's
        attributes (name, email, ...) as a dict."""
        # The provider checks the very parameters it signed: echo them
        # back, last value of each, with the mode switched to a check.
        echoed = {}
        for name, values in self.request.arguments.items():
            echoed[name] = values[-1]
        echoed["openid.mode"] = "check_authentication"
        if http_client is None:
            http_client = self.get_auth_http_client()
        response = await http_client.fetch(
            self._OPENID_ENDPOINT, method="POST",
            body=urllib.parse.urlencode(echoed))
        return self._on_authentication_verified(response)

    def _openid_args(self, callback_uri, ax_attrs=[], oauth_scope=None):
        return_to = urllib.parse.urljoin(self.request.full_url(), callback_uri)
        args = {
            "openid.ns": _OPENID_NS,
            "openid.claimed_id": _OPENID_SELECT,
            "openid.identity": _OPENID_SELECT,
            "openid.return_to": return_to,
            "openid.realm": urllib.parse.urljoin(return_to, "/"),
            "openid.mode": "checkid_setup",
        }
        if ax_attrs:
            args["openid.ns.ax"] = _AX_NS
            args["openid.ax.mode"] = "fetch_request"
            wanted = set(ax_attrs)
            required = []
            if "name" in wanted:
                # "name" stands for the three name attributes.
                wanted -= {"name", "firstname", "fullname", "lastname"}
                for short in ("firstname", "fullname", "lastname"):
                    args["openid.ax.type." + short] = _AX_NAME_PARTS[short]
                    required.append(short)
            for short in wanted:
                args["openid.ax.type." + short] = _AX_SIMPLE[short]
                required.append(short)
            args["openid.ax.required"] = ",".join(required)
        if oauth_scope:
            args["openid.ns.oauth"] = _OPENID_OAUTH_NS
            args["openid.oauth.consumer"] = self.request.host.split(":")[0]
            args["openid.oauth.scope"] = oauth_scope
        return args

    def _on_authentication_verified(self, response):
        body = response.body
        if not re.search(b"^is_valid:true$", body, re.MULTILINE):
            raise AuthError("Invalid OpenID response: %r" % body)
        arguments = self.request.arguments
        # The provider picks the alias of the AX extension; find it.
        alias = ""
        for name in arguments:
            if name.startswith("openid.ns.") and self.get_argument(name) == _AX_NS:
                alias = name[len("openid.ns."):]

        def ax_value(type_uri):
            if not alias:
                return ""
            prefix = "openid." + alias + ".type."
            for name in arguments:
                if name.startswith(prefix) and self.get_argument(name) == type_uri:
                    field = name[len(prefix):]
                    return self.get_argument("openid." + alias + ".value." + field, "")
            return ""

        email = ax_value(_AX_SIMPLE["email"])
        full_name = ax_value(_AX_NAME_PARTS["fullname"])
        first_name = ax_value(_AX_NAME_PARTS["firstname"])
        last_name = ax_value(_AX_NAME_PARTS["lastname"])
        username = ax_value(_AX_SIMPLE["username"])
        locale = ax_value(_AX_SIMPLE["language"]).lower()
        user = {}
        if first_name:
            user["first_name"] = first_name
        if last_name:
            user["last_name"] = last_name
        if full_name:
            user["name"] = full_name
        elif first_name or last_name:
            user["name"] = " ".join(part for part in (first_name, last_name) if part)
        elif email:
            user["name"] = email.split("@")[0]
        if email:
            user["email"] = email
        if locale:
            user["locale"] = locale
        if username:
            user["username"] = username
        claimed_id = self.get_argument("openid.claimed_id", None)
        if claimed_id:
            user["claimed_id"] = claimed_id
        return user

    def get_auth_http_client(self):
        """The client the mixin fetches with; override to use another."""
        return _default_http_client()


# ----------------------------------------------------------------- OAuth 1

def _oauth_escape(value):
    """Percent-encodes as RFC 5849 asks: everything but unreserved."""
    if isinstance(value, str):
        value = value.encode("utf-8")
    return urllib.parse.quote(value, safe="~")


def _signature_base(method, url, parameters):
    scheme, netloc, path = urllib.parse.urlparse(url)[:3]
    base_url = scheme.lower() + "://" + netloc.lower() + path
    pairs = "&".join(
        "%s=%s" % (name, _oauth_escape(str(value)))
        for name, value in sorted(parameters.items()))
    return "&".join(_oauth_escape(part) for part in (method.upper(), base_url, pairs))


def _hmac_sha1_b64(key, text):
    digest = hmac.new(key, escape.utf8(text), hashlib.sha1).digest()
    return binascii.b2a_base64(digest)[:-1]


def _oauth_signature(consumer_token, method, url, parameters={}, token=None):
    """The HMAC-SHA1 signature of a request under OAuth 1.0, whose key
    joins the two secrets unescaped."""
    key = escape.utf8(consumer_token["secret"]) + b"&"
    if token:
        key += escape.utf8(token["secret"])
    return _hmac_sha1_b64(key, _signature_base(method, url, parameters))


def _oauth10a_signature(consumer_token, method, url, parameters={}, token=None):
    """The HMAC-SHA1 signature of a request under OAuth 1.0a, whose key
    joins the two secrets percent-encoded."""
    consumer_secret = urllib.parse.quote(consumer_token["secret"], safe="~")
    token_secret = urllib.parse.quote(token["secret"], safe="~") if token else ""
    key = escape.utf8(consumer_secret) + b"&" + escape.utf8(token_secret)
    return _hmac_sha1_b64(key, _signature_base(method, url, parameters))


def _oauth_parse_response(body):
    """A token response (``oauth_token=..&oauth_token_secret=..``) as a
    dict with ``key``, ``secret`` and the other fields the provider sent."""
    fields = urllib.parse.parse_qs(escape.to_basestring(body), keep_blank_values=False)
    token = {"key": fields["oauth_token"][0], "secret": fields["oauth_token_secret"][0]}
    for name, values in fields.items():
        if name not in ("oauth_token", "oauth_token_secret"):
            token[name] = values[0]
    return token


def _nonce():
    return escape.to_basestring(binascii.b2a_hex(uuid.uuid4().bytes))


class OAuthMixin:
    """OAuth 1.0 and 1.0a login.

    The handler sets ``_OAUTH_REQUEST_TOKEN_URL``, ``_OAUTH_ACCESS_TOKEN_URL``
    and ``_OAUTH_AUTHORIZE_URL``, and implements ``_oauth_consumer_token``
    and ``_oauth_get_user_future``. ``_OAUTH_VERSION`` is "1.0a" unless set.
    """

    async def authorize_redirect(self, callback_uri=None, extra_params=None,
                                 http_client=None):
        """Gets a request token, keeps it in a cookie and redirects the
        user to the provider's authorization page."""
        if callback_uri and getattr(self, "_OAUTH_NO_CALLBACKS", False):
            raise Exception("This service does not support oauth_callback")
        if http_client is None:
            http_client = self.get_auth_http_client()
        if getattr(self, "_OAUTH_VERSION", "1.0a") == "1.0a":
            url = self._oauth_request_token_url(callback_uri=callback_uri,
                                                extra_params=extra_params)
        else:
            url = self._oauth_request_token_url()
        response = await http_client.fetch(url)
        self._on_request_token(self._OAUTH_AUTHORIZE_URL, callback_uri, response)

    async def get_authenticated_user(self, http_client=None):
        """On the callback request: trades the request token (checked
        against the cookie) for an access token and returns the user, with
        the token under ``access_token``."""
        request_key = escape.utf8(self.get_argument("oauth_token"))
        verifier = self.get_argument("oauth_verifier", None)
        cookie = self.get_cookie("_oauth_request_token")
        if not cookie:
            raise AuthError("Missing OAuth request token cookie")
        self.clear_cookie("_oauth_request_token")
        key_b64, _, secret_b64 = cookie.partition("|")
        cookie_key = base64.b64decode(escape.utf8(key_b64))
        cookie_secret = base64.b64decode(escape.utf8(secret_b64))
        if cookie_key != request_key:
            raise AuthError("Request token does not match cookie")
        token = {"key": cookie_key, "secret": cookie_secret}
        if verifier:
            token["verifier"] = verifier
        if http_client is None:
            http_client = self.get_auth_http_client()
        response = await http_client.fetch(self._oauth_access_token_url(token))
        access_token = _oauth_parse_response(response.body)
        user = await self._oauth_get_user_future(access_token)
        if not user:
            raise AuthError("Error getting user")
        user["access_token"] = access_token
        return user

    def _sign(self, consumer_token, method, url, args, token=None):
        if getattr(self, "_OAUTH_VERSION", "1.0a") == "1.0a":
            return _oauth10a_signature(consumer_token, method, url, args, token)
        return _oauth_signature(consumer_token, method, url, args, token)

    def _oauth_base_args(self, consumer_token):
        return {
            "oauth_consumer_key": escape.to_basestring(consumer_token["key"]),
            "oauth_signature_method": "HMAC-SHA1",
            "oauth_timestamp": str(int(time.time())),
            "oauth_nonce": _nonce(),
            "oauth_version": "1.0",
        }

    def _oauth_request_token_url(self, callback_uri=None, extra_params=None):
        consumer_token = self._oauth_consumer_token()
        url = self._OAUTH_REQUEST_TOKEN_URL
        args = self._oauth_base_args(consumer_token)
        if getattr(self, "_OAUTH_VERSION", "1.0a") == "1.0a":
            if callback_uri == "oob":
                args["oauth_callback"] = "oob"
            elif callback_uri:
                args["oauth_callback"] = urllib.parse.urljoin(
                    self.request.full_url(), callback_uri)
            if extra_params:
                args.update(extra_params)
        args["oauth_signature"] = self._sign(consumer_token, "GET", url, args)
        return url + "?" + urllib.parse.urlencode(args)

    def _on_request_token(self, authorize_url, callback_uri, response):
        token = _oauth_parse_response(response.body)
        cookie = (base64.b64encode(escape.utf8(token["key"])) + b"|"
                  + base64.b64encode(escape.utf8(token["secret"])))
        self.set_cookie("_oauth_request_token", cookie)
        args = {"oauth_token": token["key"]}
        if callback_uri == "oob":
            # Out of band: the user copies the verifier by hand.
            self.finish(authorize_url + "?" + urllib.parse.urlencode(args))
            return
        if callback_uri:
            args["oauth_callback"] = urllib.parse.urljoin(
                self.request.full_url(), callback_uri)
        self.redirect(authorize_url + "?" + urllib.parse.urlencode(args))

    def _oauth_access_token_url(self, request_token):
        consumer_token = self._oauth_consumer_token()
        url = self._OAUTH_ACCESS_TOKEN_URL
        args = self._oauth_base_args(consumer_token)
        args["oauth_token"] = escape.to_basestring(request_token["key"])
        if "verifier" in request_token:
            args["oauth_verifier"] = request_token["verifier"]
        args["oauth_signature"] = self._sign(consumer_token, "GET", url, args,
                                             request_token)
        return url + "?" + urllib.parse.urlencode(args)

    def _oauth_consumer_token(self):
        """The application's consumer token, a dict with key and secret."""
        raise NotImplementedError()

    async def _oauth_get_user_future(self, access_token):
        """The user the access token belongs to, as a dict."""
        raise NotImplementedError()

    def _oauth_request_parameters(self, url, access_token, parameters={}, method="GET"):
        """The oauth_* query arguments that sign a request to ``url`` made
        with ``access_token``."""
        consumer_token = self._oauth_consumer_token()
        oauth_args = self._oauth_base_args(consumer_token)
        oauth_args["oauth_token"] = escape.to_basestring(access_token["key"])
        signed = dict(oauth_args)
        signed.update(parameters)
        signature = self._sign(consumer_token, method, url, signed, access_token)
        oauth_args["oauth_signature"] = escape.to_basestring(signature)
        return oauth_args

    def get_auth_http_client(self):
        """The client the mixin fetches with; override to use another."""
        return _default_http_client()


# ----------------------------------------------------------------- OAuth 2

class OAuth2Mixin:
    """OAuth 2 login: the handler sets ``_OAUTH_AUTHORIZE_URL`` and
    ``_OAUTH_ACCESS_TOKEN_URL``."""

    def authorize_redirect(self, redirect_uri=None, client_id=None, client_secret=None,
                           extra_params=None, scope=None, response_type="code"):
        """Redirects the user to the provider to authorize this client;
        the provider sends them back to ``redirect_uri`` with a code."""
        args = {"response_type": response_type}
        if redirect_uri is not None:
            args["redirect_uri"] = redirect_uri
        if client_id is not None:
            args["client_id"] = client_id
        if extra_params:
            args.update(extra_params)
        if scope:
            args["scope"] = " ".join(scope)
        self.redirect(url_concat(self._OAUTH_AUTHORIZE_URL, args))

    def _oauth_request_token_url(self, redirect_uri=None, client_id=None,
                                 client_secret=None, code=None, extra_params=None):
        args = {}
        for name, value in (("redirect_uri", redirect_uri), ("code", code),
                            ("client_id", client_id), ("client_secret", client_secret)):
            if value is not None:
                args[name] = value
        if extra_params:
            args.update(extra_params)
        return url_concat(self._OAUTH_ACCESS_TOKEN_URL, args)

    async def oauth2_request(self, url, access_token=None, post_args=None, **args):
        """Fetches ``url`` with the access token and ``args`` in its query
        (POSTing ``post_args`` form-encoded if given) and returns the
        decoded JSON answer."""
        query = {}
        if access_token:
            query["access_token"] = access_token
        query.update(args)
        if query:
            url += "?" + urllib.parse.urlencode(query)
        http = self.get_auth_http_client()
        if post_args is not None:
            response = await http.fetch(url, method="POST",
                                        body=urllib.parse.urlencode(post_args))
        else:
            response = await http.fetch(url)
        return escape.json_decode(response.body)

    def get_auth_http_client(self):
        """The client the mixin fetches with; override to use another."""
        return _default_http_client()


# ----------------------------------------------------------------- providers

class TwitterMixin(OAuthMixin):
    """Twitter's OAuth 1.0a; the application's settings hold
    ``twitter_consumer_key`` and ``twitter_consumer_secret``."""

    _OAUTH_REQUEST_TOKEN_URL = "https://api.twitter.com/oauth/request_token"
    _OAUTH_ACCESS_TOKEN_URL = "https://api.twitter.com/oauth/access_token"
    _OAUTH_AUTHORIZE_URL = "https://api.twitter.com/oauth/authorize"
    _OAUTH_AUTHENTICATE_URL = "https://api.twitter.com/oauth/authenticate"
    _OAUTH_NO_CALLBACKS = False
    _TWITTER_BASE_URL = "https://api.twitter.com/1.1"

    async def authenticate_redirect(self, callback_uri=None):
        """Like authorize_redirect, but skips the page when the user has
        already authorized this application (sign in with Twitter)."""
        http = self.get_auth_http_client()
        response = await http.fetch(
            self._oauth_request_token_url(callback_uri=callback_uri))
        self._on_request_token(self._OAUTH_AUTHENTICATE_URL, None, response)

    async def twitter_request(self, path, access_token, post_args=None, **args):
        """Calls the API at ``path`` (e.g. "/statuses/user_timeline/name"),
        signed with ``access_token``, and returns the decoded JSON."""
        if path.startswith("http:") or path.startswith("https:"):
            url = path
        else:
            url = self._TWITTER_BASE_URL + path + ".json"
        if access_token:
            signed = dict(args)
            signed.update(post_args or {})
            method = "GET" if post_args is None else "POST"
            args.update(self._oauth_request_parameters(url, access_token, signed,
                                                       method=method))
        if args:
            url += "?" + urllib.parse.urlencode(args)
        http = self.get_auth_http_client()
        if post_args is not None:
            response = await http.fetch(url, method="POST",
                                        body=urllib.parse.urlencode(post_args))
        else:
            response = await http.fetch(url)
        return escape.json_decode(response.body)

    def _oauth_consumer_token(self):
        self.require_setting("twitter_consumer_key", "Twitter OAuth")
        self.require_setting("twitter_consumer_secret", "Twitter OAuth")
        return {"key": self.settings["twitter_consumer_key"],
                "secret": self.settings["twitter_consumer_secret"]}

    async def _oauth_get_user_future(self, access_token):
        user = await self.twitter_request("/account/verify_credentials",
                                          access_token=access_token)
        if user:
            user["username"] = user["screen_name"]
        return user


class GoogleOAuth2Mixin(OAuth2Mixin):
    """Google's OAuth 2; the application's settings hold
    ``{"google_oauth": {"key": CLIENT_ID, "secret": CLIENT_SECRET}}``."""

    _OAUTH_AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"
    _OAUTH_ACCESS_TOKEN_URL = "https://www.googleapis.com/oauth2/v4/token"
    _OAUTH_USERINFO_URL = "https://www.googleapis.com/oauth2/v1/userinfo"
    _OAUTH_NO_CALLBACKS = False
    _OAUTH_SETTINGS_KEY = "google_oauth"

    def get_google_oauth_settings(self):
        """The client's credentials, ``{"key": ..., "secret": ...}``;
        override to keep them elsewhere than the settings."""
        return self.settings[self._OAUTH_SETTINGS_KEY]

    async def get_authenticated_user(self, redirect_uri, code, client_id=None,
                                     client_secret=None):
        """Trades the authorization ``code`` for an access token and
        returns Google's answer (a dict with ``access_token``)."""
        if client_id is None or client_secret is None:
            credentials = self.get_google_oauth_settings()
            if client_id is None:
                client_id = credentials["key"]
            if client_secret is None:
                client_secret = credentials["secret"]
        body = urllib.parse.urlencode({
            "redirect_uri": redirect_uri,
            "code": code,
            "client_id": client_id,
            "client_secret": client_secret,
            "grant_type": "authorization_code",
        })
        response = await self.get_auth_http_client().fetch(
            self._OAUTH_ACCESS_TOKEN_URL, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            body=body)
        return escape.json_decode(response.body)


_FACEBOOK_FIELDS = ("id", "name", "first_name", "last_name", "locale", "picture", "link")


class FacebookGraphMixin(OAuth2Mixin):
    """Facebook's Graph API over OAuth 2."""

    _OAUTH_ACCESS_TOKEN_URL = "https://graph.facebook.com/oauth/access_token?"
    _OAUTH_AUTHORIZE_URL = "https://www.facebook.com/dialog/oauth?"
    _OAUTH_NO_CALLBACKS = False
    _FACEBOOK_BASE_URL = "https://graph.facebook.com"

    async def get_authenticated_user(self, redirect_uri, client_id, client_secret, code,
                                     extra_fields=None):
        """Trades ``code`` for an access token, then asks the Graph API
        for the user's fields (``extra_fields`` adds some); returns them
        with ``access_token`` and ``session_expires``."""
        http = self.get_auth_http_client()
        response = await http.fetch(self._oauth_request_token_url(
            redirect_uri=redirect_uri, code=code, client_id=client_id,
            client_secret=client_secret))
        answer = escape.json_decode(response.body)
        access_token = answer.get("access_token")
        expires_in = answer.get("expires_in")
        assert access_token is not None
        fields = set(_FACEBOOK_FIELDS)
        if extra_fields:
            fields.update(extra_fields)
        # appsecret_proof proves the call comes from the app's server.
        proof = hmac.new(key=client_secret.encode("utf8"),
                         msg=access_token.encode("utf8"),
                         digestmod=hashlib.sha256).hexdigest()
        user = await self.facebook_request(path="/me", access_token=access_token,
                                           appsecret_proof=proof,
                                           fields=",".join(fields))
        if user is None:
            return None
        result = {field: user.get(field) for field in fields}
        # session_expires is a string, as when Facebook answered url-encoded.
        result["access_token"] = access_token
        result["session_expires"] = str(expires_in)
        return result

    async def facebook_request(self, path, access_token=None, post_args=None, **args):
        """Calls the Graph API at ``path`` (e.g. "/me/feed") and returns
        the decoded JSON."""
        return await self.oauth2_request(self._FACEBOOK_BASE_URL + path,
                                         access_token=access_token,
                                         post_args=post_args, **args)
