nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.extend([4, 6])
nums.insert(0, 10)
nums.insert(100, 11)
nums.insert(-1, 12)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(3), 3 in nums, 99 not in nums)
nums.sort()
print(nums)
nums.reverse()
print(nums, nums[::-1], nums[1:4], nums[-3:], nums[::3])
copy = nums.copy()
copy[0] = -1
print(nums[0], copy[0], nums == copy, nums is nums[:])
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[0]
del nums[-2:]
print(nums)
nums.clear()
print(nums, bool(nums), [] == [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [[1]] * 3)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
shared = [[0] * 3] * 3
shared[1][1] = 5
print(grid, shared)
for bad in [lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1, 2][5], lambda: [1] + (2,), lambda: [1, 2].sort(key=1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
stack = []
for ch in "((a)(b))":
    if ch == "(":
        stack.append(len(stack))
    elif ch == ")":
        stack.pop()
print(stack, list(range(10))[2:8:2], list("abc") * 2, [1, [2, [3]]], len([[]]))
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b, sum([[1], [2]], []), list(map(list, zip(*[[1, 2], [3, 4]]))))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), [x for x in [3, 1, 2] if x > 1], max([[1, 2], [1, 3]]))
