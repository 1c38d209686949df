// env: FUN_LIB_DIR={root}/lib
// send() prints the headers (CRLF line ends) and the body: run it in a child
// interpreter and make the line ends visible.
script = "/tmp/fun_cgi_send_" + to_string(pid()) + ".fun"
write_file(script, "#include <net/cgi.fun>\nc = CGI()\nc.header(\"X-N\", 5)\nc.send(\"<p>\" + c.param(\"who\") + \"</p>\")\nd = CGI()\nd.send(nil)\n")
r = proc_run([env("FUN_EXECUTABLE"), script], {"env": {"QUERY_STRING": "who=me", "FUN_LIB_DIR": env("FUN_LIB_DIR")}})
remove_file(script)
print(r.code, replace(replace(r.out, "\r", "<CR>"), "\n", "<LF>"))
// expect: 0 Status: 200 OK<CR><LF>Content-Type: text/html; charset=utf-8<CR><LF>X-N: 5<CR><LF><CR><LF><p>me</p><LF>Status: 200 OK<CR><LF>Content-Type: text/html; charset=utf-8<CR><LF><CR><LF><LF>
