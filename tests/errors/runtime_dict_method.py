def describe(user):
    return user.get("name").title() + " is " + str(user["age"])

print(describe({"age": 3}))
