"""tornado.template: Tornado's template language, compiled to Python.

A template is text with `{{ expression }}`, `{# comment #}` and
`{% directive %}` tags. Parsing gives a tree of nodes; the tree is written
out as the source of one Python function, `_tt_execute`, which appends
byte strings to a list and joins them; `compile()` turns that source into
code once, and `Template.generate(**names)` runs it in a fresh namespace.
Each generated line ends with a `# name:line` comment naming the template
line it came from (`(via parent:line)` through includes and blocks).

Directives: apply, autoescape, block, break, comment, continue, extends,
for, from, if/elif/else, import, include, module, raw, set,
try/except/else/finally, while, whitespace; `{% end %}` closes a block.
`{{!`, `{%!` and `{#!` stand for the literal `{{`, `{%` and `{#`.

Loaders (`Loader` for a directory, `DictLoader` for a dict) cache compiled
templates and resolve `extends`/`include` names relative to the including
template.
"""

import datetime
import os.path
import posixpath
import re
import threading
from io import StringIO

from tornado import escape
from tornado.log import app_log
from tornado.util import ObjectDict, exec_in

__all__ = ["Template", "BaseLoader", "Loader", "DictLoader", "ParseError", "filter_whitespace"]

_DEFAULT_AUTOESCAPE = "xhtml_escape"


class _UnsetMarker:
    pass


_UNSET = _UnsetMarker()


def filter_whitespace(mode, text):
    """Applies a whitespace mode to text: "all" keeps it, "single" makes
    each run of spaces and tabs one space and each run holding a newline
    one newline, "oneline" makes every run one space."""
    if mode == "all":
        return text
    if mode == "single":
        text = re.sub(r"([\t ]+)", " ", text)
        return re.sub(r"(\s*\n\s*)", "\n", text)
    if mode == "oneline":
        return re.sub(r"(\s+)", " ", text)
    raise Exception("invalid whitespace mode %s" % mode)


class ParseError(Exception):
    """A template that does not parse: the message, the template's name
    and the line."""

    def __init__(self, message, filename=None, lineno=0):
        self.message = message
        self.filename = filename
        self.lineno = lineno

    def __str__(self):
        return "%s at %s:%d" % (self.message, self.filename, self.lineno)


class Template:
    """A compiled template. `generate(**kwargs)` renders it to bytes."""

    def __init__(
        self,
        template_string,
        name="<string>",
        loader=None,
        compress_whitespace=_UNSET,
        autoescape=_UNSET,
        whitespace=None,
    ):
        self.name = escape.native_str(name)
        if compress_whitespace is not _UNSET:
            if whitespace is not None:
                raise Exception("cannot set both whitespace and compress_whitespace")
            whitespace = "single" if compress_whitespace else "all"
        if whitespace is None:
            if loader is not None and loader.whitespace:
                whitespace = loader.whitespace
            elif self.name.endswith(".html") or self.name.endswith(".js"):
                whitespace = "single"
            else:
                whitespace = "all"
        filter_whitespace(whitespace, "")  # an unknown mode fails here
        if autoescape is not _UNSET:
            self.autoescape = autoescape
        elif loader is not None:
            self.autoescape = loader.autoescape
        else:
            self.autoescape = _DEFAULT_AUTOESCAPE
        self.namespace = loader.namespace if loader is not None else {}
        reader = _TemplateReader(self.name, escape.native_str(template_string), whitespace)
        self.file = _File(self, _parse(reader, self))
        self.code = self._generate_python(loader)
        self.loader = loader
        try:
            self.compiled = compile(
                escape.to_unicode(self.code),
                "%s.generated.py" % self.name.replace(".", "_"),
                "exec",
                dont_inherit=True,
            )
        except Exception:
            app_log.error("%s code:\n%s", self.name, _format_code(self.code).rstrip())
            raise

    def generate(self, **kwargs):
        """Runs the template with `kwargs` (and the loader's namespace) as
        its names; returns the output as bytes."""
        namespace = {
            "escape": escape.xhtml_escape,
            "xhtml_escape": escape.xhtml_escape,
            "url_escape": escape.url_escape,
            "json_encode": escape.json_encode,
            "squeeze": escape.squeeze,
            "linkify": escape.linkify,
            "datetime": datetime,
            "_tt_utf8": escape.utf8,
            "_tt_string_types": (str, bytes),
            "__name__": self.name.replace(".", "_"),
            "__loader__": ObjectDict(get_source=lambda name: self.code),
        }
        namespace.update(self.namespace)
        namespace.update(kwargs)
        exec_in(self.compiled, namespace)
        execute = namespace["_tt_execute"]
        return execute()

    def _generate_python(self, loader):
        buffer = StringIO()
        try:
            named_blocks = {}
            ancestors = self._get_ancestors(loader)
            ancestors.reverse()
            for ancestor in ancestors:
                ancestor.find_named_blocks(loader, named_blocks)
            writer = _CodeWriter(buffer, named_blocks, loader, ancestors[0].template)
            ancestors[0].generate(writer)
            return buffer.getvalue()
        finally:
            buffer.close()

    def _get_ancestors(self, loader):
        ancestors = [self.file]
        for chunk in self.file.body.chunks:
            if isinstance(chunk, _ExtendsBlock):
                if not loader:
                    raise ParseError("{% extends %} block found, but no template loader")
                template = loader.load(chunk.name, self.name)
                ancestors.extend(template._get_ancestors(loader))
        return ancestors


