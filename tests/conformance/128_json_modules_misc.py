# json.decoder / json.encoder submodules, JSONDecodeError repr and args, separators and indent argument errors
from json.decoder import JSONDecodeError
from json import decoder, encoder
import json.encoder
import json
print(JSONDecodeError is json.JSONDecodeError, decoder.JSONDecoder is json.JSONDecoder)
print(json.encoder.JSONEncoder is json.JSONEncoder, encoder is json.encoder)
print(JSONDecodeError.__module__, JSONDecodeError.__qualname__, json.JSONEncoder.__module__)
print(issubclass(JSONDecodeError, ValueError), JSONDecodeError.__mro__[1].__name__)
try:
    json.loads("[1, 2, 3,]")
except JSONDecodeError as e:
    print(repr(e))
    print(e.args)
for seps in [(",",), (",", ":", "!")]:
    try:
        json.dumps([1], separators=seps)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps([1], indent=2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps([1, {"a": 2}], indent=True))
print(json.dumps({"a": [], "b": [{}]}, indent=3, separators=(";", "=")))
