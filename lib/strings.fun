// strings.fun: byte-wise string helpers (ASCII only for case changes).
// Written fresh for this implementation (docs/rulings.md D30). Every function
// works on byte strings and never fails on odd input: non-String arguments
// are converted with to_string where that makes sense.

// Whitespace for the trim functions: space, tab, CR, LF.
fun __str_is_ws(c)
  return c == " " || c == "\t" || c == "\r" || c == "\n"

fun str_ltrim(s)
  n = len(s)
  i = 0
  while i < n && __str_is_ws(s[i])
    i += 1
  return substr(s, i, n - i)

fun str_rtrim(s)
  n = len(s)
  while n > 0 && __str_is_ws(s[n - 1])
    n -= 1
  return substr(s, 0, n)

fun str_trim(s)
  return str_rtrim(str_ltrim(s))

// Boolean answers (the reference returned Int 0 when the affix was longer).
fun str_starts_with(s, p)
  if len(p) > len(s)
    return false
  return substr(s, 0, len(p)) == p

fun str_ends_with(s, p)
  if len(p) > len(s)
    return false
  return substr(s, len(s) - len(p), len(p)) == p

// Splits on the FIRST character of delim only (reference behaviour);
// an empty delim gives [s]. Empty fields are kept.
fun str_split(s, delim)
  if len(delim) == 0
    return [s]
  return split(s, delim[0])

// Literal replacement of every non-overlapping occurrence, left to right.
// An empty `from` returns s unchanged.
fun str_replace_all(s, from, to)
  if len(from) == 0
    return s
  return replace(s, from, to)

fun str_to_lower(s)
  return lower(s)

fun str_to_upper(s)
  return upper(s)

fun str_repeat(s, count)
  if count <= 0
    return ""
  return repeat(s, count)

// Byte codes of s; printable ASCII (32..126) keeps its code, every other
// byte becomes 0 (reference behaviour).
fun string_to_bytes_ascii(s)
  out = []
  n = len(s)
  for i in range(0, n)
    c = ord(s, i)
    if c < 32 || c > 126
      c = 0
    push(out, c)
  return out

// Extras.
fun str_contains(s, sub)
  return find(s, sub) >= 0

fun str_pad_left(s, width, ch)
  if ch == nil || ch == ""
    ch = " "
  while len(s) < width
    s = ch + s
  return s

fun str_pad_right(s, width, ch)
  if ch == nil || ch == ""
    ch = " "
  while len(s) < width
    s = s + ch
  return s
