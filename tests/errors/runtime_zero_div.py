a = 10
b = 0
print("before")
result = a // b
