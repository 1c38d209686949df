// hex.fun: hexadecimal conversions (lowercase output, either case input).

__HEX_DIGITS = "0123456789abcdef"

// Value 0..15 of one hex digit, -1 if ch is not a hex digit.
fun hex_val(ch)
  if len(ch) != 1
    return -1
  c = ord(ch)
  if c >= 48 && c <= 57
    return c - 48
  if c >= 97 && c <= 102
    return c - 87
  if c >= 65 && c <= 70
    return c - 55
  return -1

// "ff" -> 255. Throws on anything but exactly two hex digits.
fun byte_from_hex_pair(hh)
  if len(hh) != 2
    throw "byte_from_hex_pair: expected 2 hex digits, got '" + to_string(hh) + "'"
  hi = hex_val(hh[0])
  lo = hex_val(hh[1])
  if hi < 0 || lo < 0
    throw "byte_from_hex_pair: invalid hex digit in '" + hh + "'"
  return hi * 16 + lo

// "00ff10" -> [0, 255, 16]. Throws on odd length or a bad digit.
fun hex_to_bytes(hex)
  n = len(hex)
  if n % 2 != 0
    throw "hex_to_bytes: odd number of hex digits"
  out = []
  i = 0
  while i < n
    hi = hex_val(hex[i])
    lo = hex_val(hex[i + 1])
    if hi < 0 || lo < 0
      throw "hex_to_bytes: invalid hex digit at offset " + to_string(hi < 0 ? i : i + 1)
    push(out, hi * 16 + lo)
    i += 2
  return out

// hex_to_bytes for a caller that reports its own name: "<who>: odd number of
// hex digits" / "<who>: invalid hex digit" (the crypt modules' messages).
fun hex_to_bytes_for(who, hex)
  if len(hex) % 2 != 0
    throw who + ": odd number of hex digits"
  try
    return hex_to_bytes(hex)
  catch e
    throw who + ": invalid hex digit"

// Two lowercase hex digits of the low byte of n.
fun two_hex(n)
  n = band(n, 255)
  return __HEX_DIGITS[n / 16] + __HEX_DIGITS[n % 16]

// [0, 255, 16] -> "00ff10".
fun bytes_to_hex(arr)
  parts = []
  for b in arr
    push(parts, two_hex(b))
  return join(parts, "")

// "ff" or "0xFF" -> 255 (wraps beyond 64 bits). Throws on a bad digit or "".
fun hex_to_dec(hex)
  s = hex
  if len(s) > 2 && (substr(s, 0, 2) == "0x" || substr(s, 0, 2) == "0X")
    s = substr(s, 2, len(s) - 2)
  if len(s) == 0
    throw "hex_to_dec: empty hex string"
  r = 0
  for ch in s
    v = hex_val(ch)
    if v < 0
      throw "hex_to_dec: invalid hex digit '" + ch + "'"
    r = r * 16 + v
  return r

// 255 -> "ff", 0 -> "0"; a negative n gives its 64-bit two's complement
// ("ffffffffffffffff" for -1).
fun dec_to_hex(n)
  if n == 0
    return "0"
  digits = []
  if n < 0
    // 16 nibbles of the two's complement, taken from the two 32-bit halves
    lo = band(n, 0xFFFFFFFF)
    hi = band((n - lo) / 4294967296, 0xFFFFFFFF)
    for k in range(0, 8)
      push(digits, __HEX_DIGITS[lo % 16])
      lo = lo / 16
    for k in range(0, 8)
      push(digits, __HEX_DIGITS[hi % 16])
      hi = hi / 16
  else
    while n > 0
      push(digits, __HEX_DIGITS[n % 16])
      n = n / 16
  while len(digits) > 1 && digits[len(digits) - 1] == "0"
    pop(digits)
  return join(reverse(digits), "")

// Strings: "AB" -> "4142" and back.
fun hex_encode(s)
  parts = []
  n = len(s)
  for i in range(0, n)
    c = ord(s, i)
    push(parts, __HEX_DIGITS[c / 16] + __HEX_DIGITS[c % 16])
  return join(parts, "")

fun hex_decode(hex)
  parts = []
  for b in hex_to_bytes(hex)
    push(parts, chr(b))
  return join(parts, "")
