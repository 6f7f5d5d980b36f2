# an uncaught json.JSONDecodeError: traceback names it json.decoder.JSONDecodeError and exits with status 1
import json
print(json.loads('{"ok": [1, 2]}'))
json.loads('{"ok": [1, 2}')
