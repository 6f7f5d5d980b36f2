"""tornado.options: global options defined anywhere, read from the command
line (``--name=value``) or a config file, as Tornado 6's module.

    from tornado.options import define, options, parse_command_line
    define("port", default=8888, help="run on the given port", type=int)
    parse_command_line()
    print(options.port)
"""

import datetime
import os
import re
import sys

from tornado.escape import _unicode
from tornado.log import define_logging_options


class Error(Exception):
    """Exception raised by errors in the options module."""


def _wrap(text, width):
    """textwrap.wrap for the help text: words packed into lines <= width."""
    lines = []
    line = ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + " " + word
        else:
            lines.append(line)
            line = word
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
    if line:
        lines.append(line)
    return lines


_PARSER_STATE = {}


class OptionParser:
    """A collection of options, a dictionary with object-like access."""

    # Options are attributes (``options.port``), so __setattr__ is taken:
    # the parser's own state is kept outside the instance.
    def __init__(self):
        _PARSER_STATE[id(self)] = ({}, [])
        self.define("help", type=bool, help="show this help information",
                    callback=self._help_callback, _file_name="")

    @property
    def _options(self):
        return _PARSER_STATE[id(self)][0]

    @property
    def _parse_callbacks(self):
        return _PARSER_STATE[id(self)][1]

    def _normalize_name(self, name):
        return name.replace("_", "-")

    def __getattr__(self, name):
        name = self._normalize_name(name)
        if isinstance(self._options.get(name), _Option):
            return self._options[name].value()
        raise AttributeError("Unrecognized option %r" % name)

    def __setattr__(self, name, value):
        name = self._normalize_name(name)
        if isinstance(self._options.get(name), _Option):
            return self._options[name].set(value)
        raise AttributeError("Unrecognized option %r" % name)

    def __iter__(self):
        return iter([opt.name for opt in self._options.values()])

    def mockable(self):
        """A view of the options for ``mock.patch.object``: setting an
        attribute sets the option, deleting it restores the old value."""
        return _Mockable(self)

    def __contains__(self, name):
        return self._normalize_name(name) in self._options

    def __getitem__(self, name):
        return self.__getattr__(name)

    def __setitem__(self, name, value):
        return self.__setattr__(name, value)

    def items(self):
        return [(opt.name, opt.value()) for name, opt in self._options.items()]

    def groups(self):
        return set(opt.group_name for opt in self._options.values())

    def group_dict(self, group):
        return dict((opt.name, opt.value()) for name, opt in self._options.items()
                    if not group or group == opt.group_name)

    def as_dict(self):
        return dict((opt.name, opt.value()) for name, opt in self._options.items())

    def define(self, name, default=None, type=None, help=None, metavar=None, multiple=False,
               group=None, callback=None, _file_name=None):
        normalized = self._normalize_name(name)
        if normalized in self._options:
            raise Error("Option %r already defined in %s"
                        % (normalized, self._options[normalized].file_name))
        if _file_name is None:
            _file_name = _defining_file()
        if type is None:
            if not multiple and default is not None:
                type = default.__class__
            else:
                type = str
        group_name = group if group else _file_name
        self._options[normalized] = _Option(
            name, file_name=_file_name, default=default, type=type, help=help,
            metavar=metavar, multiple=multiple, group_name=group_name, callback=callback)

    def parse_command_line(self, args=None, final=True):
        if args is None:
            args = sys.argv
        remaining = []
        for i in range(1, len(args)):
            if not args[i].startswith("-"):
                remaining = args[i:]
                break
            if args[i] == "--":
                remaining = args[i + 1:]
                break
            arg = args[i].lstrip("-")
            name, equals, value = arg.partition("=")
            name = self._normalize_name(name)
            if name not in self._options:
                self.print_help()
                raise Error("Unrecognized command line option: %r" % name)
            option = self._options[name]
            if not equals:
                if option.type == bool:
                    value = "true"
                else:
                    raise Error("Option %r requires a value" % name)
            option.parse(value)
        if final:
            self.run_parse_callbacks()
        return remaining

    def parse_config_file(self, path, final=True):
        config = {"__file__": os.path.abspath(path)}
        with open(path, "rb") as f:
            source = f.read().decode("utf-8")
        exec(source, config, config)
        for name in config:
            normalized = self._normalize_name(name)
            if normalized in self._options:
                option = self._options[normalized]
                if option.multiple:
                    if not isinstance(config[name], (list, str)):
                        raise Error("Option %r is required to be a list of %s "
                                    "or a comma-separated string"
                                    % (option.name, option.type.__name__))
                if type(config[name]) is str and (option.type is not str or option.multiple):
                    option.parse(config[name])
                else:
                    option.set(config[name])
        if final:
            self.run_parse_callbacks()

    def print_help(self, file=None):
        if file is None:
            file = sys.stderr
        print("Usage: %s [OPTIONS]" % sys.argv[0], file=file)
        print("\nOptions:\n", file=file)
        by_group = {}
        for option in self._options.values():
            by_group.setdefault(option.group_name, []).append(option)
        for filename, o in sorted(by_group.items()):
            if filename:
                print("\n%s options:\n" % os.path.normpath(filename), file=file)
            o.sort(key=lambda option: option.name)
            for option in o:
                prefix = self._normalize_name(option.name)
                if option.metavar:
                    prefix += "=" + option.metavar
                description = option.help or ""
                if option.default is not None and option.default != "":
                    description += " (default %s)" % (option.default,)
                lines = _wrap(description, 79 - 35)
                if len(prefix) > 30 or len(lines) == 0:
                    lines.insert(0, "")
                print("  --%-30s %s" % (prefix, lines[0]), file=file)
                for line in lines[1:]:
                    print("%-34s %s" % (" ", line), file=file)
        print(file=file)

    def _help_callback(self, value):
        if value:
            self.print_help()
            sys.exit(0)

    def add_parse_callback(self, callback):
        self._parse_callbacks.append(callback)

    def run_parse_callbacks(self):
        for callback in self._parse_callbacks:
            callback()


