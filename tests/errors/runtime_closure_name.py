def outer():
    def inner():
        return undefined_thing
    return inner()
outer()
