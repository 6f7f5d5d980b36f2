# urllib.request: urlopen over http (a child process serves files),
# data: and file: URLs, Request objects, openers, HTTPError/URLError.
import tempfile
root = tempfile.mkdtemp()
with open(root + "/a.txt", "w") as f:
    f.write("hello file\n")
import os
os.mkdir(root + "/sub")
with open(root + "/sub/index.html", "w") as f:
    f.write("<p>idx</p>\n")
import sys, subprocess, urllib.request, urllib.error, os
srv = subprocess.Popen([sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1", "-d", root], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
line = srv.stdout.readline().decode()
port = int(line.split(" port ")[1].split()[0])
base = "http://127.0.0.1:%d" % port
try:
    with urllib.request.urlopen(base + "/a.txt") as r:
        print(r.status, r.reason, r.msg, r.geturl() == base + "/a.txt", r.getcode(), r.headers["Content-Type"], r.info()["Content-Length"])
        print(r.read())
    r = urllib.request.urlopen(base + "/sub")
    print(r.status, r.geturl() == base + "/sub/", r.read())
    try:
        urllib.request.urlopen(base + "/missing")
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e, repr(e), e.code, e.reason, e.headers["Content-Type"], len(e.read()))
        print(isinstance(e, urllib.error.URLError), isinstance(e, OSError))
    try:
        urllib.request.urlopen(urllib.request.Request(base + "/a.txt", data=b"x=1"))
    except urllib.error.HTTPError as e:
        print(e.code, e.msg)
    try:
        urllib.request.urlopen("nope://x")
    except urllib.error.URLError as e:
        print(type(e).__name__, e, e.reason)
    try:
        urllib.request.urlopen("http://127.0.0.1:1/")
    except urllib.error.URLError as e:
        print(type(e).__name__, type(e.reason).__name__)
    req = urllib.request.Request(base + "/a.txt#frag", headers={"x-test": "1"}, method="HEAD")
    print(req.full_url[-9:], req.type, req.host == "127.0.0.1:%d" % port, req.selector, req.get_method(), req.header_items(), req.has_header("X-test"), req.get_header("X-test"), req.fragment)
    r = urllib.request.urlopen(req); print(r.status, r.read())
    with urllib.request.urlopen("data:text/plain;base64,aGVsbG8=") as r:
        print(r.read(), r.info().get_content_type(), r.headers["Content-length"])
    with urllib.request.urlopen("data:,a%20b") as r:
        print(r.read(), r.headers["content-type"])
    with urllib.request.urlopen("file://" + root + "/a.txt") as r:
        print(r.read(), r.headers["Content-type"], r.url == "file://" + root + "/a.txt")
    op = urllib.request.build_opener()
    print([type(h).__name__ for h in op.handlers if type(h).__name__ not in ("FTPHandler", "HTTPSHandler")])
    op.addheaders = [("User-agent", "whirl-test")]
    print(op.open(base + "/a.txt").read())
    try:
        urllib.request.Request("relative/path")
    except ValueError as e:
        print(e)
    try:
        urllib.request.urlopen(urllib.request.Request(base + "/a.txt", data="str"))
    except TypeError as e:
        print(e)
    fn, h = urllib.request.urlretrieve(base + "/a.txt", root + "/out.txt"); print(fn == root + "/out.txt", open(fn).read(), h["Content-Length"])
finally:
    srv.terminate()
    srv.wait()
