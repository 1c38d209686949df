// io/console.fun: interactive console helpers.
//   c = Console()
//   c.prompt(text)     -> line read after printing text (nil at end of input)
//   c.ask(q)           -> same, trimmed of surrounding whitespace
//   c.ask_hidden(q)    -> line read with terminal echo off (passwords)
//   c.ask_yes_no(q)    -> true for y/yes, false for n/no (any case); asks
//                         again after other answers, false at end of input
//   c.term_cols()      -> terminal width: $COLUMNS, else `tput cols`, else 80
//   c.progress(cur, total, label) draws "[#####-----]  50% label" on one
//                         line (carriage return first), ending the line
//                         when cur >= total; bar width: c.bar_width (30)
//   c.progress_str(cur, total, label) -> that text, without the CR
// Like the reference, this file also includes strings.fun and
// io/process.fun.
#include <strings.fun>
#include <io/process.fun>

class Console()
  bar_width = 30

  fun prompt(this, text)
    return input(to_string(text))

  fun ask(this, q)
    a = input(to_string(q))
    if a == nil
      return nil
    return trim(a)

  fun ask_hidden(this, q)
    return input_hidden(to_string(q))

  fun ask_yes_no(this, q)
    while true
      a = input(to_string(q))
      if a == nil
        return false
      a = lower(trim(a))
      if a == "y" || a == "yes"
        return true
      if a == "n" || a == "no"
        return false
      print("Please answer yes or no.")

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

  fun progress_str(this, current, total, label)
    w = this.bar_width
    if total > 0
      filled = trunc(w * current / total)
      pct = trunc(100 * current / total)
    else
      filled = w
      pct = 100
    filled = clamp(filled, 0, w)
    pct = clamp(pct, 0, 100)
    line = "[" + repeat("#", filled) + repeat("-", w - filled) + "] "
    line += str_pad_left(to_string(pct), 3, " ") + "%"
    if label != nil && label != ""
      line += " " + to_string(label)
    return line

  fun progress(this, current, total, label)
    echo("\r" + this.progress_str(current, total, label))
    if current >= total
      echo("\n")
    return nil
