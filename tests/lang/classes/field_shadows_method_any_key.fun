// A field hides a method of its name however the field was added: by
// assignment, by a key built at run time, through set() or a map builtin,
// and on instances made before another class gave that name a method.
class C
  fun m(this)
    return "method"
  fun n(this)
    return "method n"
a = C()
a["m"] = fn(self)
  return "field by index"
print(a.m())   // expect: field by index
b = C()
key = "" + "m"   // a fresh string, not the compiler's constant
b[key] = fn(self)
  return "field by built key"
print(b.m())   // expect: field by built key
c = C()
fn_n = fn(self)
  return "field by set"
set(c, join(["n"], ""), fn_n)
print(c.n())   // expect: field by set
print(C().m()) // expect: method
// the instance got its field before any class had a method of that name
class Early
  fun other(this)
    return 0
e = Early()
e.late = fn(self)
  return "field of an earlier instance"
class Later
  fun late(this)
    return "method of Later"
print(e.late()) // expect: field of an earlier instance
print(Later().late()) // expect: method of Later
// a field holding a non-function hides the method too: calling it fails
d = C()
d.m = 5
try
  d.m()
catch err
  print(err)   // expect: Runtime type error: CALL expects function, got int
