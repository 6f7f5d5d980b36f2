def greet(name):
    if name:
        print("hi")
	print(name)
