import sys


def validate(cfg):
    if "port" not in cfg:
        raise KeyError("port")
    return cfg["port"]


print("starting")
sys.stdout.flush()
print(validate({"port": 80}))
try:
    validate({})
except KeyError as e:
    print("handled", e)
print("about to fail")
config = {"host": "x"}
port = validate(config)
print("never")
