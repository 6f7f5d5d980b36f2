# email address headers (To/From/Cc/Sender/...) read by the token-tree
# parser: groups, quoted names, encoded words, comments, obsolete forms and
# defects; .groups/.addresses, str(), and the parse tree's pieces.
from email import policy
from email import _header_value_parser as parser
from email.headerregistry import Address, Group

h = policy.default.header_factory


def show(name, value):
    print(repr(value))
    try:
        t = h(name, value)
    except Exception as e:
        print('  ', type(e).__name__, e)
        return
    print('  str:', repr(str(t)))
    print('  defects:', [(type(d).__name__, str(d)) for d in t.defects])
    for g in t.groups:
        print('  group', repr(g.display_name),
              [(a.display_name, a.username, a.domain) for a in g.addresses])
    print('  addresses:', [str(a) for a in t.addresses])


for value in [
    'fred@example.com',
    'Fred Bloggs <fred@example.com>',
    '"Bloggs, Fred" <fred@example.com>, "Jane \\"JJ\\" Doe" <jane@x.org>',
    'Fred . Bloggs <fred@example.com>',
    'friends: a@b.c, "B B" <b@b.c>;, solo@x.y',
    'empty group:;, undisclosed-recipients:;',
    'grp: (only a comment);',
    '(lead) Fred (mid) <fred (in) @ example.com> (trail)',
    '=?utf-8?q?J=C3=B6rg_M=C3=BCller?= <jm@example.de>',
    '=?iso-8859-1?q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>',
    '"=?utf-8?q?not_decoded_in_quotes?=" <q@x>',
    'Pepé <pepe@example.com>',
    '<@route1,@route2:user@host.org>',
    '"quoted local"@example.com',
    'user@[192.168.0.1]',
    'a@b, , c@d',
    ', a@b',
    'a@b,',
    'bad@@example.com',
    'no-domain',
    '<missing-end@x.org',
    'Name <addr@x.org> junk, b@c',
    'a@b; c@d',
    'grp: a@b',
    'grp: a@b; trailing',
    '"unterminated <a@b>',
    'x@y (unterminated comment',
    '',
    '   ',
]:
    show('To', value)

# Sender is a single address.
s = h('Sender', 'One <one@x.org>')
print(s.address, repr(s.address))
try:
    h('Sender', 'a@b, c@d').address
except ValueError as e:
    print(type(e).__name__, e)

# Header values given as objects.
t = h('To', [Address('Jöe Q. Public', 'joe', 'example.com'),
             Group('grp', [Address(addr_spec='a@b.c'), Address('x', 'y', 'z')]),
             Group('nobody')])
print(repr(str(t)), t.defects, len(t.addresses))
print(repr(str(h('Cc', Address('A, B', 'ab', 'x.org')))))

# The parse tree's view of an address list.
al, rest = parser.get_address_list(
    'Ann (x) <ann@a.org>, team: bob@b.org, "C" <c@c.org>;, bad@@x')
print(repr(rest), [a.token_type for a in al.addresses])
for mb in al.all_mailboxes:
    print(' ', mb.token_type, repr(mb.display_name), repr(mb.local_part),
          repr(mb.domain), repr(mb.addr_spec))
print([type(d).__name__ for d in al.all_defects])
print(repr(str(al)), repr(al.value))
