# mimetypes: guesses from names and URLs, extensions of types, added types, mime.types files.
import mimetypes as m
for n in ["a.tar.gz", "x.tgz", "data:text/plain,hi", "data:;base64,xx", "data:foo", "http://x/a.html?q", "X.HTML", "a.JPG", "a.svgz", "a.Z", "a.gz", "noext", "a.xul", "a.rtf", "/p/a.b/c", "a.py", "a.webp", "file.json", "C:x.txt", "a.unknownext"]:
    print(n, m.guess_type(n), m.guess_type(n, strict=False))
for t in ["text/plain", "image/jpeg", "TEXT/HTML", "application/x-nope", "image/jpg", "application/javascript", "application/json", "audio/midi"]:
    print(t, m.guess_extension(t), m.guess_all_extensions(t), m.guess_extension(t, strict=False), m.guess_all_extensions(t, False))
m.add_type("application/x-whirl", ".whl2")
print(m.guess_type("x.whl2"), m.guess_extension("application/x-whirl"))
print(len(m.types_map) > 100, m.types_map['.html'], m.encodings_map['.gz'], m.suffix_map['.tgz'], m.common_types['.jpg'])
db = m.MimeTypes(); print(db.guess_type("a.png"))
import io
db.readfp(io.StringIO("# comment\napplication/x-foo  foo  fo # trailing\n\n"))
print(db.guess_type("a.fo"), db.guess_all_extensions("application/x-foo"))
print(m.read_mime_types("/nonexistent"))
import pathlib; print(m.guess_type(pathlib.Path("a/b.css")))
