"""email.iterators: walking a message's tree of parts."""

import sys
from io import StringIO

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']


def walk(self):
    """The message and then all its subparts, depth first."""
    yield self
    if self.is_multipart():
        for part in self.get_payload():
            yield from part.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every str payload in the tree, ends kept."""
    for part in msg.walk():
        payload = part.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from StringIO(payload)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts of the given maintype (and subtype, when given)."""
    for part in msg.walk():
        if part.get_content_maintype() == maintype:
            if subtype is None or part.get_content_subtype() == subtype:
                yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Prints the tree of content types, indented by depth."""
    if fp is None:
        fp = sys.stdout
    line = ' ' * (level * 4) + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    print(line, file=fp)
    if msg.is_multipart():
        for sub in msg.get_payload():
            _structure(sub, fp, level + 1, include_default)
