# multipart/form-data bodies: fields in arguments, uploads in request.files.
from tornado import httpclient, ioloop, web

PORT = 21050


class Upload(web.RequestHandler):
    def post(self):
        out = {"title": self.get_body_argument("title"), "files": []}
        for field, infos in sorted(self.request.files.items()):
            for info in infos:
                out["files"].append([field, info["filename"], info.content_type, len(info["body"]),
                                     list(info["body"][:6])])
        self.write(out)


def multipart(boundary, fields, files):
    body = b""
    for name, value in fields:
        body += b"--" + boundary + b"\r\n"
        body += b'Content-Disposition: form-data; name="' + name.encode() + b'"\r\n\r\n'
        body += value.encode() + b"\r\n"
    for name, filename, ctype, data in files:
        body += b"--" + boundary + b"\r\n"
        body += (b'Content-Disposition: form-data; name="' + name.encode() + b'"; filename="'
                 + filename.encode() + b'"\r\n')
        body += b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + data + b"\r\n"
    return body + b"--" + boundary + b"--\r\n"


async def main():
    server = web.Application([(r"/upload", Upload)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    body = multipart(b"XyZ123", [("title", "my files")],
                     [("doc", "notes.txt", "text/plain", b"hello\nworld\n"),
                      ("doc", "raw.bin", "application/octet-stream", bytes([0, 255, 1, 254, 13, 10]) * 3),
                      ("img", "p.png", "image/png", b"\x89PNG....")])
    r = await client.fetch("http://127.0.0.1:%d/upload" % PORT, method="POST", body=body,
                           headers={"Content-Type": "multipart/form-data; boundary=XyZ123"})
    print(r.code, r.body.decode())
    r = await client.fetch("http://127.0.0.1:%d/upload" % PORT, method="POST", body=b"garbage",
                           headers={"Content-Type": "multipart/form-data; boundary=XyZ123"},
                           raise_error=False)
    print(r.code, r.reason)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
