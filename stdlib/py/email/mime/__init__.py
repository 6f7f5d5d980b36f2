"""email.mime: the MIME message classes, one a module."""
