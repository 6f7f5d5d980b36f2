text = None
print(text.upper())
