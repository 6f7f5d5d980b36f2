PROGRAM = """
push 10
push 20
add
dup
push 3
mul
swap
sub
print
push 1
store x
label loop
load x
print
load x
push 2
mul
store x
load x
push 100
lt
jmpif loop
push 99
halt
"""


def run(source, trace=False):
    code = [line.split() for line in source.strip().splitlines()]
    labels = {ins[1]: i for i, ins in enumerate(code) if ins[0] == "label"}
    stack, env, pc, steps, out = [], {}, 0, 0, []
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "lt": lambda a, b: int(a < b)}
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "print":
            out.append(stack.pop())
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "jmpif":
            if stack.pop():
                pc = labels[args[0]]
        elif op == "label":
            pass
        elif op == "halt":
            break
        else:
            raise RuntimeError("unknown op %r" % op)
    return out, stack, env, steps


out, stack, env, steps = run(PROGRAM)
print(out, stack, env, steps)
try:
    run("push 1\nfrobnicate")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run("add")
except IndexError as e:
    print("IndexError:", e)
try:
    run("load y")
except KeyError as e:
    print("KeyError:", e)
