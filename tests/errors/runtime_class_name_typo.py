class Temperature:
    pass

t = Temprature()
