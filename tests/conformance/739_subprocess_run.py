# subprocess: run/call/check_call/check_output/getoutput/getstatusoutput with
# pipes, DEVNULL, STDOUT, input, text mode, shell, cwd, env, check, timeout,
# and the errors (missing program, bad cwd, CalledProcessError, TimeoutExpired).
import subprocess, sys
r = subprocess.run(['/bin/echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.stdout, r.stderr, r.returncode)
r = subprocess.run(['echo', 'text'], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run('echo $((1+2)); echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, repr(e.stdout), repr(e.stderr))
r = subprocess.run(['cat'], input=b'piped input\n', capture_output=True)
print(r.stdout)
r = subprocess.run(['cat'], input='text in\r\nline2', capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run('echo out; echo err 1>&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(['echo', 'quiet'], stdout=subprocess.DEVNULL)
print(r)
print(subprocess.check_output(['echo', 'co']))
print(subprocess.check_output('printf "a\\nb"', shell=True, text=True).split())
try:
    subprocess.check_output(['false'])
except subprocess.CalledProcessError as e:
    print(e, e.cmd, e.output)
try:
    subprocess.run(['sh', '-c', 'exit 2'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.call(['true']), subprocess.call(['sh', '-c', 'exit 5']))
print(subprocess.check_call(['true']))
try: subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e: print(e)
print(subprocess.getoutput('echo hi; echo there'))
print(subprocess.getstatusoutput('echo bad; exit 7'))
try:
    subprocess.run(['/nonexistent/program'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(['no-such-command-xyz'])
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['ls'], cwd='/nonexistent_dir')
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
r = subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True); print(r.stdout.strip())
r = subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': '/bin:/usr/bin'}, capture_output=True, text=True); print(r.stdout)
