# re with lone surrogates in the pattern, as characters or as escapes.
import re
s = 'a\ud800b\udcffc\U0001f600\ue000'
print(ascii(re.findall('\ud800', s)), ascii(re.findall(r'\ud800', s)), ascii(re.findall(r'[\ud800-\udfff]', s)))
print(ascii(re.findall(r'[^\x00-\x7f]', s)), ascii(re.sub(r'[\udc80-\udcff]', '?', s)))
print(ascii(re.findall(r'[\u0000-\uffff]', s)), ascii(re.findall(r'[\ud7ff-\ue000]', s)))
print(ascii(re.findall(r'[\U00010000-\U0010ffff]', s)), ascii(re.findall('.', s)))
print(re.escape('\ud800') == '\ud800', ascii(re.split('\udcff', s)))
print(ascii(re.findall(r'\U0010ffff|\udcff', s)), ascii(re.match(r'a(\ud800)', s).group(1)))
print(ascii(re.search(r'\w+', '\ud800abc').group()), ascii(re.findall(r'\W', s)))
print(ascii(re.fullmatch(r'[\ud800-\udbff][\udc00-\udfff]', '\ud83d\ude00').group()))
