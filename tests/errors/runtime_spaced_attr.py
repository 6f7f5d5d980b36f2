x = None
x  .  attr
