"""The harness's `test.support.socket_helper`: loopback addresses and
free ports for the socket tests."""

import socket
import unittest

HOST = "localhost"
HOSTv4 = "127.0.0.1"
HOSTv6 = "::1"
IPV6_ENABLED = True


def find_unused_port(family=socket.AF_INET, socktype=socket.SOCK_STREAM):
    with socket.socket(family, socktype) as tempsock:
        return bind_port(tempsock)


def bind_port(sock, host=HOST):
    sock.bind((host, 0))
    return sock.getsockname()[1]


def bind_unix_socket(sock, addr):
    sock.bind(addr)


def skip_unless_bind_unix_socket(test):
    return test


def get_socket_conn_refused_errs():
    import errno
    return [errno.ECONNREFUSED, errno.ENETUNREACH, errno.EADDRNOTAVAIL]


def tcp_blackhole():
    return False


def skip_if_tcp_blackhole(test):
    return test


class transient_internet:
    def __init__(self, resource_name, *, timeout=None, errnos=()):
        self.resource_name = resource_name

    def __enter__(self):
        raise unittest.SkipTest("harness: no internet")

    def __exit__(self, *args):
        return False
