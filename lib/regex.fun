// regex.fun: POSIX extended regular expressions (over the regex builtins).
//   r = Regex()
//   r.match(text, pat)      -> true when pat matches the WHOLE text
//   r.search(text, pat)     -> {"match", "start", "end", "groups"} of the
//                              first match; start -1 when there is none
//   r.replace(text, pat, s) -> every match replaced by the literal s
//   r.find_all(text, pat)   -> Array of all non-overlapping matched Strings
//   r.test(text, pat)       -> true when pat matches somewhere in text
// Argument order is text first, pattern second. An invalid pattern is
// reported as the builtins do. find_all searches the rest of the text after
// each match, so anchors (^) match again at those positions.

class Regex()
  fun match(this, text, pat)
    return regex_match(text, pat)

  fun search(this, text, pat)
    return regex_search(text, pat)

  fun replace(this, text, pat, repl)
    return regex_replace(text, pat, repl)

  fun test(this, text, pat)
    return regex_search(text, pat)["start"] >= 0

  fun find_all(this, text, pat)
    out = []
    pos = 0
    n = len(text)
    while pos <= n
      m = regex_search(substr(text, pos, n - pos), pat)
      if m["start"] < 0
        break
      push(out, m["match"])
      if m["end"] > m["start"]
        pos += m["end"]
      else
        pos += m["end"] + 1
    return out
