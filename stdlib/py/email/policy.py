"""email.policy: EmailPolicy (headers are objects from the header registry)
and its standard instances default, SMTP, SMTPUTF8, HTTP and strict;
compat32 is the classic behaviour."""

import re
import sys

from email._policybase import Policy, Compat32, compat32
from email.utils import _has_surrogates
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default',
           'strict', 'SMTP', 'HTTP']

_LINESEP = re.compile(r'\n|\r')


from email.contentmanager import raw_data_manager as _raw_data_manager


class EmailPolicy(Policy):
    """Headers are str subclasses made by header_factory, which knows each
    header's syntax; long or non-ASCII headers are folded by the header."""

    message_factory = EmailMessage
    utf8 = False
    refold_source = 'long'
    header_factory = HeaderRegistry()
    content_manager = _raw_data_manager

    def __init__(self, **kw):
        # Each new policy gets its own registry (clones share theirs).
        if 'header_factory' not in kw:
            object.__setattr__(self, 'header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        value = ''.join(_LINESEP.split(value))
        return self.header_factory(name, value)

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value,
                            refold_binary=self.cte_type == '7bit')
        return folded.encode('utf8' if self.utf8 else 'ascii',
                             'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        maxlen = self.max_line_length if self.max_line_length else sys.maxsize
        lines = value.splitlines()
        refold = (self.refold_source == 'all' or
                  self.refold_source == 'long' and
                  (lines and len(lines[0]) + len(name) + 2 > maxlen or
                   any(len(x) > maxlen for x in lines[1:])))
        if refold or refold_binary and _has_surrogates(value):
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(lines) + self.linesep


default = EmailPolicy()
# The default policy shares the class's registry.
object.__delattr__(default, 'header_factory')
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