_UNSET = object()


class _Mockable:
    """OptionParser.mockable(): mock.patch.object needs attributes it can
    set and delete, which an OptionParser's options are not."""

    def __init__(self, parser):
        object.__setattr__(self, "_parser", parser)
        object.__setattr__(self, "_saved", {})

    def __getattr__(self, name):
        return getattr(self._parser, name)

    def __setattr__(self, name, value):
        if name not in self._saved:
            self._saved[name] = getattr(self._parser, name)
        setattr(self._parser, name, value)

    def __delattr__(self, name):
        setattr(self._parser, name, self._saved.pop(name))


class _Option:
    UNSET = _UNSET

    def __init__(self, name, default=None, type=None, help=None, metavar=None, multiple=False,
                 file_name=None, group_name=None, callback=None):
        if default is None and multiple:
            default = []
        self.name = name
        if type is None:
            raise ValueError("type must not be None")
        self.type = type
        self.help = help
        self.metavar = metavar
        self.multiple = multiple
        self.file_name = file_name
        self.group_name = group_name
        self.callback = callback
        self.default = default
        self._value = _UNSET

    def value(self):
        return self.default if self._value is _UNSET else self._value

    def parse(self, value):
        if self.type is bool:
            _parse = self._parse_bool
        elif self.type is str:
            _parse = self._parse_string
        elif self.type is datetime.datetime:
            _parse = self._parse_datetime
        elif self.type is datetime.timedelta:
            _parse = self._parse_timedelta
        else:
            _parse = self.type
        if self.multiple:
            self._value = []
            for part in value.split(","):
                if self.type is int:
                    lo_str, _, hi_str = part.partition(":")
                    lo = _parse(lo_str)
                    hi = _parse(hi_str) if hi_str else lo
                    self._value.extend(range(lo, hi + 1))
                else:
                    self._value.append(_parse(part))
        else:
            self._value = _parse(value)
        if self.callback is not None:
            self.callback(self._value)
        return self.value()

    def set(self, value):
        if self.multiple:
            if not isinstance(value, list):
                raise Error("Option %r is required to be a list of %s"
                            % (self.name, self.type.__name__))
            for item in value:
                if item is not None and not isinstance(item, self.type):
                    raise Error("Option %r is required to be a list of %s"
                                % (self.name, self.type.__name__))
        else:
            if value is not None and not isinstance(value, self.type):
                raise Error("Option %r is required to be a %s (%s given)"
                            % (self.name, self.type.__name__, type(value)))
        self._value = value
        if self.callback is not None:
            self.callback(self._value)

    # The layouts a date/time option accepts, tried in this order.
    _DATETIME_LAYOUTS = (
        "%a %b %d %H:%M:%S %Y",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y%m%d %H:%M:%S",
        "%Y%m%d %H:%M",
        "%Y-%m-%d",
        "%Y%m%d",
        "%H:%M:%S",
        "%H:%M",
    )

    def _parse_datetime(self, value):
        for layout in self._DATETIME_LAYOUTS:
            try:
                return datetime.datetime.strptime(value, layout)
            except ValueError:
                continue
        raise Error("Unrecognized date/time format: %r" % value)

    # Short unit names; any other unit must be a timedelta keyword.
    _UNIT_NAMES = {"h": "hours", "m": "minutes", "min": "minutes", "s": "seconds",
                   "sec": "seconds", "ms": "milliseconds", "us": "microseconds",
                   "d": "days", "w": "weeks"}
    # One "<number><unit>" term of a duration such as "1h 30m" or "45s".
    _DURATION_TERM = re.compile(
        r"\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(\w*)\s*")

    def _parse_timedelta(self, value):
        total = datetime.timedelta()
        pos = 0
        while pos < len(value):
            m = self._DURATION_TERM.match(value, pos)
            if m is None:
                raise Exception()
            amount = float(m.group(1))
            unit = m.group(2) or "seconds"
            unit = self._UNIT_NAMES.get(unit, unit)
            total += datetime.timedelta(**{unit: amount})
            pos = m.end()
        return total

    def _parse_bool(self, value):
        return value.lower() not in ("false", "0", "f")

    def _parse_string(self, value):
        return _unicode(value)


