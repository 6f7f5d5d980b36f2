from toolz import compose, curry, frequencies, groupby, merge, partition, pipe, sliding_window, take, unique
from toolz.curried import map as cmap
print(frequencies("abracadabra"))
print(groupby(len, ["a", "bb", "cc", "d"]))
print(merge({"a": 1}, {"b": 2}), list(partition(2, range(5))), list(sliding_window(2, [1, 2, 3])))
add = curry(lambda a, b: a + b)
print(pipe(3, add(1), str), compose(str, add(2))(1), list(take(3, unique([1, 1, 2, 3, 4]))))
print(list(cmap(add(10))([1, 2])))
