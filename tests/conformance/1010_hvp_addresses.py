# email._header_value_parser: address lists, mailboxes, groups and their
# parts (str, value, defects, the attributes a header class reads).
from email import _header_value_parser as p
from email import errors


def defects(tok):
    return [type(d).__name__ for d in tok.all_defects]


def show_mailbox(m):
    print('   ', m.token_type, repr(m.display_name), repr(m.local_part),
          repr(m.domain), repr(m.route), repr(m.addr_spec))


cases = [
    'dinsdale@example.com',
    '"Roy A. Bear" <dinsdale@example.com>, Foo <x@example.com>',
    '(foo) Roy.A.Bear (bar) <dinsdale@example.com> (bird)',
    'Monty Python: x@example.com, "Fred" <y@example.com>;, z@example.com',
    'Monty Python:;',
    'foo: <>;',
    '<@two.example.com,@three.example.com: dinsdale@example.com>',
    'ping example.com, next@example.com',
    '"Roy A. Bear"[] dinsdale@example.com, b@example.com',
    '(Recipient list suppressed)',
    ',, a@b.c ,, (x) , d@e.f',
    '=?utf-8?q?=C3=89ric?= <foo@example.com>',
    'Fred. A.Johnson@python.org',
    '""example" example"@example.com',
    'star.a.star@[127.0.0.1]',
    'Nobody Is. Special <y@(bird)example.(bad)com>',
    'exámple@example.com',
    'Group: a@b.c, d@e.f',
    'a@b.c>junk, d@e.f',
    '<dinsdale@example.com',
]
for text in cases:
    tl, rest = p.get_address_list(text)
    print(repr(text))
    print('  str  ', repr(str(tl)), 'rest', repr(rest))
    print('  value', repr(tl.value))
    print('  defects', defects(tl))
    print('  addresses', len(tl.addresses), [a.display_name for a in tl.addresses])
    for m in tl.all_mailboxes:
        show_mailbox(m)

print('-- single getters')
for fn, text in [
        (p.get_mailbox, '"Roy A. Bear" <dinsdale@example.com>, rest'),
        (p.get_angle_addr, ' (foo) <dinsdale@example.com>(bar), x'),
        (p.get_angle_addr, '<>'),
        (p.get_name_addr, 'Dinsdale <dinsdale@example.com>'),
        (p.get_addr_spec, '(foo) "roy a bug"(bar)@ (bird) example.com (bog) , next'),
        (p.get_group, 'Monty Python: "Fred A. Bear" <dinsdale@example.com>'),
        (p.get_local_part, ' (foo )Fred (bar).(bird) A.(sheep)Johnson."and  dogs "@x'),
        (p.get_local_part, ' borris.(foo).natasha@python.org'),
        (p.get_domain, '(foo) example . (bird)com(bar)\t'),
        (p.get_display_name, 'Fred A.(weird).O Johnson'),
        (p.get_obs_route, '(foo),, (blue)@example.com (bar),@two.(foo) example.com (bird):x'),
]:
    tok, rest = fn(text)
    print(fn.__name__, repr(text))
    print('  ', tok.token_type, repr(str(tok)), repr(tok.value), repr(rest),
          defects(tok))
    for attr in ('display_name', 'local_part', 'domain', 'addr_spec', 'route',
                 'domains'):
        if hasattr(type(tok), attr):
            print('   ', attr, repr(getattr(tok, attr)))

print('-- errors')
for fn, text in [
        (p.get_addr_spec, 'star@a.star@example.com'),
        (p.get_angle_addr, '(foo) <, bar'),
        (p.get_name_addr, 'foo bar'),
        (p.get_name_addr, ' (foo) ,'),
        (p.get_obs_route, '(foo) @example.com,'),
        (p.get_address, ':'),
        (p.get_group, 'no colon'),
        (p.get_local_part, ' (foo) @python.org'),
        (p.get_domain, '  (foo)\t, broken'),
]:
    try:
        fn(text)
        print(fn.__name__, 'no error')
    except errors.HeaderParseError as e:
        print(fn.__name__, repr(text), type(e).__name__, e)
