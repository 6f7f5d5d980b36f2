# signal: Python handlers run between bytecodes (after raise_signal, during
# a sleep woken by a timer), SIG_DFL/SIG_IGN, getsignal, the Signals enum,
# SIGINT's default handler, errors.
import signal
import time

print(signal.SIGINT, repr(signal.SIGINT), signal.Signals(15), signal.SIGTERM.name)
print(repr(signal.Signals['SIGUSR1']), signal.SIGIOT is signal.SIGABRT, signal.SIGCLD)
print(signal.SIG_DFL, repr(signal.SIG_IGN), int(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGPIPE)))
print(isinstance(signal.SIGHUP, int), signal.SIGRTMIN, signal.SIGRTMAX)

calls = []


def handler(signum, frame):
    calls.append(signum)
    print('handler got', signum, type(signum).__name__)


old = signal.signal(signal.SIGUSR1, handler)
print('old', repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal', calls)
for i in range(3):
    signal.raise_signal(signal.SIGUSR1)
print('three more', len(calls))

print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)
print('ignored', len(calls), repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

for bad in (0, 65, -1, 1000):
    try:
        signal.signal(bad, handler)
    except ValueError as e:
        print('ValueError', e)
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in (5, 'x', None):
    try:
        signal.signal(signal.SIGUSR2, bad)
    except TypeError as e:
        print('TypeError', e)
for sig in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(sig, handler)
    except OSError as e:
        print(type(e).__name__, e)


def on_alarm(signum, frame):
    print('timer fired', signal.Signals(signum).name)


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
print('sleep finished')
print(signal.alarm(0))

signal.signal(signal.SIGINT, lambda n, f: print('SIGINT handled', n))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))


def boom(signum, frame):
    raise RuntimeError('raised from a handler')


signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print('caught', e)


# A handler runs inside a loop, between its instructions.
seen = []
signal.signal(signal.SIGUSR2, lambda n, f: seen.append('in loop'))
total = 0
for i in range(1000):
    if i == 10:
        signal.raise_signal(signal.SIGUSR2)
    total += i
print(total, seen)

print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL), signal.strsignal(signal.SIGINT))
print(len(signal.valid_signals()), signal.SIGKILL in signal.valid_signals())
print(signal.Handlers.SIG_DFL is signal.SIG_DFL, list(signal.Sigmasks.__members__))
