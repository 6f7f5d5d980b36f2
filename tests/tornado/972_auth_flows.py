# tornado.auth against a mock provider on a local port: the browser's view
# of each login flow (redirects, cookies, the user the handler gets) for
# OAuth 2 (a plain OAuth2Mixin, Google, Facebook), OpenID 2.0 with
# Attribute Exchange, OAuth 1.0 / 1.0a (the provider checks the HMAC-SHA1
# signatures) and Twitter; the errors a user meets (no request-token
# cookie, a cookie for another token, a provider that says no, a token
# endpoint that fails); and the signatures of fixed requests.
import base64
import hashlib
import hmac
import logging
import urllib.parse
import warnings

from tornado import auth, ioloop, web
from tornado.escape import json_decode
from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.httpserver import HTTPServer
from tornado.httputil import url_concat
from tornado.netutil import bind_sockets

warnings.simplefilter("ignore", DeprecationWarning)
logging.getLogger("tornado").setLevel(logging.CRITICAL)

PORT = 21972
BASE = "http://127.0.0.1:%d" % PORT
VOLATILE = ("oauth_nonce", "oauth_timestamp", "oauth_signature")


def show_url(url):
    """A URL with its query sorted and the per-request values masked."""
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    shown = []
    for name, value in sorted(query):
        if name in VOLATILE:
            value = "<%s>" % name[6:]
        elif name == "openid.ax.required":
            value = ",".join(sorted(value.split(",")))
        shown.append("%s=%s" % (name, value))
    path = parts.path if not parts.netloc else parts.scheme + "://HOST" + parts.path
    return path + ("?" + "&".join(shown) if shown else "")


# ----------------------------------------------------------- the provider

CONSUMER = {"key": "app-key", "secret": "app secret&1"}
TOKENS = {"req-tok": "req secret", "acc-tok": "acc/secret"}
provider_log = []


def check_signature(handler, version):
    """Recomputes the request's HMAC-SHA1 signature as RFC 5849 says."""
    args = {k: handler.get_argument(k) for k in handler.request.arguments}
    given = args.pop("oauth_signature")
    if handler.request.method == "POST":
        for k, v in urllib.parse.parse_qsl(handler.request.body.decode()):
            args[k] = v

    def esc(s):
        return urllib.parse.quote(s.encode(), safe="~")

    params = "&".join("%s=%s" % (k, esc(v)) for k, v in sorted(args.items()))
    url = "http://127.0.0.1:%d%s" % (PORT, handler.request.path)
    base = "&".join(esc(p) for p in (handler.request.method, url, params))
    token_secret = TOKENS.get(args.get("oauth_token"), "")
    if version == "1.0a":
        key = esc(CONSUMER["secret"]) + "&" + esc(token_secret)
    else:
        key = CONSUMER["secret"] + "&" + token_secret
    digest = hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
    ok = base64.b64encode(digest).decode() == given
    provider_log.append("%s %s signature %s%s" % (
        handler.request.method, handler.request.path, "valid" if ok else "INVALID",
        " verifier=" + args["oauth_verifier"] if "oauth_verifier" in args else ""))


class RequestToken(web.RequestHandler):
    def get(self, version):
        check_signature(self, version)
        cb = self.get_argument("oauth_callback", None)
        if cb:
            provider_log.append("  callback " + show_url(cb))
        self.write("oauth_token=req-tok&oauth_token_secret=req+secret&oauth_callback_confirmed=true")


class AccessToken(web.RequestHandler):
    def get(self, version):
        check_signature(self, version)
        self.write("oauth_token=acc-tok&oauth_token_secret=acc%2Fsecret&screen_name=ada&user_id=7")


class VerifyCredentials(web.RequestHandler):
    def get(self):
        check_signature(self, "1.0a")
        self.write({"screen_name": "ada", "name": "Ada L."})


class Statuses(web.RequestHandler):
    def post(self):
        check_signature(self, "1.0a")
        self.write({"posted": self.get_body_argument("status"),
                    "count": self.get_query_argument("count", None)})


