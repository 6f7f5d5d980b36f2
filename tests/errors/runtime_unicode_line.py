prices = {"café": 3}
label = "préféré: " + prices["thé"]