class BaseLoader:
    """Loads and caches templates by name; subclasses say where a name's
    text comes from (`_create_template`). `autoescape`, `namespace` and
    `whitespace` apply to every template it loads."""

    def __init__(self, autoescape=_DEFAULT_AUTOESCAPE, namespace=None, whitespace=None):
        self.autoescape = autoescape
        self.namespace = namespace or {}
        self.whitespace = whitespace
        self.templates = {}
        # Templates load other templates (extends, include) while loading:
        # a reentrant lock keeps the cache whole across threads.
        self.lock = threading.RLock()

    def reset(self):
        """Forgets the compiled templates."""
        with self.lock:
            self.templates = {}

    def resolve_path(self, name, parent_path=None):
        """The name of template `name` referred to from `parent_path`."""
        raise NotImplementedError()

    def load(self, name, parent_path=None):
        """The Template `name` (relative to `parent_path`), compiled once."""
        name = self.resolve_path(name, parent_path=parent_path)
        with self.lock:
            if name not in self.templates:
                self.templates[name] = self._create_template(name)
            return self.templates[name]

    def _create_template(self, name):
        raise NotImplementedError()


class Loader(BaseLoader):
    """Loads templates from files under a root directory."""

    def __init__(self, root_directory, **kwargs):
        super().__init__(**kwargs)
        self.root = os.path.abspath(root_directory)

    def resolve_path(self, name, parent_path=None):
        if parent_path and not parent_path.startswith("<") and not parent_path.startswith("/") and not name.startswith("/"):
            current_path = os.path.join(self.root, parent_path)
            file_dir = os.path.dirname(os.path.abspath(current_path))
            relative_path = os.path.abspath(os.path.join(file_dir, name))
            if relative_path.startswith(self.root):
                name = relative_path[len(self.root) + 1:]
        return name

    def _create_template(self, name):
        path = os.path.join(self.root, name)
        with open(path, "rb") as f:
            return Template(f.read(), name=name, loader=self)


class DictLoader(BaseLoader):
    """Loads templates from a dict of name to text."""

    def __init__(self, dict, **kwargs):
        super().__init__(**kwargs)
        self.dict = dict

    def resolve_path(self, name, parent_path=None):
        if parent_path and not parent_path.startswith("<") and not parent_path.startswith("/") and not name.startswith("/"):
            file_dir = posixpath.dirname(parent_path)
            name = posixpath.normpath(posixpath.join(file_dir, name))
        return name

    def _create_template(self, name):
        return Template(self.dict[name], name=name, loader=self)


# ----- the tree -----


class _Node:
    def each_child(self):
        return ()

    def generate(self, writer):
        raise NotImplementedError()

    def find_named_blocks(self, loader, named_blocks):
        for child in self.each_child():
            child.find_named_blocks(loader, named_blocks)


class _File(_Node):
    def __init__(self, template, body):
        self.template = template
        self.body = body
        self.line = 0

    def generate(self, writer):
        writer.write_line("def _tt_execute():", self.line)
        with writer.indent():
            writer.write_line("_tt_buffer = []", self.line)
            writer.write_line("_tt_append = _tt_buffer.append", self.line)
            self.body.generate(writer)
            writer.write_line("return _tt_utf8('').join(_tt_buffer)", self.line)

    def each_child(self):
        return (self.body,)