class OAuth2Authorize(web.RequestHandler):
    def get(self):
        provider_log.append("authorize " + show_url(self.request.uri))
        if self.get_argument("client_id") == "banned":
            self.redirect(url_concat(self.get_argument("redirect_uri"), {"error": "access_denied"}))
        else:
            self.redirect(url_concat(self.get_argument("redirect_uri"), {"code": "c0de"}))


class OAuth2Token(web.RequestHandler):
    def get(self):
        provider_log.append("token GET " + show_url(self.request.uri))
        self.write({"access_token": "fb-token", "expires_in": 5183999})

    def post(self):
        form = sorted(urllib.parse.parse_qsl(self.request.body.decode()))
        provider_log.append("token POST %s %s" % (self.request.headers.get("Content-Type"), form))
        if self.get_body_argument("code") != "c0de":
            raise web.HTTPError(400)
        self.write({"access_token": "g-token", "token_type": "Bearer", "expires_in": 3599})


class UserInfo(web.RequestHandler):
    def get(self):
        provider_log.append("userinfo " + show_url(self.request.uri))
        self.write({"id": "42", "name": "Grace", "email": "grace@example.com"})

    def post(self):
        provider_log.append("userinfo POST %s body=%s" % (show_url(self.request.uri),
                                                          self.request.body.decode()))
        self.write({"ok": True})


class FacebookMe(web.RequestHandler):
    def get(self):
        fields = sorted(self.get_argument("fields").split(","))
        proof = hmac.new(b"fb-secret", b"fb-token", hashlib.sha256).hexdigest()
        provider_log.append("me fields=%s proof %s" % (
            ",".join(fields), "ok" if self.get_argument("appsecret_proof") == proof else "BAD"))
        self.write({"id": "99", "name": "Linus", "first_name": "Linus", "locale": "fi_FI",
                    "email": "linus@example.com"})


class OpenIdEndpoint(web.RequestHandler):
    def post(self):
        args = sorted((k, self.get_argument(k)) for k in self.request.arguments)
        provider_log.append("openid check %s" % [k for k, v in args])
        if self.get_argument("openid.sig", "") == "forged":
            self.write("ns:http://specs.openid.net/auth/2.0\nis_valid:false\n")
        else:
            self.write("ns:http://specs.openid.net/auth/2.0\nis_valid:true\n")


# ----------------------------------------------------------- the client app

async def run_auth(handler, coro):
    """Writes what the mixin returned, or the error a user would see."""
    try:
        user = await coro
    except auth.AuthError as e:
        handler.set_status(403)
        handler.write("AuthError: %s" % e)
    except HTTPClientError as e:
        handler.set_status(502)
        handler.write("provider failed: %s" % e)
    else:
        handler.write(user if isinstance(user, dict) else {"user": user})


class OAuth2Login(web.RequestHandler, auth.OAuth2Mixin):
    _OAUTH_AUTHORIZE_URL = BASE + "/p/oauth2/authorize"
    _OAUTH_ACCESS_TOKEN_URL = BASE + "/p/oauth2/token"

    async def get(self):
        if self.get_argument("error", None):
            self.set_status(401)
            self.write("denied: " + self.get_argument("error"))
        elif self.get_argument("code", None):
            info = await self.oauth2_request(BASE + "/p/oauth2/userinfo",
                                             access_token="tok-" + self.get_argument("code"),
                                             alt="json")
            posted = await self.oauth2_request(BASE + "/p/oauth2/userinfo",
                                               post_args={"message": "hi there"})
            self.write({"info": info, "posted": posted})
        else:
            self.authorize_redirect(redirect_uri=BASE + "/oauth2/login",
                                    client_id=self.get_argument("client", "cid"),
                                    scope=["read", "write"],
                                    extra_params={"state": "xyz"})


class GoogleLogin(web.RequestHandler, auth.GoogleOAuth2Mixin):
    _OAUTH_AUTHORIZE_URL = BASE + "/p/oauth2/authorize"
    _OAUTH_ACCESS_TOKEN_URL = BASE + "/p/oauth2/token"

    async def get(self):
        code = self.get_argument("code", None)
        if code:
            access = await self.get_authenticated_user(BASE + "/google/login", code)
            user = await self.oauth2_request(BASE + "/p/oauth2/userinfo",
                                             access_token=access["access_token"])
            user["token_type"] = access["token_type"]
            self.write(user)
        else:
            self.authorize_redirect(redirect_uri=BASE + "/google/login",
                                    client_id=self.get_google_oauth_settings()["key"],
                                    scope=["profile", "email"],
                                    response_type="code",
                                    extra_params={"prompt": "select_account"})


