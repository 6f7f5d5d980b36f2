def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)


def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle_encode(s)
    print(repr(s), e, rle_decode(e) == s)


def lz_tokens(text):
    tokens = []
    i = 0
    while i < len(text):
        best = (0, 0)
        for j in range(max(0, i - 20), i):
            k = 0
            while i + k < len(text) and text[j + k] == text[i + k] and k < 15:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            tokens.append(best)
            i += best[1]
        else:
            tokens.append(text[i])
            i += 1
    return tokens


def lz_expand(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            back, n = t
            for _ in range(n):
                out.append(out[-back])
        else:
            out.append(t)
    return "".join(out)


text = "abcabcabcabcxyzxyzabc"
toks = lz_tokens(text)
print(toks, lz_expand(toks) == text, len(toks))
data = "to be or not to be that is the question to be"
toks = lz_tokens(data)
print(len(toks), lz_expand(toks) == data, sum(1 for t in toks if isinstance(t, tuple)))
