"""tornado.netutil: listening sockets (native, from `_tornado.bind_sockets`)."""

import _tornado


def bind_sockets(port, address=None, family=0, backlog=128, flags=None, reuse_port=False):
    """Binds listening sockets for `port` on `address` (all interfaces when
    None or ""); returns a list of native socket objects."""
    return _tornado.bind_sockets(port, address or "")


def add_accept_handler(sock, callback):
    raise NotImplementedError("add_accept_handler: use TCPServer.add_sockets")


def is_valid_ip(ip):
    """Whether ``ip`` is a well-formed IPv4 or IPv6 address, as
    getaddrinfo(AI_NUMERICHOST) reads one (IPv4 in inet_aton's forms:
    1 to 4 parts, decimal, octal or hex; IPv6 with an optional zone)."""
    if not ip or "\x00" in ip:
        return False
    if ":" in ip:
        return _valid_ipv6(ip)
    return _valid_ipv4(ip)


def _valid_ipv4(ip):
    parts = []
    for part in ip.split("."):
        if not part or part[0] not in "0123456789":
            return False
        if part[:2] in ("0x", "0X"):
            digits, base = part[2:], 16
            allowed = "0123456789abcdefABCDEF"
        elif part[0] == "0":
            digits, base, allowed = part[1:], 8, "01234567"
        else:
            digits, base, allowed = part, 10, "0123456789"
        if any(c not in allowed for c in digits):
            return False
        value = int(digits, base) if digits else 0
        if value > 0xFFFFFFFF:
            return False
        parts.append(value)
    if len(parts) > 4:
        return False
    *head, last = parts
    if any(p > 0xFF for p in head):
        return False
    return last <= (0xFFFFFFFF, 0xFFFFFF, 0xFFFF, 0xFF)[len(parts) - 1]


def _valid_ipv6(ip):
    addr, pct, zone = ip.partition("%")
    if pct:
        if not zone:
            return False
        if not zone.isdigit():
            import os
            if "/" in zone or zone in (".", "..") or not os.path.exists("/sys/class/net/" + zone):
                return False
    groups = 0
    halves = addr.split("::")
    if len(halves) > 2:
        return False
    for n, half in enumerate(halves):
        if not half:
            continue
        pieces = half.split(":")
        for i, piece in enumerate(pieces):
            last = n == len(halves) - 1 and i == len(pieces) - 1
            if last and "." in piece:
                quad = piece.split(".")
                if len(quad) != 4 or any(
                        not q or len(q) > 3 or any(c not in "0123456789" for c in q)
                        or (len(q) > 1 and q[0] == "0") or int(q) > 255 for q in quad):
                    return False
                groups += 2
                continue
            if not 1 <= len(piece) <= 4 or any(c not in "0123456789abcdefABCDEF" for c in piece):
                return False
            groups += 1
    if len(halves) == 2:
        return groups < 8
    return groups == 8