class GoogleBadCode(web.RequestHandler, auth.GoogleOAuth2Mixin):
    _OAUTH_ACCESS_TOKEN_URL = BASE + "/p/oauth2/token"

    async def get(self):
        await run_auth(self, self.get_authenticated_user(BASE + "/google/login", "stale",
                                                         client_id="other", client_secret="s"))


class FacebookLogin(web.RequestHandler, auth.FacebookGraphMixin):
    _OAUTH_AUTHORIZE_URL = BASE + "/p/oauth2/authorize?"
    _OAUTH_ACCESS_TOKEN_URL = BASE + "/p/oauth2/token?"
    _FACEBOOK_BASE_URL = BASE + "/p/graph"

    async def get(self):
        if self.get_argument("code", None):
            user = await self.get_authenticated_user(
                redirect_uri=BASE + "/facebook/login", client_id="fb-id",
                client_secret="fb-secret", code=self.get_argument("code"),
                extra_fields={"email"})
            self.write(user)
        else:
            self.authorize_redirect(redirect_uri=BASE + "/facebook/login", client_id="fb-id",
                                    extra_params={"scope": "email"})


class OpenIdLogin(web.RequestHandler, auth.OpenIdMixin):
    _OPENID_ENDPOINT = BASE + "/p/openid"

    async def get(self):
        if self.get_argument("openid.mode", None):
            await run_auth(self, self.get_authenticated_user())
        else:
            attrs = self.get_arguments("ax") or ["name", "email", "language", "username"]
            self.authenticate_redirect(ax_attrs=attrs)


class OAuth1Login(web.RequestHandler, auth.OAuthMixin):
    _OAUTH_REQUEST_TOKEN_URL = BASE + "/p/oauth1/%s/request_token"
    _OAUTH_ACCESS_TOKEN_URL = BASE + "/p/oauth1/%s/access_token"
    _OAUTH_AUTHORIZE_URL = BASE + "/p/oauth1/authorize"

    def initialize(self, version):
        self._OAUTH_VERSION = version
        self._OAUTH_REQUEST_TOKEN_URL = type(self)._OAUTH_REQUEST_TOKEN_URL % version
        self._OAUTH_ACCESS_TOKEN_URL = type(self)._OAUTH_ACCESS_TOKEN_URL % version

    def _oauth_consumer_token(self):
        return dict(CONSUMER)

    async def _oauth_get_user_future(self, access_token):
        return {"screen_name": access_token.get("screen_name"), "via": self._OAUTH_VERSION}

    async def get(self):
        if self.get_argument("oauth_token", None):
            await run_auth(self, self.get_authenticated_user())
        else:
            await self.authorize_redirect(callback_uri=self.get_argument("cb", None))


class TwitterBase(web.RequestHandler, auth.TwitterMixin):
    _OAUTH_REQUEST_TOKEN_URL = BASE + "/p/oauth1/1.0a/request_token"
    _OAUTH_ACCESS_TOKEN_URL = BASE + "/p/oauth1/1.0a/access_token"
    _OAUTH_AUTHORIZE_URL = BASE + "/p/oauth1/authorize"
    _OAUTH_AUTHENTICATE_URL = BASE + "/p/oauth1/authenticate"
    _TWITTER_BASE_URL = BASE + "/p/twitter"


class TwitterLogin(TwitterBase):
    async def get(self):
        if self.get_argument("oauth_token", None):
            await run_auth(self, self.get_authenticated_user())
        else:
            await self.authenticate_redirect()


class TwitterPost(TwitterBase):
    async def get(self):
        result = await self.twitter_request(
            "/statuses/update", access_token={"key": "acc-tok", "secret": "acc/secret"},
            post_args={"status": "hello, world"}, count="3")
        self.write(result)


class NoSettings(TwitterBase):
    async def get(self):
        try:
            await self.authorize_redirect()
        except Exception as e:
            self.write("%s: %s" % (type(e).__name__, e))


