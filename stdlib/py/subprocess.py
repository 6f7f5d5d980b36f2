"""subprocess: running programs (fork and exec through `_syscalls.spawn`),
talking to them over pipes, and waiting for them."""

import _syscalls as _sc
import time as _time
import signal as _signal

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_POLLIN = 1
_POLLOUT = 4
_WNOHANG = 1
_O_RDWR = 2


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, _signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _PipeFile:
    """The parent's end of a pipe to the child: a binary or text file."""

    def __init__(self, fd, writing, text, encoding, errors):
        self._fd = fd
        self._writing = writing
        self._text = text
        self.encoding = encoding if text else None
        self.errors = errors if text else None
        self.mode = ("w" if writing else "r") + ("" if text else "b")
        self.name = fd
        self._buf = b""
        self._eof = False

    @property
    def closed(self):
        return self._fd < 0

    def fileno(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")
        return self._fd

    def readable(self):
        return not self._writing

    def writable(self):
        return self._writing

    def _check(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file.")

    def _fill(self):
        if self._eof:
            return False
        data = _sc.read(self._fd, 65536)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def _out(self, data):
        if not self._text:
            return data
        return _translate_newlines(data.decode(self.encoding, self.errors))

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b""
        else:
            while len(self._buf) < size and self._fill():
                pass
            data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def read1(self, size=-1):
        self._check()
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def readline(self, size=-1):
        self._check()
        while True:
            i = self._buf.find(b"\n")
            if i >= 0:
                end = i + 1
                break
            if not self._fill():
                end = len(self._buf)
                break
        if size is not None and 0 <= size < end:
            end = size
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._out(data)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError(f"write() argument must be str, not {type(data).__name__}")
            raw = data.encode(self.encoding, self.errors)
        else:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            raw = bytes(data)
        view = 0
        while view < len(raw):
            view += _sc.write(self._fd, raw[view:])
        return len(data)

    def flush(self):
        self._check()

    def close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            _sc.close(fd)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _fspath(x):
    if isinstance(x, (str, bytes)):
        return x
    if hasattr(type(x), '__fspath__'):
        return type(x).__fspath__(x)
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(x).__name__}")


def _environ():
    import os
    return os.environ


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self._communication_started = False
        self._saved = {}
        if preexec_fn is not None:
            raise NotImplementedError("whirl's subprocess cannot run preexec_fn in the child")
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines
        if isinstance(args, (str, bytes)) or hasattr(type(args), '__fspath__'):
            argv = [_fspath(args)]
        else:
            argv = [_fspath(a) for a in args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable:
                argv[0] = executable
        if not argv:
            raise IndexError("list index out of range")
        orig_executable = executable if executable is not None else argv[0]
        exe = _fspath(orig_executable)
        if isinstance(exe, bytes):
            exe = exe.decode()
        argv = [a.decode() if isinstance(a, bytes) else a for a in argv]
        if cwd is not None:
            cwd = _fspath(cwd)
        if env is not None:
            envlist = []
            for k, v in env.items():
                k = k.decode() if isinstance(k, bytes) else k
                v = v.decode() if isinstance(v, bytes) else v
                if '=' in k:
                    raise ValueError("illegal environment variable name")
                envlist.append(f"{k}={v}")
            path = env.get("PATH")
        else:
            envlist = None
            path = _environ().get("PATH")
        if "/" in exe:
            candidates = [exe]
        else:
            dirs = (path if path is not None else "/bin:/usr/bin").split(":")
            candidates = [(d or ".") + "/" + exe for d in dirs]
        to_close = []
        parent_ends = [None, None, None]

        def child_fd(spec, index):
            if spec is None:
                return -1
            if spec == PIPE:
                r, w = _sc.pipe()
                if index == 0:
                    parent_ends[0] = w
                    to_close.append(r)
                    return r
                parent_ends[index] = r
                to_close.append(w)
                return w
            if spec == DEVNULL:
                fd = _sc.open("/dev/null", _O_RDWR, 0)
                to_close.append(fd)
                return fd
            if spec == STDOUT:
                if index != 2:
                    raise ValueError("STDOUT can only be used for stderr")
                return -2
            if isinstance(spec, int):
                if spec < 0:
                    raise ValueError(f"bad file descriptor {spec}")
                return spec
            return spec.fileno()

        try:
            fds = [child_fd(stdin, 0), child_fd(stdout, 1), child_fd(stderr, 2)]
            if fds[2] == -2:
                fds[2] = fds[1] if fds[1] >= 0 else 1
            self.pid = _sc.spawn(candidates, argv, envlist, cwd, fds[0], fds[1], fds[2],
                                 [int(fd) for fd in pass_fds],
                                 bool(start_new_session), orig_executable)
        except BaseException:
            for fd in parent_ends:
                if fd is not None:
                    _sc.close(fd)
            raise
        finally:
            for fd in to_close:
                _sc.close(fd)
        enc = encoding or "utf-8"
        errs = errors or "strict"
        if parent_ends[0] is not None:
            self.stdin = _PipeFile(parent_ends[0], True, self.text_mode, enc, errs)
        if parent_ends[1] is not None:
            self.stdout = _PipeFile(parent_ends[1], False, self.text_mode, enc, errs)
        if parent_ends[2] is not None:
            self.stderr = _PipeFile(parent_ends[2], False, self.text_mode, enc, errs)

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _set_status(self, rc):
        if self.returncode is None:
            self.returncode = rc

    def poll(self):
        if self.returncode is None:
            try:
                pid, rc = _sc.waitpid(self.pid, _WNOHANG)
            except ChildProcessError:
                return self.returncode
            if pid == self.pid:
                self._set_status(rc)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, rc = _sc.waitpid(self.pid, 0)
                self._set_status(rc)
            except ChildProcessError:
                self._set_status(0)
            return self.returncode
        deadline = _time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            left = deadline - _time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, left, 0.05)
            _time.sleep(delay)
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            try:
                _sc.kill(self.pid, int(sig))
            except ProcessLookupError:
                pass

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        deadline = None if timeout is None else _time.monotonic() + timeout
        self._communication_started = True
        saved = self._saved
        if "in" not in saved:
            data = b""
            if input is not None:
                data = input.encode(self.encoding or "utf-8", self.errors or "strict") \
                    if self.text_mode else bytes(input)
            saved["in"] = data
            saved["out"] = []
            saved["err"] = []
            if self.stdin is not None and not data:
                self.stdin.close()
        watched = {}
        if self.stdin is not None and not self.stdin.closed:
            watched[self.stdin._fd] = ("in", self.stdin)
        if self.stdout is not None and not self.stdout.closed:
            watched[self.stdout._fd] = ("out", self.stdout)
        if self.stderr is not None and not self.stderr.closed:
            watched[self.stderr._fd] = ("err", self.stderr)
        while watched:
            if deadline is None:
                ms = -1
            else:
                left = deadline - _time.monotonic()
                if left <= 0:
                    self._timed_out(timeout)
                ms = int(left * 1000) + 1
            ready = _sc.poll([(fd, _POLLOUT if kind == "in" else _POLLIN)
                              for fd, (kind, _) in watched.items()], ms)
            if not ready and deadline is not None:
                self._timed_out(timeout)
            for fd, ev in ready:
                kind, f = watched[fd]
                if kind == "in":
                    try:
                        n = _sc.write(fd, saved["in"][:65536])
                        saved["in"] = saved["in"][n:]
                    except BrokenPipeError:
                        saved["in"] = b""
                    if not saved["in"]:
                        f.close()
                        del watched[fd]
                else:
                    chunk = _sc.read(fd, 65536)
                    if chunk:
                        saved[kind].append(chunk)
                    else:
                        f.close()
                        del watched[fd]
        out = self._collected("out") if self.stdout is not None else None
        err = self._collected("err") if self.stderr is not None else None
        if deadline is None:
            self.wait()
        else:
            self.wait(max(deadline - _time.monotonic(), 0))
        return (out, err)

    def _collected(self, kind):
        data = b"".join(self._saved.get(kind, []))
        if self.text_mode:
            return _translate_newlines(data.decode(self.encoding or "utf-8", self.errors or "strict"))
        return data

    def _timed_out(self, timeout):
        raise TimeoutExpired(self.args, timeout,
                             output=self._collected("out") if self.stdout is not None else None,
                             stderr=self._collected("err") if self.stderr is not None else None)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') \
            or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    result = []
    for arg in map(_fspath, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