class _ChunkList(_Node):
    def __init__(self, chunks):
        self.chunks = chunks

    def generate(self, writer):
        for chunk in self.chunks:
            chunk.generate(writer)

    def each_child(self):
        return self.chunks


class _NamedBlock(_Node):
    def __init__(self, name, body, template, line):
        self.name = name
        self.body = body
        self.template = template
        self.line = line

    def each_child(self):
        return (self.body,)

    def generate(self, writer):
        # The most derived template's version of the block, written with
        # the autoescape setting of the template that defines it.
        block = writer.named_blocks[self.name]
        with writer.include(block.template, self.line):
            block.body.generate(writer)

    def find_named_blocks(self, loader, named_blocks):
        named_blocks[self.name] = self
        _Node.find_named_blocks(self, loader, named_blocks)


class _ExtendsBlock(_Node):
    def __init__(self, name):
        self.name = name


class _IncludeBlock(_Node):
    def __init__(self, name, reader, line):
        self.name = name
        self.template_name = reader.name
        self.line = line

    def find_named_blocks(self, loader, named_blocks):
        included = loader.load(self.name, self.template_name)
        included.file.find_named_blocks(loader, named_blocks)

    def generate(self, writer):
        included = writer.loader.load(self.name, self.template_name)
        with writer.include(included, self.line):
            included.file.body.generate(writer)


class _ApplyBlock(_Node):
    def __init__(self, method, line, body):
        self.method = method
        self.line = line
        self.body = body

    def each_child(self):
        return (self.body,)

    def generate(self, writer):
        method_name = "_tt_apply%d" % writer.apply_counter
        writer.apply_counter += 1
        writer.write_line("def %s():" % method_name, self.line)
        with writer.indent():
            writer.write_line("_tt_buffer = []", self.line)
            writer.write_line("_tt_append = _tt_buffer.append", self.line)
            self.body.generate(writer)
            writer.write_line("return _tt_utf8('').join(_tt_buffer)", self.line)
        writer.write_line("_tt_append(_tt_utf8(%s(%s())))" % (self.method, method_name), self.line)


class _ControlBlock(_Node):
    def __init__(self, statement, line, body):
        self.statement = statement
        self.line = line
        self.body = body

    def each_child(self):
        return (self.body,)

    def generate(self, writer):
        writer.write_line("%s:" % self.statement, self.line)
        with writer.indent():
            self.body.generate(writer)
            # An empty body (or one of only intermediate clauses) needs a
            # statement to be valid Python.
            writer.write_line("pass", self.line)


class _IntermediateControlBlock(_Node):
    def __init__(self, statement, line):
        self.statement = statement
        self.line = line

    def generate(self, writer):
        writer.write_line("pass", self.line)
        writer.write_line("%s:" % self.statement, self.line, writer.indent_size() - 1)


class _Statement(_Node):
    def __init__(self, statement, line):
        self.statement = statement
        self.line = line

    def generate(self, writer):
        writer.write_line(self.statement, self.line)


class _Expression(_Node):
    def __init__(self, expression, line, raw=False):
        self.expression = expression
        self.line = line
        self.raw = raw

    def generate(self, writer):
        writer.write_line("_tt_tmp = %s" % self.expression, self.line)
        writer.write_line(
            "if isinstance(_tt_tmp, _tt_string_types): _tt_tmp = _tt_utf8(_tt_tmp)",
            self.line,
        )
        writer.write_line("else: _tt_tmp = _tt_utf8(str(_tt_tmp))", self.line)
        if not self.raw and writer.current_template.autoescape is not None:
            # The autoescape function may return str: encode it again.
            writer.write_line(
                "_tt_tmp = _tt_utf8(%s(_tt_tmp))" % writer.current_template.autoescape,
                self.line,
            )
        writer.write_line("_tt_append(_tt_tmp)", self.line)


class _Module(_Expression):
    def __init__(self, expression, line):
        super().__init__("_tt_modules." + expression, line, raw=True)