class NoCallbacks(OAuth1Login):
    _OAUTH_NO_CALLBACKS = True


class Unfinished(web.RequestHandler, auth.OAuthMixin):
    _OAUTH_REQUEST_TOKEN_URL = BASE + "/p/oauth1/1.0a/request_token"

    async def get(self):
        try:
            await self.authorize_redirect()
        except NotImplementedError as e:
            self.write("NotImplementedError %r" % (e,))


class WarnedOpenId(web.RequestHandler, auth.OpenIdMixin):
    def get(self):
        self.write("openid handler made")


app = web.Application([
    (r"/oauth10a/nocb", NoCallbacks, {"version": "1.0a"}),
    (r"/unfinished", Unfinished),
    (r"/openid/warned", WarnedOpenId),
    (r"/p/oauth1/(1\.0a?)/request_token", RequestToken),
    (r"/p/oauth1/(1\.0a?)/access_token", AccessToken),
    (r"/p/twitter/account/verify_credentials\.json", VerifyCredentials),
    (r"/p/twitter/statuses/update\.json", Statuses),
    (r"/p/oauth2/authorize", OAuth2Authorize),
    (r"/p/oauth2/token", OAuth2Token),
    (r"/p/oauth2/userinfo", UserInfo),
    (r"/p/graph/me", FacebookMe),
    (r"/p/openid", OpenIdEndpoint),
    (r"/oauth2/login", OAuth2Login),
    (r"/google/login", GoogleLogin),
    (r"/google/badcode", GoogleBadCode),
    (r"/facebook/login", FacebookLogin),
    (r"/openid/login", OpenIdLogin),
    (r"/oauth10/login", OAuth1Login, {"version": "1.0"}),
    (r"/oauth10a/login", OAuth1Login, {"version": "1.0a"}),
    (r"/twitter/login", TwitterLogin),
    (r"/twitter/post", TwitterPost),
], twitter_consumer_key="app-key", twitter_consumer_secret="app secret&1",
    google_oauth={"key": "g-id", "secret": "g-secret"})

app_without_settings = web.Application([(r"/nosettings", NoSettings)])


# ----------------------------------------------------------- the browser

client = AsyncHTTPClient()


async def visit(path, cookie=None, show_cookie=False):
    """One browser request, no redirects followed; prints what it sees."""
    url = path if path.startswith("http") else BASE + path
    headers = {"Cookie": cookie} if cookie else {}
    r = await client.fetch(url, follow_redirects=False, raise_error=False, headers=headers)
    for line in provider_log:
        print("    provider:", line)
    del provider_log[:]
    if r.code in (301, 302):
        print("  %d -> %s" % (r.code, show_url(r.headers["Location"])))
    else:
        body = r.body.decode()
        try:
            data = json_decode(body)
        except ValueError:
            print("  %d %s" % (r.code, body))
        else:
            print("  %d %s" % (r.code, sorted(data.items()) if isinstance(data, dict) else data))
    if show_cookie:
        for c in r.headers.get_list("Set-Cookie"):
            print("  set-cookie:", c.split(";")[0])
    return r


async def browse(path):
    """Follows redirects as a browser would, printing each step."""
    print("visit", path)
    while True:
        r = await visit(path, show_cookie=True)
        if r.code not in (301, 302):
            return r
        path = r.headers["Location"]


