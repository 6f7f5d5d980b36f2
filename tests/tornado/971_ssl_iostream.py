# TLS streams in Tornado: TCPServer(ssl_options=...) handing SSLIOStreams
# to handle_stream, TCPClient.connect(ssl_options=...), SSLIOStream.connect
# with server_hostname, wait_for_handshake, IOStream.start_tls on both ends
# of a plain connection (STARTTLS), reads and writes of every kind over
# TLS, large transfers, handshake failures and closes.
import logging
import os
import socket
import ssl

from tornado import gen, ioloop, netutil
from tornado.concurrent import Future
from tornado.iostream import IOStream, SSLIOStream, StreamClosedError
from tornado.tcpclient import TCPClient
from tornado.tcpserver import TCPServer
from tornado.testing import bind_unused_port

logging.getLogger("tornado").setLevel(logging.CRITICAL)
CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance", "tls_certs")


def cert(name):
    return os.path.join(CERTS, name)


def server_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert("server.crt"), cert("server.key"))
    return ctx


def client_ctx():
    return ssl.create_default_context(cafile=cert("ca.crt"))


class Echo(TCPServer):
    async def handle_stream(self, stream, address):
        print("  server stream:", type(stream).__name__)
        try:
            while True:
                line = await stream.read_until(b"\n")
                if line == b"big\n":
                    await stream.write(b"x" * 300000 + b"\n")
                elif line == b"quit\n":
                    stream.close()
                    return
                else:
                    await stream.write(b"echo: " + line)
        except StreamClosedError:
            print("  server saw the close")


async def main():
    sock, port = bind_unused_port()
    server = Echo(ssl_options=server_ctx())
    server.add_sockets([sock])

    print("== TCPClient with ssl_options")
    stream = await TCPClient().connect("localhost", port, ssl_options=client_ctx())
    print(" ", type(stream).__name__, stream.socket.version(), stream.socket.cipher()[0])
    print(" ", stream.socket.getpeercert()["subject"][-1])
    await stream.write(b"hello\n")
    print(" ", await stream.read_until(b"\n"))
    await stream.write(b"big\n")
    data = await stream.read_until(b"\n", max_bytes=400000)
    print("  big:", len(data), data[:3])
    await stream.write(b"one\ntwo\n")
    print(" ", await stream.read_bytes(11), await stream.read_until_regex(b"\\n"))
    await stream.write(b"quit\n")
    print("  until close:", await stream.read_until_close())
    print("  closed:", stream.closed())

    print("== SSLIOStream.connect")
    stream = SSLIOStream(socket.socket(), ssl_options=client_ctx())
    await stream.connect(("127.0.0.1", port), server_hostname="localhost")
    await stream.wait_for_handshake()
    await stream.write(b"partial\n")
    print(" ", await stream.read_bytes(100, partial=True))
    stream.close()
    await gen.sleep(0.05)

    print("== a name the certificate lacks")
    stream = SSLIOStream(socket.socket(), ssl_options=client_ctx())
    try:
        await stream.connect(("127.0.0.1", port), server_hostname="example.com")
    except ssl.SSLCertVerificationError as e:
        print("  SSLCertVerificationError", e.verify_code, e.verify_message)
    print("  closed:", stream.closed())

    print("== a CA the client does not trust")
    try:
        await TCPClient().connect("localhost", port, ssl_options=ssl.create_default_context())
    except ssl.SSLError as e:
        print(" ", type(e).__name__, e.reason)

    print("== ssl_options as a dict, no verification")
    stream = await TCPClient().connect("127.0.0.1", port, ssl_options=dict(cert_reqs=ssl.CERT_NONE))
    await stream.write(b"unverified\n")
    print(" ", await stream.read_until(b"\n"))
    stream.close()
    await gen.sleep(0.05)
    server.stop()

    print("== start_tls on a plain connection")
    listener, port = bind_unused_port()
    accepted = Future()
    netutil.add_accept_handler(listener, lambda conn, addr: accepted.set_result(IOStream(conn)))
    client = IOStream(socket.socket())
    await client.connect(("127.0.0.1", port))
    server_stream = await accepted
    await client.write(b"STARTTLS\r\n")
    print(" ", await server_stream.read_until(b"\r\n"))
    await server_stream.write(b"220 go ahead\r\n")
    print(" ", await client.read_until(b"\r\n"))
    server_future = server_stream.start_tls(True, server_ctx())
    client_future = client.start_tls(False, client_ctx(), server_hostname="localhost")
    tls_client = await client_future
    tls_server = await server_future
    print(" ", type(tls_client).__name__, type(tls_server).__name__, client.socket)
    await tls_client.write(b"secret\r\n")
    print(" ", await tls_server.read_until(b"\r\n"))
    await tls_server.write(b"250 ok\r\n")
    print(" ", await tls_client.read_until(b"\r\n"))
    tls_client.close()
    print("  server reads until close:", await tls_server.read_until_close())
    ioloop.IOLoop.current().remove_handler(listener.fileno())
    listener.close()

    print("== start_tls on a busy stream")
    a, b = socket.socketpair()
    s = IOStream(a)
    reading = s.read_until(b"\n")
    try:
        s.start_tls(False)
    except ValueError as e:
        print("  ValueError", e)
    s.close()
    b.close()
    try:
        await reading
    except StreamClosedError as e:
        print("  the pending read:", type(e).__name__)


ioloop.IOLoop.current().run_sync(main)
