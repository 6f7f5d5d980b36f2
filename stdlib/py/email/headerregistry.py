"""email.headerregistry: headers as str subclasses that know their name,
their defects and how to fold themselves; HeaderRegistry maps header names
to header classes.

Every header value is read into a token tree by email._header_value_parser
(structured headers expose their parts: addresses, datetime, params,
content_type, ...), and fold() folds that tree (email._refold)."""

from types import MappingProxyType

from email import utils
from email import errors
from email import _header_value_parser as parser

__all__ = ['Address', 'Group', 'BaseHeader', 'UnstructuredHeader',
           'UniqueUnstructuredHeader', 'DateHeader', 'UniqueDateHeader',
           'AddressHeader', 'UniqueAddressHeader', 'SingleAddressHeader',
           'UniqueSingleAddressHeader', 'MIMEVersionHeader',
           'ParameterizedMIMEHeader', 'ContentTypeHeader',
           'ContentDispositionHeader', 'ContentTransferEncodingHeader',
           'MessageIDHeader', 'HeaderRegistry']


class Address:
    """One mailbox: display name, user name and domain (immutable)."""

    def __init__(self, display_name='', username='', domain='',
                 addr_spec=None):
        inputs = ''.join(filter(None, (display_name, username, domain,
                                       addr_spec)))
        if '\r' in inputs or '\n' in inputs:
            raise ValueError("invalid arguments; address parts cannot "
                             "contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            username, domain = _parse_addr_spec(addr_spec)
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        local = self.username
        if not parser.DOT_ATOM_ENDS.isdisjoint(local):
            local = parser.quote_string(local)
        if self.domain:
            return local + '@' + self.domain
        if not local:
            return '<>'
        return local

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username,
            self.domain)

    def __str__(self):
        disp = self.display_name
        if not parser.SPECIALS.isdisjoint(disp):
            disp = parser.quote_string(disp)
        if disp:
            spec = '' if self.addr_spec == '<>' else self.addr_spec
            return "{} <{}>".format(disp, spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.username == other.username and
                self.domain == other.domain)

    __hash__ = None


def _parse_addr_spec(text):
    """(local part, domain) of 'local@domain'; leftover text or a defect
    raises, as CPython's Address does."""
    spec, rest = parser.get_addr_spec(text)
    if rest:
        raise ValueError("Invalid addr_spec; only '{}' could be parsed from "
                         "'{}'".format(spec, text))
    if spec.all_defects:
        raise spec.all_defects[0]
    return spec.local_part, spec.domain


