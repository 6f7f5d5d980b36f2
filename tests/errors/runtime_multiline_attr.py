result = None
length = (result
          .strip()
          .lower())