class _Text(_Node):
    def __init__(self, value, line, whitespace):
        self.value = value
        self.line = line
        self.whitespace = whitespace

    def generate(self, writer):
        value = self.value
        # The whitespace mode applies, except to text holding a <pre>
        # (a crude guard for preformatted text, as Tornado's).
        if "<pre>" not in value:
            value = filter_whitespace(self.whitespace, value)
        if value:
            writer.write_line("_tt_append(%r)" % escape.utf8(value), self.line)


# ----- writing code -----


class _CodeWriter:
    def __init__(self, file, named_blocks, loader, current_template):
        self.file = file
        self.named_blocks = named_blocks
        self.loader = loader
        self.current_template = current_template
        self.apply_counter = 0
        self.include_stack = []
        self._indent = 0

    def indent_size(self):
        return self._indent

    def indent(self):
        writer = self

        class Indenter:
            def __enter__(self):
                writer._indent += 1
                return writer

            def __exit__(self, *args):
                assert writer._indent > 0
                writer._indent -= 1

        return Indenter()

    def include(self, template, line):
        self.include_stack.append((self.current_template, line))
        self.current_template = template
        writer = self

        class IncludeTemplate:
            def __enter__(self):
                return writer

            def __exit__(self, *args):
                writer.current_template = writer.include_stack.pop()[0]

        return IncludeTemplate()

    def write_line(self, line, line_number, indent=None):
        if indent is None:
            indent = self._indent
        line_comment = "  # %s:%d" % (self.current_template.name, line_number)
        if self.include_stack:
            ancestors = ["%s:%d" % (tmpl.name, lineno) for (tmpl, lineno) in self.include_stack]
            line_comment += " (via %s)" % ", ".join(reversed(ancestors))
        print("    " * indent + line + line_comment, file=self.file)


def _format_code(code):
    lines = code.splitlines()
    width = len(str(len(lines) + 1))
    return "".join("%*d  %s\n" % (width, i + 1, line) for i, line in enumerate(lines))


# ----- parsing -----


class _TemplateReader:
    """The template text with a read position and the current line."""

    def __init__(self, name, text, whitespace):
        self.name = name
        self.text = text
        self.whitespace = whitespace
        self.line = 1
        self.pos = 0

    def find(self, needle, start=0, end=None):
        assert start >= 0, start
        pos = self.pos
        start += pos
        if end is None:
            index = self.text.find(needle, start)
        else:
            end += pos
            assert end >= start
            index = self.text.find(needle, start, end)
        if index != -1:
            index -= pos
        return index

    def consume(self, count=None):
        if count is None:
            count = len(self.text) - self.pos
        newpos = self.pos + count
        self.line += self.text.count("\n", self.pos, newpos)
        s = self.text[self.pos:newpos]
        self.pos = newpos
        return s

    def remaining(self):
        return len(self.text) - self.pos

    def __len__(self):
        return self.remaining()

    def __getitem__(self, key):
        if isinstance(key, slice):
            size = len(self)
            start, stop, step = key.indices(size)
            start += self.pos
            stop += self.pos
            return self.text[slice(start, stop, step)]
        if key < 0:
            return self.text[key]
        return self.text[self.pos + key]

    def __str__(self):
        return self.text[self.pos:]

    def raise_parse_error(self, msg):
        raise ParseError(msg, self.name, self.line)


# The clauses that continue a block, and the blocks each may continue.
_INTERMEDIATE_BLOCKS = {
    "else": {"if", "for", "while", "try"},
    "elif": {"if"},
    "except": {"try"},
    "finally": {"try"},
}
_LOOP_BLOCKS = ("for", "while")


