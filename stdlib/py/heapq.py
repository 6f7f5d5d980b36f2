"""Heap queue (priority queue) over plain lists, whirl's own.

The heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2]. The order
in which equal elements come out follows the classic bottom-up sift that
CPython uses, so programs that rely on tie order see the same results.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(name, heap, single=False):
    if not isinstance(heap, list):
        what = 'None' if heap is None else type(heap).__name__
        raise TypeError("%s() argument%s must be list, not %s"
                        % (name, '' if single else ' 1', what))


def _min_first(a, b):
    return a < b


def _max_first(a, b):
    return b < a


def _bubble_up(heap, top, pos, first=_min_first):
    # Move heap[pos] towards the root while it comes before its parent
    # (`first`: smaller for a min-heap, larger for the max-heap helpers).
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        parent = heap[up]
        if not first(item, parent):
            break
        heap[pos] = parent
        pos = up
    heap[pos] = item


def _sink(heap, pos, first=_min_first):
    # Walk the child that comes first up into the hole down to a leaf, then
    # let the displaced item bubble back to its place (fewer comparisons on
    # average).
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not first(heap[child], heap[other]):
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos, first)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list('heappush', heap)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list('heappop', heap, True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _need_list('heapreplace', heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item."""
    _need_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _need_list('heapify', heap, True)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos)


def _heapify_max(heap, /):
    _need_list('_heapify_max', heap, True)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos, _max_first)


def _heappop_max(heap, /):
    _need_list('_heappop_max', heap, True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink(heap, 0, _max_first)
    return largest


def _heapreplace_max(heap, item, /):
    _need_list('_heapreplace_max', heap)
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sink(heap, 0, _max_first)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator).

    Equal elements come out in the order of the inputs they came from.
    """
    # Each entry is [sort key, input number (ties), value, next function];
    # the input number is negated for the max-heap so that earlier inputs
    # still win ties.
    sign = -1 if reverse else 1
    if reverse:
        make_heap, pop_top, replace_top = _heapify_max, _heappop_max, _heapreplace_max
    else:
        make_heap, pop_top, replace_top = heapify, heappop, heapreplace
    entries = []
    for number, iterable in enumerate(iterables):
        step = iter(iterable).__next__
        try:
            value = step()
        except StopIteration:
            continue
        k = value if key is None else key(value)
        entries.append([k, number * sign, value, step])
    make_heap(entries)
    while len(entries) > 1:
        while True:
            entry = entries[0]
            k, number, value, step = entry
            yield value
            try:
                value = step()
            except StopIteration:
                pop_top(entries)
                break
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace_top(entries, entry)
    if entries:
        k, number, value, step = entries[0]
        yield value
        while True:
            try:
                value = step()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        if key is None:
            best = min(iter(iterable), default=missing)
        else:
            best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    # A max-heap of the n best so far. The running counter sits between
    # the key and the value: ties keep input order and values are never
    # compared with each other.
    if key is None:
        kept = [(value, count) for count, value in zip(range(n), it)]
    else:
        kept = [(key(value), count, value) for count, value in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    count = n
    for value in it:
        k = value if key is None else key(value)
        if k < worst:
            _heapreplace_max(kept, (k, count) if key is None else (k, count, value))
            worst = kept[0][0]
            count += 1
    kept.sort()
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        if key is None:
            best = max(iter(iterable), default=missing)
        else:
            best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    # A min-heap of the n best so far; the counter runs downwards so that,
    # sorted in reverse, earlier elements still come first among equals.
    if key is None:
        kept = [(value, count) for count, value in zip(range(0, -n, -1), it)]
    else:
        kept = [(key(value), count, value)
                for count, value in zip(range(0, -n, -1), it)]
    if not kept:
        return kept
    heapify(kept)
    best = kept[0][0]
    count = -n
    for value in it:
        k = value if key is None else key(value)
        if best < k:
            heapreplace(kept, (k, count) if key is None else (k, count, value))
            best = kept[0][0]
            count -= 1
    kept.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in kept]


# The native versions (stdlib/src/heapq.rs), as CPython's C module replaces
# these: a scheduler's pushes and pops are its inner loop. The Python ones
# stay for `import_fresh_module('heapq', blocked=['_heapq'])`, which
# test_heapq uses to test both.
try:
    from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify,
                        _heapify_max, _heappop_max, _heapreplace_max)
except ImportError:
    pass
