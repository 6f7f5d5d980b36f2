"""email.contentmanager: ContentManager, a registry of functions that read
a MIME part's content (chosen by its content type) and that set it (chosen
by the type of the object given), and raw_data_manager, the one the modern
policies use: text as str, other types as bytes, message/* parts as
messages."""

import binascii

from email import quoprimime
from email import errors

__all__ = ['ContentManager', 'raw_data_manager']


class ContentManager:
    """get_content looks up the part's full MIME type, then its main type,
    then the '' key; set_content looks up the object's type, then by name
    (module-qualified, qualified, plain) through its MRO, then None."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        for key in (msg.get_content_type(), msg.get_content_maintype(), ''):
            if key in self.get_handlers:
                return self.get_handlers[key](msg, *args, **kw)
        raise KeyError(msg.get_content_type())

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        handler = self._set_handler_for(obj)
        msg.clear_content()
        handler(msg, obj, *args, **kw)

    def _set_handler_for(self, obj):
        handlers = self.set_handlers
        for cls in type(obj).__mro__:
            if cls in handlers:
                return handlers[cls]
            qualname = cls.__qualname__
            module = getattr(cls, '__module__', '')
            full = module + '.' + qualname if module else qualname
            for key in (full, qualname, cls.__name__):
                if key in handlers:
                    return handlers[key]
        if None in handlers:
            return handlers[None]
        cls = type(obj)
        module = getattr(cls, '__module__', '')
        raise KeyError(module + '.' + cls.__qualname__ if module
                       else cls.__qualname__)


raw_data_manager = ContentManager()


# Reading content.

def get_text_content(msg, errors='replace'):
    data = msg.get_payload(decode=True)
    charset = msg.get_param('charset', 'ASCII')
    try:
        return data.decode(charset, errors=errors)
    except LookupError:
        return data.decode('utf-8', errors=errors)


def get_non_text_content(msg):
    return msg.get_payload(decode=True)


def get_message_content(msg):
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    # message/partial and unknown message subtypes: the raw bytes.
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler('text', get_text_content)
for _maintype in ('audio', 'image', 'video', 'application'):
    raw_data_manager.add_get_handler(_maintype, get_non_text_content)
for _subtype in ('rfc822', 'external-body'):
    raw_data_manager.add_get_handler('message/' + _subtype, get_message_content)
raw_data_manager.add_get_handler('message', get_and_fixup_unknown_message_content)


# Setting content: the helpers every setter shares.

def _start_part(msg, maintype, subtype, headers):
    msg['Content-Type'] = maintype + '/' + subtype
    if not headers:
        return
    policy = msg.policy
    if not hasattr(headers[0], 'name'):
        headers = [policy.header_factory(*policy.header_source_parse([h]))
                   for h in headers]
    for header in headers:
        try:
            if header.defects:
                raise header.defects[0]
            msg[header.name] = header
        except errors.HeaderDefect as exc:
            raise ValueError("Invalid header: {}".format(
                header.fold(policy=policy))) from exc


def _finish_part(msg, disposition, filename, cid, params):
    if disposition is None and filename is not None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition',
                      replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    if params is not None:
        for name, value in params.items():
            msg.set_param(name, value)


def _base64_lines(data, max_line_length):
    # Each line carries as many whole 3-byte groups as fit.
    per_line = max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[i:i + per_line]).decode('ascii')
                   for i in range(0, len(data), per_line))


def _encode_text(text, charset, cte, policy):
    """(cte, payload) for text in charset; without a cte given, 7bit or
    8bit when the lines are short enough, else whichever of
    quoted-printable and base64 is shorter on the first ten lines."""
    lines = text.encode(charset).splitlines()
    linesep = policy.linesep.encode('ascii')

    def plain(lines):
        return b'\n'.join(lines) + b'\n'

    def with_linesep(lines):
        return linesep.join(lines) + linesep

    if cte is None:
        if max((len(x) for x in lines), default=0) <= policy.max_line_length:
            try:
                return '7bit', plain(lines).decode('ascii')
            except UnicodeDecodeError:
                pass
            if policy.cte_type == '8bit':
                return '8bit', plain(lines).decode('ascii', 'surrogateescape')
        head = with_linesep(lines[:10])
        head_qp = quoprimime.body_encode(head.decode('latin-1'),
                                         policy.max_line_length)
        head_b64 = binascii.b2a_base64(head)
        if len(head_qp) > len(head_b64):
            cte = 'base64'
        else:
            cte = 'quoted-printable'
            if len(lines) <= 10:
                return cte, head_qp
    if cte == '7bit':
        return cte, plain(lines).decode('ascii')
    if cte == '8bit':
        return cte, plain(lines).decode('ascii', 'surrogateescape')
    if cte == 'quoted-printable':
        return cte, quoprimime.body_encode(plain(lines).decode('latin-1'),
                                           policy.max_line_length)
    if cte == 'base64':
        return cte, _base64_lines(with_linesep(lines),
                                  policy.max_line_length)
    raise ValueError('Unknown content transfer encoding {}'.format(cte))


def set_text_content(msg, string, subtype="plain", charset='utf-8', cte=None,
              disposition=None, filename=None, cid=None, params=None,
              headers=None):
    _start_part(msg, 'text', subtype, headers)
    cte, payload = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    from email.charset import ALIASES
    msg.set_param('charset', ALIASES.get(charset, charset), replace=True)
    msg['Content-Transfer-Encoding'] = cte
    _finish_part(msg, disposition, filename, cid, params)


def set_message_content(msg, message, subtype="rfc822", cte=None,
                 disposition=None, filename=None, cid=None, params=None,
                 headers=None):
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message "
                         "objects")
    if subtype == 'rfc822':
        if cte not in (None, '7bit', '8bit', 'binary'):
            raise ValueError("message/rfc822 parts do not support "
                             "cte={}".format(cte))
        if cte is None:
            cte = '8bit'
    elif subtype == 'external-body':
        if cte not in (None, '7bit'):
            raise ValueError("message/external-body parts do not support "
                             "cte={}".format(cte))
        cte = '7bit'
    elif cte is None:
        cte = '7bit'
    _start_part(msg, 'message', subtype, headers)
    msg.set_payload([message])
    msg['Content-Transfer-Encoding'] = cte
    _finish_part(msg, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte='base64',
               disposition=None, filename=None, cid=None, params=None,
               headers=None):
    _start_part(msg, maintype, subtype, headers)
    if cte == 'base64':
        data = _base64_lines(data, msg.policy.max_line_length)
    elif cte == 'quoted-printable':
        data = binascii.b2a_qp(data, istext=False, header=False,
                               quotetabs=True).decode('ascii')
    elif cte == '7bit':
        data = bytes(data).decode('ascii')
    elif cte in ('8bit', 'binary'):
        data = bytes(data).decode('ascii', 'surrogateescape')
    msg.set_payload(data)
    msg['Content-Transfer-Encoding'] = cte
    _finish_part(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)
raw_data_manager.add_set_handler('email.message.Message', set_message_content)
for _type in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_type, set_bytes_content)
