# http.server: `python -m http.server` serving a directory (files, index,
# listings, redirects, errors) in a child process; http.client asks.
import http.client
import os
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
with open(os.path.join(root, "a.txt"), "w") as f:
    f.write("hello file\n")
os.mkdir(os.path.join(root, "sub"))
with open(os.path.join(root, "sub", "index.html"), "w") as f:
    f.write("<p>idx</p>\n")
os.mkdir(os.path.join(root, "dir2"))
for name in ["x.py", "y z.txt", "<b>.css"]:
    open(os.path.join(root, "dir2", name), "w").close()
os.mkdir(os.path.join(root, "dir2", "inner"))

srv = subprocess.Popen([sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1", "-d", root],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
line = srv.stdout.readline().decode()
print(line.split(" port ")[0])
port = int(line.split(" port ")[1].split()[0])
try:
    for method, path in [("GET", "/a.txt"), ("HEAD", "/a.txt"), ("GET", "/nope"), ("GET", "/sub"),
                         ("GET", "/sub/"), ("GET", "/dir2/"), ("POST", "/a.txt"),
                         ("GET", "/../../etc/passwd"), ("GET", "/a.txt?x=1#f"), ("GET", "/sub?q=1"),
                         ("GET", "/a%2etxt"), ("DELETE", "/")]:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request(method, path)
        r = c.getresponse()
        print(method, path, r.status, r.reason, r.version, r.getheader("Content-Type"),
              r.getheader("Content-Length"), r.getheader("Location"), r.getheader("X-None", "dflt"))
        print(sorted(k for k, v in r.getheaders()), r.getheader("Server").split("/")[0])
        print(r.read().decode())
        print(r.isclosed(), r.read(), r.closed)
        c.close()
    c = http.client.HTTPConnection("127.0.0.1:%d" % port)
    c.request("GET", "/a.txt", headers={"X-A": "1"})
    r = c.getresponse()
    print(r.read(3), r.read(3), r.read(), r.length, r.will_close, r.chunked)
    c.request("GET", "/a.txt")
    r = c.getresponse()
    buf = bytearray(4)
    print(r.readinto(buf), bytes(buf), r.readline(), r.readlines())
    c.request("GET", "/a.txt", headers={"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"})
    r = c.getresponse()
    print(r.status, r.reason, r.read())
    c.request("GET", "/")
    try:
        c.request("GET", "/")
    except http.client.CannotSendRequest as e:
        print(type(e).__name__, e)
    r = c.getresponse()
    print(r.status, b"a.txt" in r.read())
    c.close()
finally:
    srv.terminate()
    srv.wait()
