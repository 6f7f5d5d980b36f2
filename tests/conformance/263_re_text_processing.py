import re

text = """Contact: alice@example.com, bob.smith@mail.org; phone +1-555-0100 or (555) 010-2000.
Dates: 2024-01-15, 15/02/2024 and 2023-12-31. Prices: $19.99, $5, $1,299.00.
URL: https://www.example.com/path?q=1&lang=en and http://test.org."""
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"\d{4}-\d{2}-\d{2}", text), re.findall(r"(\d{2})/(\d{2})/(\d{4})", text))
print(re.findall(r"\$[\d,]+(?:\.\d\d)?", text))
print([m.group("scheme") + "|" + m.group("host") for m in re.finditer(r"(?P<scheme>https?)://(?P<host>[\w.]+)", text)])
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3.\2.\1", text.splitlines()[1]))
print(re.sub(r"[\w.]+@([\w.]+)", lambda m: "<hidden>@" + m.group(1), text.splitlines()[0]))
print(re.split(r"[;,.]\s*", "a, b; c. d,e"), re.split(r"\s+", "  x  y z "), re.split(r"(\d)", "a1b2c"))
words = re.findall(r"\b[a-zA-Z]+\b", text)
print(len(words), sorted(set(w.lower() for w in words))[:8])
camel = ["camelCaseName", "HTTPServerError", "simple", "getHTTPResponseCode"]
print([re.sub(r"(?<!^)(?=[A-Z])", "_", w).lower() if False else re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", w).lower() for w in camel])
print(re.sub(r"\s+", " ", "  too   many\n\tspaces  ").strip(), re.sub(r"^\s+|\s+$", "", "  trim  "))
pattern = re.compile(r"^(?P<key>\w+)\s*=\s*(?P<value>.*?)\s*$", re.M)
config = "name = whirl\nversion= 0.1\n  bad line\nempty =\ndebug=true  \n"
print({m["key"]: m["value"] for m in pattern.finditer(config)})
print(bool(re.fullmatch(r"[A-Z][a-z]+", "Hello")), bool(re.fullmatch(r"[A-Z][a-z]+", "HeLLo")), re.match(r"\d+", "42abc").group())
print(re.search(r"o", "hello world").span(), [m.start() for m in re.finditer(r"o", "hello world foo")])
print(re.escape("1+1=2"), re.findall(re.escape("a.b"), "a.b axb a.b"), re.compile(r"x", re.I).findall("xXx"))
