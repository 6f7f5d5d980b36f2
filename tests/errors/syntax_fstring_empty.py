name = "x"
msg = f"hello {}"
