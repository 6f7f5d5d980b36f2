count = 3
if count = 3:
    print("three")
