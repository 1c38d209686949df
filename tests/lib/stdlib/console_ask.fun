// env: FUN_LIB_DIR={root}/lib
// stdin: maybe
// stdin: YES
// stdin:   N
// stdin:   bob smith
// stdin: raw line
// stdin: secret
// The reference's prompts ("q: ", "q [y/n]: ") and return values: ask_yes_no
// gives 1/0 and asks again after other answers; at end of input it gives 0
// instead of asking forever, ask gives ""
#include <io/console.fun>
c = Console()
print(c.ask_yes_no("continue?"))
print(c.ask_yes_no("again?"))
print("[" + c.ask("name") + "]")
print("[" + c.prompt("> ") + "]")
print("[" + c.ask_hidden("pw") + "]")
print(c.prompt("eof> "), "[" + c.ask("eof") + "]", c.ask_yes_no("eof yes/no"))
// expect: continue? [y/n]: continue? [y/n]: 1
// expect: again? [y/n]: 0
// expect: name: [bob smith]
// expect: > [raw line]
// expect: pw: [secret]
// expect: eof> eof: eof yes/no [y/n]: nil [] 0
