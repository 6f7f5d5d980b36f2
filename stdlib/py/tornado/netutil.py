"""tornado.netutil: listening sockets (native, from `_tornado.bind_sockets`)."""

import _tornado


def bind_sockets(port, address=None, family=0, backlog=128, flags=None, reuse_port=False):
    """Binds listening sockets for `port` on `address` (all interfaces when
    None or ""); returns a list of native socket objects."""
    return _tornado.bind_sockets(port, address or "")


def add_accept_handler(sock, callback):
    raise NotImplementedError("add_accept_handler: use TCPServer.add_sockets")


def is_valid_ip(ip):
    if not ip or "\x00" in ip:
        return False
    parts = ip.split(".")
    if len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts):
        return True
    return ":" in ip and all(c in "0123456789abcdefABCDEF:." for c in ip)
