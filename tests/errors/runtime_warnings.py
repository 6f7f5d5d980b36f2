import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

class MyWarning(UserWarning):
    pass

for i in range(3):
    old_api()
    warnings.warn("in loop")
warnings.warn(MyWarning("custom instance"))
warnings.warn("runtime", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded")
    warnings.warn("recorded")
print(len(caught), caught[0].category.__name__, str(caught[0].message))
warnings.warn("after catch")
warnings.simplefilter("ignore")
warnings.warn("ignored")
warnings.resetwarnings()
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.filterwarnings("ignore", message="skip")
warnings.warn("Skip me please")
warnings.warn("shown")
print("done")
warnings.warn("last words")
print(totl)
