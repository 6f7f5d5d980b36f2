def f():
    if True:
        pass
  return 1
