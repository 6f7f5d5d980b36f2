"""email.headerregistry: headers as str subclasses that know their name,
their defects and how to fold themselves; HeaderRegistry maps header names
to header classes.

whirl's version treats every header as unstructured text (RFC 2047 encoded
words decoded); address and date headers keep their text as it is."""

from email import utils

__all__ = ['BaseHeader', 'UnstructuredHeader', 'UniqueUnstructuredHeader',
           'HeaderRegistry']


def _decode_words(value):
    try:
        from email.header import decode_header, make_header
    except ImportError:
        return value
    if '=?' not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except Exception:
        return value


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
        """The header as 'Name: value' lines ending with policy.linesep; a
        non-ASCII value becomes RFC 2047 encoded words."""
        text = str(self)
        try:
            text.encode('us-ascii')
        except UnicodeEncodeError:
            if not policy.utf8:
                from email.charset import Charset
                text = Charset('utf-8').header_encode(text)
        return '%s: %s%s' % (self.name, text, policy.linesep)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = None
        kwds['decoded'] = _decode_words(str(value))


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


# Headers a message may carry at most once.
_UNIQUE = ('subject', 'date', 'resent-date', 'orig-date', 'sender',
           'resent-sender', 'from', 'reply-to', 'to', 'cc', 'bcc',
           'message-id', 'mime-version', 'content-type',
           'content-disposition', 'content-transfer-encoding')


class HeaderRegistry:
    """Makes header objects: the class for a name comes from the map
    (names without case), default_class otherwise, mixed with base_class."""

    def __init__(self, base_class=BaseHeader,
                 default_class=UnstructuredHeader, use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            for name in _UNIQUE:
                self.registry[name] = UniqueUnstructuredHeader

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type('_' + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
