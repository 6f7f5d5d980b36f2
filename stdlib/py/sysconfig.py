"""sysconfig (basic): the installation's configuration variables and the
paths of its schemes, as CPython 3.11 on Linux lays them out."""

import sys
import _syscalls

_SCHEMES = {
    "posix_prefix": {
        "stdlib": "{installed_base}/lib/python{py_version_short}",
        "platstdlib": "{platbase}/lib/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/lib/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_home": {
        "stdlib": "{installed_base}/lib/python",
        "platstdlib": "{base}/lib/python",
        "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python",
        "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_user": {
        "stdlib": "{userbase}/lib/python{py_version_short}",
        "platstdlib": "{userbase}/lib/python{py_version_short}",
        "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
        "platlib": "{userbase}/lib/python{py_version_short}/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    },
}

_CONFIG_VARS = None


def _prefix():
    return getattr(sys, "prefix", "/usr/local")


def get_config_vars(*args):
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        v = sys.version_info
        prefix = _prefix()
        exec_prefix = getattr(sys, "exec_prefix", prefix)
        import os
        machine = _syscalls.uname()[4]
        _CONFIG_VARS = {
            "prefix": prefix, "exec_prefix": exec_prefix,
            "base": prefix, "platbase": exec_prefix, "projectbase": prefix,
            "installed_base": prefix, "installed_platbase": exec_prefix,
            "py_version": "%d.%d.%d" % (v[0], v[1], v[2]),
            "py_version_short": "%d.%d" % (v[0], v[1]),
            "py_version_nodot": "%d%d" % (v[0], v[1]),
            "py_version_nodot_plat": "",
            "VERSION": "%d.%d" % (v[0], v[1]),
            "abiflags": "", "ABIFLAGS": "",
            "platlibdir": "lib", "LIBDIR": prefix + "/lib",
            "BINDIR": prefix + "/bin", "INCLUDEDIR": prefix + "/include",
            "userbase": os.path.expanduser("~/.local") if hasattr(os.path, "expanduser")
            else os.environ.get("HOME", "") + "/.local",
            "SIZEOF_VOID_P": 8, "SIZEOF_LONG": 8, "SIZEOF_INT": 4,
            "MACHDEP": "linux", "MULTIARCH": f"{machine}-linux-gnu",
            "HOST_GNU_TYPE": f"{machine}-pc-linux-gnu",
            "SOABI": None, "EXT_SUFFIX": ".so", "SHLIB_SUFFIX": ".so",
            "CC": "cc", "Py_DEBUG": 0, "Py_ENABLE_SHARED": 0,
            "WITH_DOC_STRINGS": 1, "TZPATH": "/usr/share/zoneinfo",
        }
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)


def get_platform():
    return "linux-" + _syscalls.uname()[4]


def get_python_version():
    return get_config_var("py_version_short")


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return "posix_prefix"


def get_preferred_scheme(key):
    if key not in ("prefix", "home", "user"):
        raise ValueError(f"key must be 'prefix', 'home', or 'user', not {key!r}")
    return "posix_" + key


def get_path_names():
    return ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts", "data")


def get_paths(scheme=None, vars=None, expand=True):
    scheme = scheme or get_default_scheme()
    paths = _SCHEMES[scheme]
    if not expand:
        return dict(paths)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {name: template.format(**values) for name, template in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    return get_config_var("LIBDIR") + "/python%s/config/Makefile" % get_python_version()
