names = ["b", "a"]
names.apend("c")
