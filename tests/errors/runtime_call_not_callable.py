handlers = {"a": 1}
handlers["a"]("event")
