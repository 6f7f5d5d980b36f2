def configure(**options):
    return options

overrides = None
configure(debug=True, **overrides)
