# platform and sysconfig: the parts that are the same on every Linux
# machine (values that vary are only checked for type and shape).
import platform
import sys
import sysconfig

u = platform.uname()
print(type(u).__name__, len(u), u.system, u[0], u._fields)
print(platform.system(), platform.machine() == u.machine, platform.node() == u.node)
print(platform.release() == u.release, platform.version() == u.version)
print(isinstance(platform.processor(), str))
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple()[:2], type(platform.python_version_tuple()).__name__)
print(isinstance(platform.python_implementation(), str))
print(platform.architecture()[0])
print(platform.platform().startswith('Linux-' + u.release))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver()[0])

print(sysconfig.get_platform() == 'linux-' + u.machine)
print(sysconfig.get_python_version())
print(sysconfig.get_config_var('py_version_short'), sysconfig.get_config_var('VERSION'))
print(sysconfig.get_config_var('py_version_nodot'), sysconfig.get_config_var('no such var'))
print(sysconfig.get_config_vars('VERSION', 'nope'))
print(isinstance(sysconfig.get_config_vars(), dict))
print(sorted(sysconfig.get_paths()))
print(sysconfig.get_path_names())
print(sysconfig.is_python_build())
