def parse(text):
    return int(text)

def load(lines):
    return [parse(x) for x in lines]

def main():
    data = load(["1", "2", "three"])
    print(sum(data))

main()
