import _helper
_helper.run()
