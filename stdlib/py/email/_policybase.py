"""email._policybase: Policy, the immutable bag of options that steers
parsing and generating messages, and Compat32, the behaviour of the email
package of Python 3.2 (the default of the classic API)."""

import abc

from email import utils

__all__ = ['Policy', 'Compat32', 'compat32']


class _PolicyBase:
    """Options as class attributes, overridden per instance by keyword
    arguments; instances are immutable (clone makes a changed copy) and
    added together, the right operand's settings winning."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}"
                                .format(name, type(self).__name__))
            object.__setattr__(self, name, value)

    def __repr__(self):
        args = ", ".join("{}={!r}".format(k, v)
                         for k, v in self.__dict__.items())
        return "{}({})".format(type(self).__name__, args)

    def clone(self, **kw):
        """A copy of this policy with the given options changed."""
        new = type(self).__new__(type(self))
        for name, value in self.__dict__.items():
            object.__setattr__(new, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}"
                                .format(name, type(self).__name__))
            object.__setattr__(new, name, value)
        return new

    def __setattr__(self, name, value):
        if hasattr(self, name):
            msg = "{!r} object attribute {!r} is read-only"
        else:
            msg = "{!r} object has no attribute {!r}"
        raise AttributeError(msg.format(type(self).__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    """The options every policy has, and the hooks a parser and generator
    call (abstract here)."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def handle_defect(self, obj, defect):
        """Raises the defect when raise_on_defect, else records it."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers of that name a message may have (None: any)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) from a header's source lines."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """(name, value) to store for a header an application sets."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value an application sees for a stored header."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as folded lines of str."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """The header as folded lines of bytes."""
        raise NotImplementedError


class Compat32(Policy):
    """Headers are plain strings (or email.header.Header objects)."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if not isinstance(value, str):
            return value
        if utils._has_surrogates(value):
            from email import header, charset
            return header.Header(value, charset=charset.UNKNOWN8BIT,
                                 header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return folded.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        out = [name, ': ']
        h = None
        if isinstance(value, str):
            if utils._has_surrogates(value) and not sanitize:
                out.append(value)
            else:
                try:
                    from email import header, charset
                except ImportError:
                    header = None
                if header is None:
                    out.append(value)
                elif utils._has_surrogates(value):
                    h = header.Header(value, charset=charset.UNKNOWN8BIT,
                                      header_name=name)
                else:
                    h = header.Header(value, header_name=name)
        else:
            h = value
        if h is not None:
            maxlinelen = self.max_line_length or 0
            out.append(h.encode(linesep=self.linesep, maxlinelen=maxlinelen))
        out.append(self.linesep)
        return ''.join(out)


compat32 = Compat32()
