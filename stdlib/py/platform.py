"""platform: what the interpreter runs on (from uname(2) and sys)."""

import sys
import _syscalls
from collections import namedtuple


class uname_result(namedtuple("uname_result", "system node release version machine processor")):
    """uname(2)'s fields and the processor (which Linux does not report:
    '', as CPython shows when `uname -p` says unknown)."""

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields[:5], self))
        return f"uname_result({fields})"


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_syscalls.uname(), "")
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return ".".join(python_version_tuple())


def python_implementation():
    """'CPython' on CPython; here the name of this implementation."""
    impl = getattr(sys, "implementation", None)
    name = getattr(impl, "name", "whirl")
    return {"cpython": "CPython", "pypy": "PyPy"}.get(name, name)


def python_compiler():
    return "rustc"


def python_build():
    return ("main", "")


def python_branch():
    return ""


def python_revision():
    return ""


def architecture(executable=None, bits="", linkage=""):
    return ("64bit" if sys.maxsize > 2 ** 32 else "32bit", "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    return ("glibc", version) if not lib else (lib, version)


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return f"{u.system}-{u.release}"
    return f"{u.system}-{u.release}-{u.machine}-with-glibc"


def freedesktop_os_release():
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path) as f:
                text = f.read()
        except OSError:
            continue
        for line in text.splitlines():
            if "=" not in line or line.startswith("#"):
                continue
            key, value = line.split("=", 1)
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            info[key.strip()] = value
        return info
    raise OSError(2, "No such file or directory", "/etc/os-release")


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo
