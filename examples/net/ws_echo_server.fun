// A WebSocket echo and chat server over the HTTP server library
// (lib/net/http_cgi_server.fun, task per connection) and lib/net/websocket.fun.
//   fun examples/net/ws_echo_server.fun [PORT [ROOT]]     (PORT 0: a free one)
// Prints "Serving at http://127.0.0.1:PORT/" and then serves until killed:
//   ws://127.0.0.1:PORT/echo  every message comes back as it was sent
//                             (text as text, binary as binary)
//   ws://127.0.0.1:PORT/chat  every text message goes to every chat client,
//                             prefixed with the sender's number ("3: hi")
//   other paths               static files from ROOT (default examples/net/htdocs)
// Try it with Python: /usr/bin/python3 -m websockets ws://127.0.0.1:PORT/chat
#include <net/http_cgi_server.fun>
#include <net/websocket.fun>

args = argv()
port = len(args) > 0 ? to_number(args[0]) : 8080
root = len(args) > 1 ? args[1] : "examples/net/htdocs"

fun echo_session(ws, req)
  while true
    m = ws_recv(ws, nil)
    if m.type == "close"
      break
    if m.type == "text"
      ws_send(ws, m.data)
    else
      ws_send_binary(ws, m.data)

chat_clients = {}
chat_serial = 0

fun chat_session(ws, req)
  global chat_serial
  chat_serial += 1
  me = to_string(chat_serial)
  chat_clients[me] = ws
  try
    while true
      m = ws_recv(ws, nil)
      if m.type == "close"
        break
      if m.type != "text"
        continue
      for (id, peer) in chat_clients
        try
          ws_send(peer, me + ": " + m.data)
        catch err
          remove(chat_clients, id)   // a peer that went away: drop it
  finally
    remove(chat_clients, me)

s = http_server_new({"port": port, "root": root, "cgi": false})
http_route(s, "/echo", ws_route(echo_session, {"max_size": 1048576}))
http_route(s, "/chat", ws_route(chat_session, {"max_size": 65536}))
http_listen(s)
print("Serving at " + http_url(s))
http_serve_tasks(s)
