import json

company = {
    "name": "Acme",
    "departments": [
        {"name": "eng", "employees": [{"name": "ann", "salary": 120, "skills": ["py", "rust"]}, {"name": "bob", "salary": 100, "skills": ["js"]}]},
        {"name": "ops", "employees": [{"name": "cy", "salary": 90, "skills": ["bash", "py"]}]},
        {"name": "empty", "employees": []},
    ],
}
for dept in company["departments"]:
    staff = dept["employees"]
    payroll = sum(e["salary"] for e in staff)
    avg = payroll / len(staff) if staff else 0
    print("%-6s %d people payroll=%d avg=%.1f" % (dept["name"], len(staff), payroll, avg))
everyone = [e for d in company["departments"] for e in d["employees"]]
print(sorted(e["name"] for e in everyone), max(everyone, key=lambda e: e["salary"])["name"])
skills = {}
for e in everyone:
    for s in e["skills"]:
        skills.setdefault(s, []).append(e["name"])
print(dict(sorted(skills.items())))


def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, path + "/" + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, "%s[%d]" % (path, i))
    else:
        yield path, obj


leaves = list(walk(company))
print(len(leaves), leaves[:4])


def get(obj, path, default=None):
    for part in path.split("."):
        try:
            obj = obj[int(part)] if isinstance(obj, list) else obj[part]
        except (KeyError, IndexError, ValueError):
            return default
    return obj


print(get(company, "departments.0.employees.1.name"), get(company, "departments.5.name", "?"), get(company, "name"))
copy = json.loads(json.dumps(company))
copy["departments"][0]["employees"][0]["salary"] = 999
print(company["departments"][0]["employees"][0]["salary"], copy == company)
