# email.policy folding of unstructured headers (words wrapped at
# max_line_length; non-ASCII and over-long words as RFC 2047 encoded words,
# merged and split as CPython does), and the parser's defects going
# through the policy (recorded, captured, or raised).
import email
from email import policy, errors
from email.message import EmailMessage

h = policy.default.header_factory
values = [
    'Hello Wörld! Hello Wörld! Hello Wörld! Hello Wörld!Hello Wörld!',
    '123456789 123456789 123456789 123456789 Hello Wörld! 123456789 123456789 123456789',
    'The Éric, Himself', 'Éric', 'á', '', 'x',
    'thisisaverylonglineconsistingofasinglewordthatwontfit',
    'We the willing led by the unknowing are doing the impossible for the ungrateful.',
    'ą' * 12, 'tab\tseparated\twords and  double  spaces',
    'Hello-Wörld!-Hello-Wörld!-Hello-Wörlds123!-Hello Wörld!Hello Wörld!',
]
for value in values:
    for maxlen in (78, 40, 20, 0):
        pol = policy.default.clone(max_line_length=maxlen)
        print(repr(h('Subject', value).fold(policy=pol)))
print(repr(h('Subject', 'Grüße aus Köln').fold(policy=policy.default.clone(utf8=True))))
print(repr(policy.SMTP.fold('Subject', 'a ' * 50)))
try:
    policy.default.clone(max_line_length=10).fold('Subject', 'ééééé')
except errors.HeaderParseError as e:
    print('HeaderParseError', e)

m = EmailMessage()
m['Subject'] = 'Hello Wörld! Hello Wörld! Hello Wörld! Hello Wörld!Hello Wörld!'
m['To'] = 'someone@example.com'
print(bytes(m))
print(str(m))

# Defects found while parsing.
sources = {
    'first line continuation': ' Line 1\nSubject: test\n\nbody',
    'no separator': 'Subject: test\nnot a header\nTo: abc\n\nb\n',
    'no boundary': 'Content-Type: multipart/alternative;\n\nBlah blah\n',
    'no start boundary': 'Content-Type: multipart/mixed; boundary="AAA"\n\nnothing here\n',
    'no close boundary': 'Content-Type: multipart/mixed; boundary="AAA"\n\n--AAA\n\none\n--AAA\n\ntwo\n\n',
    'multipart cte': 'Content-Type: multipart/mixed; boundary="AAA"\nContent-Transfer-Encoding: base64\n\n--AAA\n\none\n--AAA--\n',
}


class Capture(policy.EmailPolicy):
    captured = None

    def register_defect(self, obj, defect):
        self.captured.append(type(defect).__name__)


for name, src in sources.items():
    msg = email.message_from_string(src, policy=policy.default)
    print(name, [type(d).__name__ for d in msg.defects], msg.is_multipart(), msg.keys())
    cap = Capture(captured=[])
    email.message_from_string(src, policy=cap)
    print('  captured', cap.captured)
    try:
        email.message_from_string(src, policy=policy.strict)
        print('  strict: no defect')
    except errors.MessageDefect as e:
        print('  strict raised', type(e).__name__)

for body in ('dmk', 'dg', 'dm\x01k===', 'dm\x01k', 'abcde', 'Zm9v', 'AwDp0P7//y6LwKEAcPa/6Q=9'):
    msg = email.message_from_string(
        'Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n' + body + '\n')
    print(repr(body), msg.get_payload(decode=True), [type(d).__name__ for d in msg.defects])
msg = email.message_from_string('Content-Transfer-Encoding: x-uuencode\n\nbegin 666 -\n+:&5L;&\\@=V]R;&0 \n \nend\n')
print(msg.get_payload(decode=True))
msg = email.message_from_string('Content-Type: message/rfc822\n\nSubject: inner\n\nbody\n')
print(msg.is_multipart(), msg.get_payload(0)['subject'], repr(msg.get_payload(0).get_payload()))
msg = email.message_from_string('Content-Type: message/delivery-status\n\nA: 1\nB: 2\n\nC: 3\n')
print([(p.items(), p.get_payload()) for p in msg.get_payload()])