def _defining_file():
    """The file of the code that called define(): the first frame outside
    this module ("" when this module defines the option itself)."""
    here = _defining_file.__code__.co_filename
    try:
        frame = sys._getframe(1)
    except (AttributeError, ValueError):
        frame = None
    while frame is not None and frame.f_code.co_filename == here:
        frame = frame.f_back
    if frame is None:
        return ""
    return frame.f_code.co_filename


options = OptionParser()


def define(name, default=None, type=None, help=None, metavar=None, multiple=False, group=None,
           callback=None):
    return options.define(name, default=default, type=type, help=help, metavar=metavar,
                          multiple=multiple, group=group, callback=callback)


def parse_command_line(args=None, final=True):
    return options.parse_command_line(args, final=final)


def parse_config_file(path, final=True):
    return options.parse_config_file(path, final=final)


def print_help(file=None):
    return options.print_help(file)


def add_parse_callback(callback):
    options.add_parse_callback(callback)


class _LogOptions:
    """Defines the logging options as coming from tornado/log.py."""

    def __init__(self, parser):
        self._parser = parser

    def define(self, name, **kwargs):
        kwargs["_file_name"] = "tornado/log.py"
        self._parser.define(name, **kwargs)

    def add_parse_callback(self, callback):
        self._parser.add_parse_callback(callback)

    def __getattr__(self, name):
        return getattr(self._parser, name)


define_logging_options(_LogOptions(options))
