// needs: netns
// net/http_cgi_lib_server.fun: the reference's older CGI server class name;
// one static file and one CGI script served to a client on loopback
#include <net/http_cgi_lib_server.fun>
#include <io/socket.fun>
dir = "/tmp/fun_cgi_lib_" + to_string(pid())
mkdir(dir)
write_file(dir + "/index.html", "<p>static</p>")
write_file(dir + "/hi.fun", "print(\"Content-Type: text/plain\")\nprint(\"\")\necho(\"cgi says \" + env(\"QUERY_STRING\"))\n")
srv = HTTPCGILibServer(0)
srv.set_htdocs(dir)
print(typeof(srv), srv.port)              // expect: HTTPCGILibServer 0
ls = TcpServer(0, 4)
ls.listen()
port = ls.local_port()
fun fetch(path)
  c = TcpClient()
  c.connect("127.0.0.1", port)
  c.send_all("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
  fd = ls.accept()
  srv.handle_client(fd)
  sock_close(fd)
  resp = ""
  while true
    d = c.recv(4096)
    if d == nil || d == ""
      break
    resp += d
  c.close()
  return resp
r = fetch("/")
print(split(r, "\r\n")[0], ends_with(r, "<p>static</p>"))   // expect: HTTP/1.1 200 OK true
r = fetch("/hi.fun?x=1")
print(split(r, "\r\n")[0], ends_with(r, "cgi says x=1"))    // expect: HTTP/1.1 200 OK true
print(find(r, "Content-Type: text/plain") > 0)               // expect: true
ls.close()
remove_file(dir + "/index.html")
remove_file(dir + "/hi.fun")
remove_file(dir)
