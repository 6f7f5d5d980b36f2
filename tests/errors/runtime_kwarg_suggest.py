import os
path = os.path.joinn("a", "b")
