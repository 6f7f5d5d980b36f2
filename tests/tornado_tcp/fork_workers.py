# Three worker processes accept on one shared port; each serves one
# connection, telling its task id, then exits; the parent exits with 0
# once every worker has. Driven by tests/tornado_tcp.rs.
import sys
from tornado import process
from tornado.ioloop import IOLoop
from tornado.netutil import bind_sockets
from tornado.tcpserver import TCPServer

socks = bind_sockets(0, "127.0.0.1")
print("port", socks[0].getsockname()[1])
sys.stdout.flush()
task = process.fork_processes(3)


class OneShot(TCPServer):
    def handle_stream(self, stream, address):
        stream.write(("task %d %s\n" % (task, process.task_id() == task)).encode())
        # Stop accepting at once, so the next connection goes to another worker.
        self.stop()
        stream.set_close_callback(IOLoop.current().stop)
        stream.close()


server = OneShot()
server.add_sockets(socks)
IOLoop.current().start()
