// io/console.fun: interactive console helpers, with the reference's prompts
// and return values.
//   c = Console()
//   c.prompt(text)     -> line read after printing text (nil at end of input)
//   c.ask(q)           prints "q: " and returns the answer trimmed of
//                      surrounding whitespace ("" at end of input)
//   c.ask_hidden(q)    the same with terminal echo off (passwords)
//   c.ask_yes_no(q)    prints "q [y/n]: " until the answer is y/yes/n/no (any
//                      case): 1 for yes, 0 for no, and 0 at end of input (the
//                      reference asked again forever)
//   c.term_cols()      -> terminal width: $COLUMNS, else `tput cols`, else 80
//   c.progress(current, total, label) draws "label [=====     ] 50%" over the
//                      terminal width less one column (a carriage return first, a newline when
//                      current >= total) and returns the percent (0..100)
//   c.progress_str(current, total, label) -> that text for a given width:
//                      c.progress_line(current, total, label, cols)
// Like the reference, this file also includes strings.fun and
// io/process.fun.
#include <strings.fun>
#include <io/process.fun>

class Console()
  fun prompt(this, text)
    return input(to_string(text))

  fun ask(this, q)
    a = input(to_string(q) + ": ")
    if a == nil
      return ""
    return trim(a)

  fun ask_hidden(this, q)
    a = input_hidden(to_string(q) + ": ")
    if a == nil
      return ""
    return a

  fun ask_yes_no(this, q)
    while true
      a = input(to_string(q) + " [y/n]: ")
      if a == nil
        return 0
      a = lower(trim(a))
      if a == "y" || a == "yes"
        return 1
      if a == "n" || a == "no"
        return 0

  fun term_cols(this)
    c = to_number(trim(env("COLUMNS")))
    if typeof(c) == "Number" && c > 0
      return c
    try
      r = proc_run(["tput", "cols"], {"stderr": true, "timeout_ms": 2000})
      c = to_number(trim(r["out"]))
      if r["code"] == 0 && typeof(c) == "Number" && c > 0
        return c
    catch e
      c = 0
    return 80

  fun _percent(this, current, total)
    if total <= 0
      return 100
    return clamp(trunc(100 * current / total), 0, 100)

  // "label [=====     ] 50%" filling cols columns (the bar is at least 10 wide)
  fun progress_line(this, current, total, label, cols)
    pct = this._percent(current, total)
    head = label == nil ? "" : to_string(label)
    if head != ""
      head += " "
    tail = "] " + to_string(pct) + "%"
    w = max(10, cols - len(head) - len(tail) - 2)
    filled = clamp(trunc(w * pct / 100), 0, w)
    return head + "[" + repeat("=", filled) + repeat(" ", w - filled) + tail

  fun progress_str(this, current, total, label)
    return this.progress_line(current, total, label, this.term_cols())

  fun progress(this, current, total, label)
    echo("\r" + this.progress_str(current, total, label))
    if current >= total
      echo("\n")
    return this._percent(current, total)
