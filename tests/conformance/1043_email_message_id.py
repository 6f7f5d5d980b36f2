# Message-ID headers read by the token-tree parser: valid ids, obsolete
# forms, defects, invalid ids kept as unstructured text, and folding.
from email import policy
from email import _header_value_parser as parser
import email

h = policy.default.header_factory
for value in [
    '<abc.def@example.com>',
    '  <abc.def@example.com>  ',
    '(comment) <abc@example.com> (another)',
    '<abc@[127.0.0.1]>',
    '<"quoted"@example.com>',
    '<abc. def@example.com>',
    '<abc@example .com>',
    '<abc>',
    '<abc@example.com',
    '<abc@example.com> extra',
    'abc@example.com',
    'garbage',
    '',
    '<ünï@example.com>',
    '<' + 'x' * 80 + '@example.com>',
]:
    t = h('Message-ID', value)
    print(repr(value), repr(str(t)))
    print('  defects:', [(type(d).__name__, str(d)) for d in t.defects])
    print('  fold:', repr(t.fold(policy=policy.default)))
    print('  w30:', repr(t.fold(policy=policy.default.clone(max_line_length=30))))

tree = parser.parse_message_id('<left.part@right.part>')
print(tree.token_type, [x.token_type for x in tree], repr(str(tree)))
msg_id, rest = parser.get_msg_id('<a@b> tail')
print(repr(str(msg_id)), repr(rest))
try:
    parser.get_msg_id('no angle')
except Exception as e:
    print(type(e).__name__, e)

m = email.message_from_string(
    'Message-ID: <1234@local.machine.example>\nSubject: x\n\nbody\n',
    policy=policy.default)
print(repr(m['message-id']), m['message-id'].defects)
print(repr(m.as_string()))
m2 = email.message.EmailMessage()
m2['Message-ID'] = email.utils.make_msgid(domain='example.com',
                                          idstring='fixed').split('.')[0] + '@example.com>'
print(m2['Message-ID'].startswith('<'), m2['Message-ID'].defects)
