// regex/pcre2.fun: the PCRE2 class over the pcre2_* builtins (docs/pcre2.md).
//   re = PCRE2()
//   re.test(pattern, text, flags)     -> 1 if it matches anywhere, else 0
//   re.match(pattern, text, flags)    -> {"full", "start", "end", "groups"} or nil
//   re.find_all(pattern, text, flags) -> Array of match Maps
// Flags add up: re.i() caseless, re.m() multiline, re.s() dotall, re.u() UTF,
// re.x() extended. A nil flags means re.u() (UTF), as in the reference's class;
// the bare builtins take 0 as "no flags". Pattern and text go through to_string.

class PCRE2()
  fun i(this)
    return 1

  fun m(this)
    return 2

  fun s(this)
    return 4

  fun u(this)
    return 8

  fun x(this)
    return 16

  fun flags_or_utf(this, flags)
    if flags == nil
      return 8
    return flags

  fun test(this, pattern, text, flags)
    return pcre2_test(to_string(pattern), to_string(text), this.flags_or_utf(flags))

  fun match(this, pattern, text, flags)
    return pcre2_match(to_string(pattern), to_string(text), this.flags_or_utf(flags))

  fun find_all(this, pattern, text, flags)
    return pcre2_findall(to_string(pattern), to_string(text), this.flags_or_utf(flags))
