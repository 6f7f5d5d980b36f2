"""email.encoders: set a message's transfer encoding and encode its
payload accordingly."""

from base64 import encodebytes as _b64
from binascii import b2a_qp as _b2a_qp

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def _qp(data):
    # Quoted-printable with tabs and spaces always quoted.
    return _b2a_qp(data, quotetabs=True).replace(b' ', b'=20')


def encode_base64(msg):
    data = msg.get_payload(decode=True)
    msg.set_payload(str(_b64(data), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    data = msg.get_payload(decode=True)
    msg.set_payload(_qp(data))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    data = msg.get_payload(decode=True)
    if data is None:
        # No payload: 7bit is as good as any.
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        data.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Leaves the message as it is."""
