# an uncaught user exception raised from another: exit status 1, the last stderr line names the final exception
class AppError(Exception):
    pass

def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("could not load config") from e

print("loading")
load()