async def main():
    print("== OpenIdMixin is deprecated")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await visit("/openid/warned")
    print(" ", [(w.category.__name__, str(w.message)) for w in caught])

    print("== OAuth 2")
    await browse("/oauth2/login")
    await browse("/oauth2/login?client=banned")

    print("== Google")
    await browse("/google/login")
    print("bad code")
    await visit("/google/badcode")

    print("== Facebook")
    await browse("/facebook/login")

    print("== OpenID")
    r = await visit("/openid/login")
    loc = urllib.parse.urlsplit(r.headers["Location"])
    sent = dict(urllib.parse.parse_qsl(loc.query))
    # The provider sends the user back to return_to with its assertion.
    back = url_concat(sent["openid.return_to"], {
        "openid.mode": "id_res",
        "openid.claimed_id": "https://id.example/ada",
        "openid.ns.ext1": "http://openid.net/srv/ax/1.0",
        "openid.ext1.type.first": "http://axschema.org/namePerson/first",
        "openid.ext1.value.first": "Ada",
        "openid.ext1.type.last": "http://axschema.org/namePerson/last",
        "openid.ext1.value.last": "Lovelace",
        "openid.ext1.type.mail": "http://axschema.org/contact/email",
        "openid.ext1.value.mail": "ada@example.com",
        "openid.ext1.type.lang": "http://axschema.org/pref/language",
        "openid.ext1.value.lang": "EN-GB",
    })
    print("back from the provider")
    await visit(back)
    print("only an email")
    await visit("/openid/login?openid.mode=id_res&openid.ns.ax=http://openid.net/srv/ax/1.0"
                "&openid.ax.type.email=http://axschema.org/contact/email"
                "&openid.ax.value.email=bob@example.com")
    print("forged")
    await visit("/openid/login?openid.mode=id_res&openid.sig=forged")
    print("asking for the email only")
    await visit("/openid/login?ax=email")

    for version in ("1.0", "1.0a"):
        print("== OAuth", version)
        r = await visit("/oauth10%s/login" % version[3:], show_cookie=True)
        cookie = r.headers["Set-Cookie"].split(";")[0].replace('"', "")
        await visit("/oauth10%s/login?oauth_token=req-tok&oauth_verifier=v3r" % version[3:],
                    cookie=cookie, show_cookie=True)
    print("with a callback")
    await visit("/oauth10a/login?cb=/done", show_cookie=True)
    print("out of band")
    await visit("/oauth10a/login?cb=oob", show_cookie=True)
    print("a service without callbacks")
    await visit("/oauth10a/nocb?cb=/done")
    await visit("/oauth10a/nocb", show_cookie=True)
    print("a mixin without its consumer token")
    await visit("/unfinished")
    print("no cookie")
    await visit("/oauth10a/login?oauth_token=req-tok")
    print("another token's cookie")
    other = base64.b64encode(b"someone-else").decode() + "|" + base64.b64encode(b"x").decode()
    await visit("/oauth10a/login?oauth_token=req-tok", cookie="_oauth_request_token=" + other)

    print("== Twitter")
    r = await visit("/twitter/login", show_cookie=True)
    cookie = r.headers["Set-Cookie"].split(";")[0].replace('"', "")
    await visit("/twitter/login?oauth_token=req-tok", cookie=cookie)
    print("posting")
    await visit("/twitter/post")

    print("== signatures of fixed requests")
    params = {"oauth_consumer_key": "k", "oauth_nonce": "n", "oauth_timestamp": "1",
              "oauth_version": "1.0", "oauth_signature_method": "HMAC-SHA1",
              "status": "héllo wörld!*'()", "a": 1}
    token = {"key": "t", "secret": "s/ ecret"}
    for fn in (auth._oauth_signature, auth._oauth10a_signature):
        print(" ", fn.__name__, fn(CONSUMER, "post", "HTTP://Example.COM/Path?q=1", params, token))
        print(" ", fn.__name__, fn(CONSUMER, "GET", "https://example.com/", {}))
    print(" ", auth._oauth_escape("a b/c~d+é"), auth._oauth_escape(b"\xff&="))
    print(" ", sorted(auth._oauth_parse_response(b"oauth_token=a&oauth_token_secret=b&x=1&y=").items()))
    try:
        auth._oauth_parse_response(b"nothing=here")
    except KeyError as e:
        print("  KeyError", e)
    print(" ", issubclass(auth.AuthError, Exception), auth.AuthError("boom"))


async def no_settings():
    print("== no consumer key in the settings")
    server = HTTPServer(app_without_settings)
    sock = bind_sockets(PORT + 1, "127.0.0.1")
    server.add_sockets(sock)
    r = await client.fetch("http://127.0.0.1:%d/nosettings" % (PORT + 1), raise_error=False)
    print(" ", r.code, r.body.decode())
    server.stop()


server = HTTPServer(app)
server.add_sockets(bind_sockets(PORT, "127.0.0.1"))
ioloop.IOLoop.current().run_sync(main)
ioloop.IOLoop.current().run_sync(no_settings)
server.stop()
