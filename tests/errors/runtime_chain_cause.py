class ConfigError(Exception):
    pass

def read(d):
    try:
        return d["x"] * 2
    except KeyError as e:
        raise ConfigError("no x") from e

read({"y": 1})
