"""wsgiref: WSGI (PEP 3333) utilities. whirl ships `wsgiref.validate`."""
