# a round-robin scheduler of generator tasks: tasks yield to give up control and return a result
def task(name, steps):
    for i in range(steps):
        print(name, "step", i)
        yield
    return name.upper() + " done"

def spawner():
    print("spawner starts")
    yield
    new_tasks.append(("late", task("late", 2)))
    print("spawner spawned a task")
    yield
    return "spawned"

new_tasks = []

def run(tasks):
    queue = list(tasks)
    results = []
    switches = 0
    while queue:
        name, t = queue.pop(0)
        switches += 1
        try:
            next(t)
        except StopIteration as e:
            results.append((name, e.value))
            continue
        queue.append((name, t))
        while new_tasks:
            queue.append(new_tasks.pop())
    return results, switches

results, switches = run([("a", task("a", 3)), ("b", task("b", 1)), ("s", spawner())])
for r in results:
    print(r)
print("switches", switches)
