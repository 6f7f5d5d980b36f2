# TCPClient against a TCPServer (source_ip, timeouts, refused, resolvers),
# and tornado.process.Subprocess with STREAM pipes and exit callbacks.
import signal
import socket
import subprocess
import sys

from tornado.ioloop import IOLoop
from tornado.iostream import StreamClosedError
from tornado.netutil import Resolver, OverrideResolver, bind_sockets
from tornado.process import Subprocess
from tornado.tcpclient import TCPClient
from tornado.tcpserver import TCPServer
from tornado.concurrent import Future


class Echo(TCPServer):
    async def handle_stream(self, stream, address):
        try:
            while True:
                line = await stream.read_until(b"\n")
                await stream.write(b"echo: " + line)
        except StreamClosedError:
            pass


async def main():
    sockets = bind_sockets(0, "127.0.0.1")
    port = sockets[0].getsockname()[1]
    server = Echo()
    server.add_sockets(sockets)

    client = TCPClient()
    stream = await client.connect("127.0.0.1", port, timeout=5)
    await stream.write(b"hello\n")
    print(await stream.read_until(b"\n"))
    stream.close()

    stream = await client.connect("localhost", port, af=socket.AF_INET, source_ip="127.0.0.1")
    await stream.write(b"from localhost\n")
    print(await stream.read_until(b"\n"))
    print("family:", stream.socket.family == socket.AF_INET)
    stream.close()

    mapped = TCPClient(resolver=OverrideResolver(Resolver(), {"example.invalid": "127.0.0.1"}))
    stream = await mapped.connect("example.invalid", port)
    await stream.write(b"mapped\n")
    print(await stream.read_until(b"\n"))
    stream.close()

    class NeverResolver(Resolver):
        def resolve(self, *args, **kwargs):
            return Future()

    try:
        await TCPClient(resolver=NeverResolver()).connect("example.com", 80, timeout=0.05)
    except TimeoutError as e:
        print("TimeoutError", e)

    spare = bind_sockets(0, "127.0.0.1")[0]
    refused_port = spare.getsockname()[1]
    spare.close()
    try:
        await client.connect("127.0.0.1", refused_port)
    except StreamClosedError as e:
        print("refused:", type(e).__name__, type(e.real_error).__name__)
    server.stop()

    addrs = await Resolver().resolve("127.0.0.1", 80)
    print("resolve:", addrs)

    # Subprocess
    proc = Subprocess([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"],
                      stdin=Subprocess.STREAM, stdout=Subprocess.STREAM)
    await proc.stdin.write(b"shout\n")
    proc.stdin.close()
    print(await proc.stdout.read_until_close())
    print("exit:", await proc.wait_for_exit())

    proc = Subprocess([sys.executable, "-c", "import sys; sys.stderr.write('oops\\n'); sys.exit(3)"],
                      stderr=Subprocess.STREAM)
    print(await proc.stderr.read_until(b"\n"))
    try:
        await proc.wait_for_exit()
    except subprocess.CalledProcessError as e:
        print("CalledProcessError", e.returncode)
    print(proc.returncode)

    proc = Subprocess([sys.executable, "-c", "import time; time.sleep(30)"])
    done = Future()
    proc.set_exit_callback(done.set_result)
    proc.proc.terminate()
    ret = await done
    print("killed:", ret == -signal.SIGTERM, proc.returncode == ret)


IOLoop.current().run_sync(main)
