"""email.message: Message, an ordered list of headers (names compared
without case) and a payload, with the compat32 behaviour CPython's
http.client and http.server rely on."""

from email import utils
from email import errors

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

_TSPECIALS = '()<>@,;:\\"/[]?='


def _split_params(value):
    """Splits 'a; b="x;y"; c' at the semicolons outside quotes."""
    parts = []
    current = []
    quoted = False
    escaped = False
    for c in value:
        if escaped:
            escaped = False
        elif c == '\\' and quoted:
            escaped = True
        elif c == '"':
            quoted = not quoted
        elif c == ';' and not quoted:
            parts.append(''.join(current))
            current = []
            continue
        current.append(c)
    parts.append(''.join(current))
    return parts


def _parse_params(value):
    """(name, value) for each ';'-separated part, the first (the main
    value) included: a part with '=' gives its lower-cased name and its
    value, any other part itself (case kept) and ''. Empty parts count."""
    params = []
    for part in _split_params(value):
        name, eq, val = part.partition('=')
        if eq:
            params.append((name.strip().lower(), val.strip()))
        else:
            params.append((part.strip(), ''))
    return params


def _main_value(value):
    """The value before the parameters, lower-cased."""
    return _split_params(value)[0].strip().lower()


def _format_param(param, value=None, quote=True):
    if value is None or value == '':
        return param
    if isinstance(value, tuple):
        param += '*'
        value = utils.encode_rfc2231(value[2], value[0], value[1])
        return '%s=%s' % (param, value)
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        param += '*'
        value = utils.encode_rfc2231(value, 'utf-8', '')
        return '%s=%s' % (param, value)
    if quote or any(c in _TSPECIALS for c in value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


class Message:
    """Headers (name, value) in order plus a payload (a string, or a list
    of Messages for a multipart)."""

    def __init__(self, policy=None):
        if policy is None:
            from email._policybase import compat32
            policy = compat32
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message flattened to text by email.generator.Generator
        (with the message's policy unless one is given)."""
        from email.generator import Generator
        from io import StringIO
        policy = self.policy if policy is None else policy
        fp = StringIO()
        g = Generator(fp, mangle_from_=False, maxheaderlen=maxheaderlen,
                      policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def as_bytes(self, unixfrom=False, policy=None):
        """The message flattened to bytes by BytesGenerator."""
        from email.generator import BytesGenerator
        from io import BytesIO
        policy = self.policy if policy is None else policy
        fp = BytesIO()
        g = BytesGenerator(fp, mangle_from_=False, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        if not decode:
            if isinstance(payload, str) and utils._has_surrogates(payload):
                # Undecodable bytes show as U+FFFD, decoded with the
                # part's charset.
                raw = payload.encode('ascii', 'surrogateescape')
                try:
                    return raw.decode(self.get_param('charset', 'ascii'),
                                      'replace')
                except LookupError:
                    return raw.decode('ascii', 'replace')
            return payload
        if payload is None:
            return None
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                bpayload = payload.encode('ascii', 'surrogateescape')
            else:
                try:
                    bpayload = payload.encode('ascii')
                except UnicodeError:
                    bpayload = payload.encode('raw-unicode-escape')
        else:
            bpayload = payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if cte == 'quoted-printable':
            import binascii
            return binascii.a2b_qp(bpayload)
        if cte == 'base64':
            # Lenient, like an encoded word: what is wrong with the data is
            # a defect of this message.
            from email._encoded_words import decode_b
            value, defects = decode_b(b''.join(bpayload.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return value
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            return _decode_uu(bpayload)
        return bpayload

    def set_payload(self, payload, charset=None):
        """Sets the payload; bytes are kept as str (undecodable bytes as
        surrogates). With a charset, a str payload is encoded to it and the
        charset set (which transfer-encodes the payload)."""
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, _charset_mod().Charset):
                charset = _charset_mod().Charset(charset)
            payload = payload.encode(charset.output_charset)
        if hasattr(payload, 'decode'):
            self._payload = payload.decode('ascii', 'surrogateescape')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Sets the charset parameter and MIME-Version, and transfer-encodes
        the payload as the charset says (None removes the parameter)."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        Charset = _charset_mod().Charset
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            try:
                cte(self)
            except TypeError:
                # cte is a name: the payload still needs the encoding.
                payload = self._payload
                if payload:
                    try:
                        payload = payload.encode('ascii', 'surrogateescape')
                    except UnicodeError:
                        payload = payload.encode(charset.output_charset)
                self._payload = charset.body_encode(payload)
                self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # Mapping of headers.
    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = 0
            for k, v in self._headers:
                if k.lower() == lname:
                    found += 1
                    if found >= max_count:
                        raise ValueError("There may be at most {} {} headers "
                                         "in a message".format(max_count, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for name, value in self._headers:
            yield name

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v)
                for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v))
                for k, v in self._headers]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [self.policy.header_fetch_parse(k, v)
                  for k, v in self._headers if k.lower() == name]
        if not values:
            return failobj
        return values

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            parts.append(_format_param(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append(
            self.policy.header_store_parse(_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == name:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(_name)

    # Content-Type and its parameters.
    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _main_value(str(value))
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        return utils.decode_params(_parse_params(str(value)))

    def get_params(self, failobj=None, header='content-type', unquote=True):
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquote_value(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                if unquote:
                    return _unquote_value(v)
                return v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _format_param(param, value, requote)
            else:
                ctype = '; '.join([ctype, _format_param(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append_param = _format_param(param, value, requote)
                else:
                    append_param = _format_param(old_param, old_value, requote)
                ctype = append_param if not ctype else '; '.join([ctype, append_param])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                piece = _format_param(p, v, requote)
                new_ctype = piece if not new_ctype else '; '.join([new_ctype, piece])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header='Content-Type', requote=True):
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or 'us-ascii'
            try:
                charset = str(charset[2].encode('raw-unicode-escape'), pcharset)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def set_boundary(self, boundary):
        """Sets the boundary parameter of Content-Type in place (quoted);
        HeaderParseError when there is no Content-Type."""
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        newparams = []
        found = False
        for pk, pv in params:
            if pk.lower() == 'boundary':
                newparams.append(('boundary', '"%s"' % boundary))
                found = True
            else:
                newparams.append((pk, pv))
        if not found:
            newparams.append(('boundary', '"%s"' % boundary))
        newheaders = []
        for h, v in self._headers:
            if h.lower() == 'content-type':
                parts = []
                for k, v in newparams:
                    parts.append(k if v == '' else '%s=%s' % (k, v))
                val = '; '.join(parts)
                newheaders.append(self.policy.header_store_parse(h, val))
            else:
                newheaders.append((h, v))
        self._headers = newheaders

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _main_value(str(value))

    def walk(self):
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


def _decode_uu(data):
    """The bytes of a uuencoded body ('begin mode name' ... 'end'); the
    body as it is when it is not uuencoded."""
    import binascii
    lines = data.splitlines()
    start = None
    for i, line in enumerate(lines):
        if line.startswith(b'begin '):
            start = i + 1
            break
    if start is None:
        return data
    out = []
    for line in lines[start:]:
        if line.strip() == b'end':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Some encoders write lines longer than their count says.
            nbytes = (((line[0] - 32) & 63) * 4 + 5) // 3
            try:
                out.append(binascii.a2b_uu(line[:nbytes]))
            except (binascii.Error, IndexError):
                return data
    return b''.join(out)


def _charset_mod():
    # email.charset imports email.encoders; imported late to keep
    # `import email.message` light (http.client needs only headers).
    from email import charset
    return charset


def _unquote_value(value):
    if isinstance(value, tuple):
        return (value[0], value[1], utils.unquote(value[2]))
    return utils.unquote(value)


class MIMEPart(Message):
    """A MIME part under a modern policy (email.policy.default unless
    given): content read and set through the policy's content manager,
    the body and attachments found, parts turned into multiparts."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        Message.__init__(self, policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return Message.as_string(self, unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disposition = self.get('content-disposition')
        if disposition is None:
            return False
        return disposition.content_disposition == 'attachment'

    def _body_candidates(self, part, preferencelist):
        # (rank in preferencelist, part) for every part that could be the
        # body: text parts, and multipart/related when it is preferred
        # (whose root part is searched too); attachments never are.
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in preferencelist:
                yield (preferencelist.index(subtype), part)
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for subpart in part.iter_parts():
                yield from self._body_candidates(subpart, preferencelist)
            return
        if 'related' in preferencelist:
            yield (preferencelist.index('related'), part)
        root = None
        start = part.get_param('start')
        if start:
            for subpart in part.iter_parts():
                if subpart['content-id'] == start:
                    root = subpart
                    break
        if root is None:
            subparts = part.get_payload()
            root = subparts[0] if subparts else None
        if root is not None:
            yield from self._body_candidates(root, preferencelist)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The part best matching preferencelist (subtypes of text, and
        'related'), searched depth first; None if there is none."""
        best = len(preferencelist)
        body = None
        for rank, part in self._body_candidates(self, preferencelist):
            if rank < best:
                best = rank
                body = part
                if rank == 0:
                    break
        return body

    _body_types = {('text', 'plain'), ('text', 'html'),
                   ('multipart', 'related'), ('multipart', 'alternative')}

    def iter_attachments(self):
        """The direct subparts that are not the body candidates: for
        multipart/related all but the root; for other multiparts (not
        alternative) all but the first part of each body type."""
        maintype, subtype = self.get_content_type().split('/')
        if maintype != 'multipart' or subtype == 'alternative':
            return
        payload = self.get_payload()
        if not isinstance(payload, list):
            return
        parts = list(payload)
        if subtype == 'related':
            start = self.get_param('start')
            if start:
                others = [p for p in parts if p.get('content-id') != start]
                if len(others) != len(parts):
                    yield from others
                    return
            yield from parts[1:]
            return
        seen = []
        for part in parts:
            maintype, subtype = part.get_content_type().split('/')
            if ((maintype, subtype) in self._body_types and
                    not part.is_attachment() and subtype not in seen):
                seen.append(subtype)
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        return content_manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        content_manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            if existing in disallowed_subtypes + (subtype,):
                raise ValueError("Cannot convert {} to {}".format(
                    existing, subtype))
        kept = []
        content = []
        for name, value in self._headers:
            if name.lower().startswith('content-'):
                content.append((name, value))
            else:
                kept.append((name, value))
        if content:
            # The existing content moves into the first subpart.
            part = type(self)(policy=self.policy)
            part._headers = content
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = kept
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype() != 'multipart' or
                self.get_content_subtype() != _subtype):
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and 'content-disposition' not in part:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message: setting content also adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
