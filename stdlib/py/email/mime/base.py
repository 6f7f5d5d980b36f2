"""email.mime.base: the base class of the MIME message classes."""

import email.policy
from email import message

__all__ = ['MIMEBase']


class MIMEBase(message.Message):
    """A MIME message: Content-Type maintype/subtype (with params) and
    MIME-Version 1.0."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            policy = email.policy.compat32
        message.Message.__init__(self, policy=policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype),
                        **_params)
        self['MIME-Version'] = '1.0'
