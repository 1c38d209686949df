// encoding/base64.fun: RFC 4648 base64 (standard alphabet, '=' padding) and
// base64url (section 5, no padding on output).
//   b64_encode(s) / b64_decode(s)            String <-> String
//   b64_encode_bytes(arr) / b64_decode_to_bytes(s)  byte arrays
//   b64url_encode(s) / b64url_decode(s)      URL-safe alphabet
// Decoding skips whitespace (space, tab, CR, LF), accepts missing padding
// and throws a String on any other character outside the alphabet, on data
// after padding, or on an impossible length (one leftover character).

__B64_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
__B64_URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

fun __b64_encode_codes(bytes, alpha, pad)
  parts = []
  n = len(bytes)
  i = 0
  while i + 2 < n
    v = bytes[i] * 65536 + bytes[i + 1] * 256 + bytes[i + 2]
    push(parts, alpha[v / 262144] + alpha[(v / 4096) % 64] + alpha[(v / 64) % 64] + alpha[v % 64])
    i += 3
  rest = n - i
  if rest == 1
    v = bytes[i] * 65536
    push(parts, alpha[v / 262144] + alpha[(v / 4096) % 64])
    if pad
      push(parts, "==")
  else if rest == 2
    v = bytes[i] * 65536 + bytes[i + 1] * 256
    push(parts, alpha[v / 262144] + alpha[(v / 4096) % 64] + alpha[(v / 64) % 64])
    if pad
      push(parts, "=")
  return join(parts, "")

fun __b64_string_bytes(s)
  out = []
  n = len(s)
  for i in range(0, n)
    push(out, ord(s, i))
  return out

// Value of one base64 character, -1 if outside the alphabet.
fun __b64_val(c, url)
  if c >= 65 && c <= 90
    return c - 65
  if c >= 97 && c <= 122
    return c - 71
  if c >= 48 && c <= 57
    return c + 4
  if url
    if c == 45
      return 62
    if c == 95
      return 63
  else
    if c == 43
      return 62
    if c == 47
      return 63
  return -1

fun __b64_decode_codes(s, url, name)
  out = []
  acc = 0
  nacc = 0
  pads = 0
  n = len(s)
  for i in range(0, n)
    c = ord(s, i)
    if c == 32 || c == 9 || c == 13 || c == 10
      continue
    if c == 61
      pads += 1
      continue
    v = __b64_val(c, url)
    if v < 0
      throw name + ": invalid character at offset " + to_string(i)
    if pads > 0
      throw name + ": data after padding"
    acc = acc * 64 + v
    nacc += 1
    if nacc == 4
      push(out, acc / 65536)
      push(out, (acc / 256) % 256)
      push(out, acc % 256)
      acc = 0
      nacc = 0
  if nacc == 1
    throw name + ": truncated input"
  if nacc == 2
    push(out, acc / 16)
  else if nacc == 3
    acc = acc / 4
    push(out, acc / 256)
    push(out, acc % 256)
  if pads > 0 && (nacc == 0 || nacc + pads != 4)
    throw name + ": bad padding"
  return out

fun __b64_bytes_string(arr)
  parts = []
  for b in arr
    push(parts, chr(b))
  return join(parts, "")

fun b64_encode_bytes(bytes)
  return __b64_encode_codes(bytes, __B64_STD, true)

fun b64_decode_to_bytes(s)
  return __b64_decode_codes(s, false, "b64_decode")

fun b64_encode(s)
  return __b64_encode_codes(__b64_string_bytes(s), __B64_STD, true)

fun b64_decode(s)
  return __b64_bytes_string(__b64_decode_codes(s, false, "b64_decode"))

fun b64url_encode(s)
  return __b64_encode_codes(__b64_string_bytes(s), __B64_URL, false)

fun b64url_decode(s)
  return __b64_bytes_string(__b64_decode_codes(s, true, "b64url_decode"))
