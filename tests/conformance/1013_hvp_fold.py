# email._header_value_parser: folding token trees into lines
# (TokenList.fold), with encoded words for text that is not ASCII.
from email import _header_value_parser as p
from email import policy

pol = policy.default
narrow = pol.clone(max_line_length=40)
for text in ["This is a test",
             "This is also a test, but this time there are enough words "
             "(and even some symbols) to make it wrap; at least in theory.",
             "hübsch kleiner beißt",
             "Mein kleiner Kaktus ist sehr hübsch.  Es hat viele Stacheln "
             "und oft beißt mich.",
             "Mein Kaktus ist hübsch.  Es beißt mich.  And that's all I'm "
             "sayin.",
             'xxx   ' + 'y' * 77, 'xxx   ' + 'y' * 80,
             'ünïcödé ' * 12]:
    print(repr(p.get_unstructured(text).fold(policy=pol)))
    print(repr(p.get_unstructured(text).fold(policy=narrow)))

for text in ['abc <xyz@example.com>',
             'abc <xyz@example.com>, "Fred Blunt" <sharp@example.com>, '
             '"J.P.Cool" <hot@example.com>, "K<>y" <key@example.com>, '
             'Firesale <cheap@example.com>, <end@example.com>',
             'Hübsch Kaktus <beautiful@example.com>, '
             'beißt beißt <biter@example.com>',
             '"Hübsch Kaktus" <beautiful@example.com>, '
             '"beißt" beißt <biter@example.com>',
             'x' * 66 + '@example.com, "Hübsch Kaktus" <beautiful@example.com>',
             '"' + '.' * 79 + '" <xyz@example.com>, "Hübsch Kaktus" '
             '<beautiful@example.com>']:
    print(repr(p.get_address_list(text)[0].fold(policy=pol)))

body = p.get_unstructured('   ' + 'x' * 77)
header = p.Header([
    p.HeaderLabel([p.ValueTerminal('test:', 'atext')]),
    p.CFWSList([p.WhiteSpaceTerminal(' ', 'fws')]), body])
print(repr(header.fold(policy=pol)))

print(repr(p.parse_content_disposition_header(
    'attachment; filename="TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST'
    '_TEST_TEST_TES.txt"').fold(policy=pol)))
print(repr(p.parse_content_type_header(
    'text/plain; charset="utf-8"; name="' + 'n' * 90 + '"').fold(policy=pol)))
print(repr(p.parse_content_disposition_header(
    'attachment; filename="été.txt"').fold(policy=pol)))
print(repr(p.parse_message_id('<' + 'm' * 90 + '@example.com>').fold(
    policy=pol)))
print(p.get_unstructured('a b').ppstr())
