// env: FUN_LIB_DIR={root}/lib
// stdin: maybe
// stdin: YES
// stdin:   N
// stdin:   bob smith
// stdin: raw line
// stdin: secret
#include <io/console.fun>
c = Console()
print(c.ask_yes_no("continue? "))
print(c.ask_yes_no("again? "))
print("[" + c.ask("name: ") + "]")
print("[" + c.prompt("> ") + "]")
print("[" + c.ask_hidden("pw: ") + "]")
print(c.prompt("eof> "), c.ask("eof? "), c.ask_yes_no("eof yes/no? "))
// expect: continue? Please answer yes or no.
// expect: continue? true
// expect: again? false
// expect: name: [bob smith]
// expect: > [raw line]
// expect: pw: [secret]
// expect: eof> eof? eof yes/no? nil nil false