def _parse(reader, template, in_block=None, in_loop=None):
    body = _ChunkList([])
    while True:
        # Text up to the next tag (`{{`, `{%` or `{#`).
        curly = 0
        while True:
            curly = reader.find("{", curly)
            if curly == -1 or curly + 1 == reader.remaining():
                if in_block:
                    reader.raise_parse_error("Missing {%% end %%} block for %s" % in_block)
                body.chunks.append(_Text(reader.consume(), reader.line, reader.whitespace))
                return body
            if reader[curly + 1] not in ("{", "%", "#"):
                curly += 1
                continue
            # `{{{` and the like: the tag starts at the last brace.
            if (
                curly + 2 < reader.remaining()
                and reader[curly + 1] == "{"
                and reader[curly + 2] == "{"
            ):
                curly += 1
                continue
            break

        if curly > 0:
            cons = reader.consume(curly)
            body.chunks.append(_Text(cons, reader.line, reader.whitespace))

        start_brace = reader.consume(2)
        line = reader.line

        # `{{!`, `{%!`, `{#!`: the tag's opening, literally.
        if reader.remaining() and reader[0] == "!":
            reader.consume(1)
            body.chunks.append(_Text(start_brace, line, reader.whitespace))
            continue

        if start_brace == "{#":
            end = reader.find("#}")
            if end == -1:
                reader.raise_parse_error("Missing end comment #}")
            reader.consume(end).strip()
            reader.consume(2)
            continue

        if start_brace == "{{":
            end = reader.find("}}")
            if end == -1:
                reader.raise_parse_error("Missing end expression }}")
            contents = reader.consume(end).strip()
            reader.consume(2)
            if not contents:
                reader.raise_parse_error("Empty expression")
            body.chunks.append(_Expression(contents, line))
            continue

        # {% directive %}
        assert start_brace == "{%", start_brace
        end = reader.find("%}")
        if end == -1:
            reader.raise_parse_error("Missing end block %}")
        contents = reader.consume(end).strip()
        reader.consume(2)
        if not contents:
            reader.raise_parse_error("Empty block tag ({% %})")

        operator, space, suffix = contents.partition(" ")
        suffix = suffix.strip()

        allowed_parents = _INTERMEDIATE_BLOCKS.get(operator)
        if allowed_parents is not None:
            if not in_block:
                reader.raise_parse_error("%s outside %s block" % (operator, allowed_parents))
            if in_block not in allowed_parents:
                reader.raise_parse_error("%s block cannot be attached to %s block" % (operator, in_block))
            body.chunks.append(_IntermediateControlBlock(contents, line))
            continue

        if operator == "end":
            if not in_block:
                reader.raise_parse_error("Extra {% end %} block")
            return body

        if operator in ("extends", "include", "set", "import", "from", "comment", "autoescape", "whitespace", "raw", "module"):
            if operator == "comment":
                continue
            if operator == "extends":
                suffix = suffix.strip('"').strip("'")
                if not suffix:
                    reader.raise_parse_error("extends missing file path")
                block = _ExtendsBlock(suffix)
            elif operator in ("import", "from"):
                if not suffix:
                    reader.raise_parse_error("import missing statement")
                block = _Statement(contents, line)
            elif operator == "include":
                suffix = suffix.strip('"').strip("'")
                if not suffix:
                    reader.raise_parse_error("include missing file path")
                block = _IncludeBlock(suffix, reader, line)
            elif operator == "set":
                if not suffix:
                    reader.raise_parse_error("set missing statement")
                block = _Statement(suffix, line)
            elif operator == "autoescape":
                fn = suffix.strip()
                if fn == "None":
                    fn = None
                template.autoescape = fn
                continue
            elif operator == "whitespace":
                mode = suffix.strip()
                filter_whitespace(mode, "")  # an unknown mode fails here
                reader.whitespace = mode
                continue
            elif operator == "raw":
                block = _Expression(suffix, line, raw=True)
            else:  # module
                block = _Module(suffix, line)
            body.chunks.append(block)
            continue

        if operator in ("apply", "block", "try", "if", "for", "while"):
            # A loop inside the block makes break/continue legal again;
            # apply starts a new function, where they are not.
            if operator in _LOOP_BLOCKS:
                block_body = _parse(reader, template, operator, operator)
            elif operator == "apply":
                block_body = _parse(reader, template, operator, None)
            else:
                block_body = _parse(reader, template, operator, in_loop)
            if operator == "apply":
                if not suffix:
                    reader.raise_parse_error("apply missing method name")
                block = _ApplyBlock(suffix, line, block_body)
            elif operator == "block":
                if not suffix:
                    reader.raise_parse_error("block missing name")
                block = _NamedBlock(suffix, block_body, template, line)
            else:
                block = _ControlBlock(contents, line, block_body)
            body.chunks.append(block)
            continue

        if operator in ("break", "continue"):
            if not in_loop:
                reader.raise_parse_error("%s outside %s block" % (operator, {"for", "while"}))
            body.chunks.append(_Statement(contents, line))
            continue

        reader.raise_parse_error("unknown operator: %r" % operator)
