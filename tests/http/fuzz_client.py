# The whirl side of the client fuzzer (tests/http_fuzz.rs): fetches
# http://127.0.0.1:PORT/N for N in 0..COUNT from the test's hostile server
# and prints one line per fetch: the status or the error's type. A fetch
# may fail; the process must not die. `whirl fuzz_client.py PORT COUNT`.
import sys

from tornado import httpclient, ioloop


async def main(port, count):
    client = httpclient.AsyncHTTPClient()
    for n in range(count):
        try:
            r = await client.fetch("http://127.0.0.1:%d/%d" % (port, n), request_timeout=5,
                                   raise_error=False)
            print(n, r.code, len(r.body), flush=True)
        except Exception as e:
            print(n, "error", type(e).__name__, flush=True)
    print("done", flush=True)


ioloop.IOLoop.current().run_sync(lambda: main(int(sys.argv[1]), int(sys.argv[2])))
