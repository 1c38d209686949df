// arrays.fun: array helpers. All functions return new arrays unless noted.
// Equality is the language's == (numeric across Int/Float, structural for
// arrays and maps, docs/rulings.md D7). Yes/no answers are Booleans (D6a).

// Copy of at most `count` elements starting at `start`, clamped to the array.
fun array_slice(arr, start, count)
  n = len(arr)
  if start < 0
    start = 0
  if count < 0
    count = 0
  out = []
  i = start
  while i < n && i < start + count
    push(out, arr[i])
    i += 1
  return out

fun array_reverse(arr)
  out = []
  i = len(arr) - 1
  while i >= 0
    push(out, arr[i])
    i -= 1
  return out

fun array_concat(a, b)
  out = []
  for x in a
    push(out, x)
  for x in b
    push(out, x)
  return out

fun array_index_of(arr, v)
  n = len(arr)
  for i in range(0, n)
    if arr[i] == v
      return i
  return -1

fun array_contains(arr, v)
  return array_index_of(arr, v) >= 0

// First occurrences, in order.
fun array_unique(arr)
  out = []
  for x in arr
    if array_index_of(out, x) < 0
      push(out, x)
  return out

// Flattens one level: [1, [2, [3]]] -> [1, 2, [3]].
fun array_flatten1(arr)
  out = []
  for x in arr
    if typeof(x) == "Array"
      for y in x
        push(out, y)
    else
      push(out, x)
  return out

// Appends v to arr (in place) unless present; returns arr.
fun array_push_unique_mut(arr, v)
  if array_index_of(arr, v) < 0
    push(arr, v)
  return arr

// Same as array_push_unique_mut on a copy.
fun array_push_unique(arr, v)
  out = array_concat(arr, [])
  return array_push_unique_mut(out, v)
