"""difflib, whirl's own: SequenceMatcher (Ratcliff/Obershelp matching with
CPython's junk and "popular element" rules), Differ/ndiff (the `- + ?`
line comparison unittest prints) and unified_diff.

The matching rules follow CPython's documented behaviour so that the hint
lines (`?   ^`) come out the same."""

__all__ = ["SequenceMatcher", "Differ", "ndiff", "unified_diff", "IS_CHARACTER_JUNK",
           "IS_LINE_JUNK", "Match", "get_close_matches"]

from collections import namedtuple

Match = namedtuple("Match", "a b size")


class SequenceMatcher:
    def __init__(self, isjunk=None, a="", b="", autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Where each element of b occurs; junk and (for long sequences)
        # very frequent elements are left out of the index.
        where = {}
        for pos, elt in enumerate(self.b):
            where.setdefault(elt, []).append(pos)
        junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, positions in list(where.items()):
                if len(positions) > limit:
                    popular.add(elt)
                    del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_len = alo, blo, 0
        run_ending = {}
        for i in range(alo, ahi):
            next_runs = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run_ending.get(j - 1, 0) + 1
                next_runs[j] = k
                if k > best_len:
                    best_i, best_j, best_len = i - k + 1, j - k + 1, k
            run_ending = next_runs
        # Grow the match over equal elements left out of the index: first
        # the popular (non-junk) ones, then the junk ones.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_len += 1
            while (best_i + best_len < ahi and best_j + best_len < bhi
                   and (b[best_j + best_len] in junk) == want_junk
                   and a[best_i + best_len] == b[best_j + best_len]):
                best_len += 1
        return Match(best_i, best_j, best_len)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
            else:
                if cur_k:
                    merged.append(Match(cur_i, cur_j, cur_k))
                cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append(Match(cur_i, cur_j, cur_k))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(("replace", i, ai, j, bj))
            elif i < ai:
                ops.append(("delete", i, ai, j, bj))
            elif j < bj:
                ops.append(("insert", i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(("equal", ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        codes = list(codes)
        if codes[0][0] == "equal":
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == "equal":
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal" and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == "equal"):
            yield group

    def ratio(self):
        matched = sum(size for _, _, size in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matched = 0
        for elt in self.a:
            n = left.get(elt, 0)
            if n > 0:
                matched += 1
            left[elt] = n - 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


def IS_LINE_JUNK(line, pat=None):
    return line.strip() in ("", "#")


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if n <= 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    scored.sort(key=lambda t: t, reverse=True)
    return [x for _, x in scored[:n]]


class Differ:
    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        lines = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in lines.get_opcodes():
            if tag == "replace":
                yield from self._similar_lines(a, alo, ahi, b, blo, bhi)
            elif tag == "delete":
                yield from self._tagged("-", a, alo, ahi)
            elif tag == "insert":
                yield from self._tagged("+", b, blo, bhi)
            else:
                yield from self._tagged(" ", a, alo, ahi)

    def _tagged(self, tag, lines, lo, hi):
        for k in range(lo, hi):
            yield "%s %s" % (tag, lines[k])

    def _replace_block(self, a, alo, ahi, b, blo, bhi):
        # The shorter side first, as CPython's ndiff prints it.
        if bhi - blo < ahi - alo:
            yield from self._tagged("+", b, blo, bhi)
            yield from self._tagged("-", a, alo, ahi)
        else:
            yield from self._tagged("-", a, alo, ahi)
            yield from self._tagged("+", b, blo, bhi)

    def _similar_lines(self, a, alo, ahi, b, blo, bhi):
        # Find the most alike pair of lines (ratio above 0.75): it is
        # shown with `?` hint lines, the blocks around it recursively.
        best, cutoff = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            chars.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(ai)
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < cutoff:
            if same_i is None:
                yield from self._replace_block(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
        else:
            same_i = None
        yield from self._around(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if same_i is None:
            amarks = []
            bmarks = []
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                if tag == "replace":
                    amarks.append("^" * (i2 - i1))
                    bmarks.append("^" * (j2 - j1))
                elif tag == "delete":
                    amarks.append("-" * (i2 - i1))
                elif tag == "insert":
                    bmarks.append("+" * (j2 - j1))
                else:
                    amarks.append(" " * (i2 - i1))
                    bmarks.append(" " * (j2 - j1))
            yield from self._with_hints(aline, bline, "".join(amarks), "".join(bmarks))
        else:
            yield "  " + aline
        yield from self._around(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _around(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._similar_lines(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._tagged("-", a, alo, ahi)
        elif blo < bhi:
            yield from self._tagged("+", b, blo, bhi)

    def _with_hints(self, aline, bline, amarks, bmarks):
        amarks = _tabs_kept(aline, amarks).rstrip()
        bmarks = _tabs_kept(bline, bmarks).rstrip()
        yield "- " + aline
        if amarks:
            yield "? %s\n" % amarks
        yield "+ " + bline
        if bmarks:
            yield "? %s\n" % bmarks


def _tabs_kept(line, marks):
    # Whitespace under unchanged characters stays as in the line, so the
    # marks still line up when the line has tabs.
    out = []
    for c, m in zip(line, marks):
        out.append(c if m == " " and c.isspace() else m)
    return "".join(out)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def _range_text(start, stop):
    begin = start + 1
    length = stop - start
    if length == 1:
        return "%d" % begin
    if not length:
        begin -= 1
    return "%d,%d" % (begin, length)


def unified_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3, lineterm="\n"):
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fdate = "\t" + fromfiledate if fromfiledate else ""
            tdate = "\t" + tofiledate if tofiledate else ""
            yield "--- %s%s%s" % (fromfile, fdate, lineterm)
            yield "+++ %s%s%s" % (tofile, tdate, lineterm)
        first, last = group[0], group[-1]
        yield "@@ -%s +%s @@%s" % (_range_text(first[1], last[2]), _range_text(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in a[i1:i2]:
                    yield " " + line
                continue
            if tag in ("replace", "delete"):
                for line in a[i1:i2]:
                    yield "-" + line
            if tag in ("replace", "insert"):
                for line in b[j1:j2]:
                    yield "+" + line
