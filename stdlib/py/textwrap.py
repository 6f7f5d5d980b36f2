"""Text wrapping and filling, whirl's own.

Lines break where CPython's textwrap breaks them: the text is cut into
chunks (runs of whitespace, words, the pieces of hyphenated words, em-dashes)
and chunks are packed greedily into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace here, not every Unicode space.
_whitespace = '\t\n\x0b\x0c\r '


def _is_space(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, j):
    # Two or more '-' at j, followed by a word character.
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k]), k


def _split_on_hyphens(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_space(c):
            j = i + 1
            while j < n and _is_space(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]):
            ok, k = _dashes_then_word(text, i)
            if ok:
                chunks.append(text[i:k])
                i = k
                continue
        # The shortest run of non-space characters that ends a word: after
        # a hyphen inside a word, before whitespace or the end, or before
        # an em-dash.
        j = i + 1
        while True:
            if j < n and text[j] == '-' and _hyphen_breaks(text, j):
                j += 1
                break
            if j >= n or _is_space(text[j]):
                break
            if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j)[0]:
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _hyphen_breaks(text, j):
    # text[j] == '-': break after it when two letters precede it (or
    # letter-letter-hyphen-letter), and a letter, maybe a hyphen, and a
    # letter follow it.
    n = len(text)
    before = (j >= 2 and _is_letter(text[j - 1]) and _is_letter(text[j - 2])) or (
        j >= 3 and _is_letter(text[j - 1]) and text[j - 2] == '-'
        and _is_letter(text[j - 3]))
    if not before:
        return False
    k = j + 1
    if k >= n or not _is_letter(text[k]):
        return False
    k += 1
    if k < n and text[k] == '-':
        if k + 1 < n and _is_letter(text[k + 1]):
            return True
    return k < n and _is_letter(text[k])


def _split_on_spaces(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = _is_space(text[i])
        j = i + 1
        while j < n and _is_space(text[j]) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then '.', '!' or '?', then maybe a quote, at the
    # end of the chunk.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_spaces(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            cut = room
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > room:
                # Prefer cutting just after a hyphen that fits, if the word
                # is not only hyphens up to there.
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            line = []
            used = 0
            prefix = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(prefix)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if used + size <= width:
                    line.append(chunks.pop())
                    used += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, used, width)
                used = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                del line[-1]
            if not line:
                continue
            last_allowed = (
                self.max_lines is None
                or len(lines) + 1 < self.max_lines
                or ((not chunks
                     or self.drop_whitespace and len(chunks) == 1
                     and not chunks[0].strip())
                    and used <= width))
            if last_allowed:
                lines.append(prefix + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(prefix + ''.join(line))
                    break
                used -= len(line[-1])
                del line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(prefix + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            # Lines of only blanks and tabs become empty.
            lines[i] = ''
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
