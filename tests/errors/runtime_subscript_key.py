config = {"host": "localhost"}
port = config["port"] + 1