class Group:
    """A named list of addresses (display_name None: a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = self.display_name
        if disp is not None and not parser.SPECIALS.isdisjoint(disp):
            disp = parser.quote_string(disp)
        listed = ", ".join(str(x) for x in self.addresses)
        listed = ' ' + listed if listed else listed
        return "{}:{};".format(disp, listed)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.addresses == other.addresses)

    __hash__ = None


class BaseHeader(str):
    """A header value (its decoded text) with .name and .defects. The
    concrete class mixes a parsing class (with parse()) into this one."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        if utils._has_surrogates(kwds['decoded']):
            kwds['decoded'] = utils._sanitize(kwds['decoded'])
        self = str.__new__(cls, kwds['decoded'])
        del kwds['decoded']
        self.init(name, **kwds)
        return self

    def init(self, name, *, parse_tree=None, defects=()):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header,
                (self.__class__.__name__, self.__class__.__bases__, str(self)),
                self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """The header as 'Name: value' lines ending with policy.linesep,
        broken before max_line_length; what cannot go as it is becomes
        RFC 2047 encoded words (unless the policy allows utf8)."""
        # The name and the value's tree are folded as one header tree, so
        # the first line's room accounts for the name.
        header = parser.Header([parser.HeaderLabel([
            parser.ValueTerminal(self.name, 'header-name'),
            parser.ValueTerminal(':', 'header-sep')])])
        tree = self._parse_tree
        if tree:
            header.append(
                parser.CFWSList([parser.WhiteSpaceTerminal(' ', 'fws')]))
            header.append(tree)
        return header.fold(policy=policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    max_count = None

    @staticmethod
    def value_parser(value):
        return parser.get_unstructured(value)

    @classmethod
    def parse(cls, value, kwds):
        # CPython records no defects for unstructured text.
        kwds['parse_tree'] = tree = cls.value_parser(value)
        kwds['decoded'] = str(tree)


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date (RFC 5322 3.3); .datetime is the parsed value (None when it
    does not parse)."""

    max_count = None

    # The date is folded as unstructured text.
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            kwds['parse_tree'] = parser.TokenList()
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(
                    errors.InvalidDateDefect('Invalid date value or format'))
                kwds['datetime'] = None
                kwds['parse_tree'] = parser.TokenList()
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(value)
        kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """A list of addresses and groups (RFC 5322 3.4); the value may be a
    string or a list of Address and Group objects."""

    max_count = None

    @staticmethod
    def value_parser(value):
        address_list, rest = parser.get_address_list(value)
        # get_address_list reads to the end of the value.
        assert not rest, 'address list not read to its end'
        return address_list

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            kwds['parse_tree'] = tree = cls.value_parser(value)
            groups = []
            for address in tree.addresses:
                groups.append(Group(address.display_name, [
                    Address(mailbox.display_name or '',
                            mailbox.local_part or '',
                            mailbox.domain or '')
                    for mailbox in address.all_mailboxes]))
            kwds['defects'].extend(tree.all_defects)
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [Group(None, [item]) if not hasattr(item, 'addresses')
                      else item for item in value]
        kwds['groups'] = groups
        kwds['decoded'] = ', '.join(str(item) for item in groups)
        if 'parse_tree' not in kwds:
            # Objects are folded as the text they stand for.
            kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(address for group in self._groups
                                    for address in group.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(("value of single address header {} is not "
                              "a single address").format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    """MIME-Version: .version ('1.0'), .major and .minor (ints)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        # The token reader knows where comments end and garbage starts.
        from email._header_value_parser import parse_mime_version
        tree = parse_mime_version(str(value))
        kwds['decoded'] = str(tree)
        kwds['parse_tree'] = tree
        kwds['defects'].extend(tree.all_defects)
        # Only a complete major.minor counts as a version.
        complete = tree.minor is not None
        kwds['major'] = tree.major if complete else None
        kwds['minor'] = tree.minor
        kwds['version'] = ('{}.{}'.format(tree.major, tree.minor)
                           if complete else None)

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    @property
    def major(self):
        return self._major

    @property
    def minor(self):
        return self._minor

    @property
    def version(self):
        return self._version


class ParameterizedMIMEHeader:
    """A MIME value followed by '; name=value' parameters (RFC 2045, with
    RFC 2231 continuations and charsets decoded); .params maps the lower
    case names to the values."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree = cls._read_value(str(value))
        # str() first: reading the parameters records their defects.
        kwds['decoded'] = str(tree)
        kwds['parse_tree'] = tree
        kwds['defects'].extend(tree.all_defects)
        params = list(tree.params)
        kwds['param_list'] = params
        kwds['params'] = {utils._sanitize(name).lower(): utils._sanitize(v)
                          for name, v in params}
        kwds['tree'] = tree

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        self._param_list = kw.pop('param_list')
        kw.pop('tree', None)
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):

    @staticmethod
    def _read_value(text):
        from email._header_value_parser import parse_content_type_header
        return parse_content_type_header(text)

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        tree = kwds.pop('tree')
        kwds['maintype'] = utils._sanitize(tree.maintype)
        kwds['subtype'] = utils._sanitize(tree.subtype)

    def init(self, *args, **kw):
        self._maintype = kw.pop('maintype')
        self._subtype = kw.pop('subtype')
        super().init(*args, **kw)

    @property
    def maintype(self):
        return self._maintype

    @property
    def subtype(self):
        return self._subtype

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):

    @staticmethod
    def _read_value(text):
        from email._header_value_parser import (
            parse_content_disposition_header)
        return parse_content_disposition_header(text)

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        disposition = kwds.pop('tree').content_disposition
        if disposition is not None:
            disposition = utils._sanitize(disposition)
        kwds['content_disposition'] = disposition

    def init(self, *args, **kw):
        self._content_disposition = kw.pop('content_disposition')
        super().init(*args, **kw)

    @property
    def content_disposition(self):
        return self._content_disposition


class ContentTransferEncodingHeader:

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        from email._header_value_parser import (
            parse_content_transfer_encoding_header)
        tree = parse_content_transfer_encoding_header(str(value))
        kwds['decoded'] = str(tree)
        kwds['parse_tree'] = tree
        kwds['defects'].extend(tree.all_defects)
        kwds['cte'] = utils._sanitize(tree.cte)

    def init(self, *args, **kw):
        self._cte = kw.pop('cte')
        super().init(*args, **kw)

    @property
    def cte(self):
        return self._cte


class MessageIDHeader:

    max_count = 1
    value_parser = staticmethod(parser.parse_message_id)

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = tree = cls.value_parser(value)
        kwds['decoded'] = str(tree)
        kwds['defects'].extend(tree.all_defects)


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Makes header objects: the class for a name comes from the map
    (names without case), default_class otherwise, mixed with base_class."""

    def __init__(self, base_class=BaseHeader,
                 default_class=UnstructuredHeader, use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type('_' + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
