# tornado.options: define, parse_command_line, defaults, types, multiple values.
from tornado.options import Error, define, options, parse_command_line

define("port", default=8888, help="port to listen on", type=int)
define("debug", default=False, help="debug mode")
define("name", default="server", help="server name")
define("ids", type=int, multiple=True, help="ids to use")
define("ratio", default=0.5, help="a float")
define("tags", type=str, multiple=True)

rest = parse_command_line(["prog", "--port=9000", "--debug", "--ids=1,3:5", "--ratio=2.5",
                           "--tags=a,b", "--logging=none", "file1", "--not-an-option"])
print(options.port, options.debug, options.name, options.ids, options.ratio, options.tags)
print(rest)
print(options["port"], "port" in options, "nope" in options)
options.name = "renamed"
print(options.name)
print(sorted(k for k in options.as_dict() if not k.startswith("log")))
for bad in [["prog", "--port=abc"], ["prog", "--port"], ["prog", "--unknown=1"]]:
    try:
        parse_command_line(bad)
    except Error as e:
        print("Error:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    options.port = "not an int"
except Error as e:
    print("Error:", e)
try:
    options.undefined_option
except AttributeError as e:
    print("AttributeError:", e)
try:
    define("port", default=1)
except Error as e:
    print("Error:", str(e).split(" in ")[0])
