def cmd_add(args):
    return sum(map(float, args))


def cmd_upper(args):
    return " ".join(args).upper()


def cmd_count(args):
    return {a: args.count(a) for a in sorted(set(args))}


def cmd_help(args):
    return "commands: " + ", ".join(sorted(COMMANDS))


COMMANDS = {"add": cmd_add, "upper": cmd_upper, "count": cmd_count, "help": cmd_help}


def dispatch(line):
    name, *args = line.split()
    try:
        handler = COMMANDS[name]
    except KeyError:
        return "unknown command %r" % name
    try:
        return handler(args)
    except ValueError as e:
        return "error: %s" % e


for line in ["add 1 2 3.5", "upper hello world", "count a b a c a", "help", "frob x", "add 1 x"]:
    print(line, "=>", dispatch(line))


class Shell:
    def do_greet(self, arg):
        return "hello " + (arg or "stranger")

    def do_exit(self, arg):
        return None

    def default(self, line):
        return "*** unknown syntax: " + line

    def onecmd(self, line):
        cmd, _, arg = line.partition(" ")
        method = getattr(self, "do_" + cmd, None)
        if method is None:
            return self.default(line)
        return method(arg)


sh = Shell()
for line in ["greet bob", "greet", "exit", "dance now"]:
    print(repr(sh.onecmd(line)))
print(sorted(n for n in dir(sh) if n.startswith("do_")))
