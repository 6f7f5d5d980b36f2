# email._header_value_parser: odd and malformed header values (a fixed
# sample of random strings over the characters that matter to the
# grammar) through the readers and the folder: the same tokens, values,
# defects, parameters and folded lines as CPython, and never a crash.
from email import _header_value_parser as p
from email import errors
from email import policy

INPUTS = ["@,=?@'", 'b?=]b=?%b\x01>b', "utf-8''*0*.utf-8''\t?=]", '%/(*', ':"', "',<)=<", ']\n"a@b.c', ':<>==é:<\x01=', '=a=?*b\x01\x01hübscha@b.c', 'é"];', ',\\*0*%=?utf-8?q?x?=*?=x.y', 'hübsch\\\\yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\t.\x01,yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', ")%a@b.c/a'>=?utf-8?q?x?=<", '=? a[?=', '*[])=?@?=b', '\'*%utf-8\'\'"?=', '\x01a>a@b.c=?utf-8?b?w6k=?=//=?utf-8?b?w6k=?=*0* ', '\x01é,%utf-8\'\'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy)"a@b.c', ']éé*.*0*=?a@b.c,', "x.y/'((", '\n\t@ =?utf-8?b?w6k=?=', "\\>=?=?utf-8''.", "';.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy=?a@b.c;\\\\*", '%>yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\\*/a@b.c', ':"=?utf-8?q?x?=>;', "'utf-8''\n(", '=?utf-8?b?w6k=?=\t@:yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\x01x.y%[a@b.c', '\t]*0*', '\té', '?=,=?utf-8?b?w6k=?=(x.y@', '\\*0*', '*0* a', "utf-8''\x01a@b.chübsch>", 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy=?utf-8?q?x?=@[yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy[hübscha@b.c=\n', 'é?=', '\n\\;', '\\>>', "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy=utf-8'':@\n']@[", '?==?utf-8?q?x?==?x.y', ' [)', '>>a<\\\t', '=b *0*', 'é\x01yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyé*', '" .x.y.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy]]', '.=?utf-8?b?w6k=?=@;/', ')', ',', 'a@b.cyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'é "]=?a@b.c\'', '?=/,yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', '?=\n)', '?=<(@é<byyyyyyyyyyyyyyyyyyyyyyyyyyyyyy>é', '%("utf-8\'\'\x01%"', '\\hübsch', 'b)=?utf-8?b?w6k=?=*"*0*\'%%>', '\x01<:\n', '?=*a@b.ca@b.chübsch(>b', "x.y=?utf-8?b?w6k=?=éx.y('hübsch", "[utf-8''/ ", '"x.y*0*yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', "*;a@b.c'", "=?a@b.c>'?=*@\n=?utf-8?q?x?=*", '=[', "'*0*x.y]?=/'", 'hübsch[ax.y ', "\\=?utf-8?b?w6k=?=(a@b.c=?utf-8?b?w6k=?=[)utf-8''\\", '\x01@*0*b', "'>=?utf-8?b?w6k=?=", "a=? ,utf-8''=?=", 'hübsch[éé(\t*0*.\\:']

READERS = ['get_address_list', 'get_unstructured', 'parse_content_type_header',
           'parse_content_disposition_header', 'parse_message_id',
           'parse_mime_version', 'get_mailbox', 'get_local_part',
           'parse_content_transfer_encoding_header']
POLICIES = [policy.default, policy.default.clone(max_line_length=30),
            policy.SMTPUTF8]

for text in INPUTS:
    print(repr(text))
    for name in READERS:
        try:
            result = getattr(p, name)(text)
        except errors.HeaderParseError as e:
            print('  ', name, 'HeaderParseError')
            continue
        tok, rest = result if isinstance(result, tuple) else (result, None)
        print('  ', name, tok.token_type, repr(str(tok)), repr(tok.value),
              repr(rest), [type(d).__name__ for d in tok.all_defects])
        if name in ('parse_content_type_header',
                    'parse_content_disposition_header'):
            print('     params', list(tok.params))
        if name in ('get_address_list', 'get_unstructured',
                    'parse_content_type_header'):
            for pol in POLICIES:
                print('     fold', repr(tok.fold(policy=pol)))
