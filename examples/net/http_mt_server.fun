// http_mt_server.fun: serves a document root to many clients at once.
//
//   fun examples/net/http_mt_server.fun [options] [port [document_root]]
//
// port defaults to 8080 (0 picks a free port), document_root to the htdocs
// directory next to this script. Options:
//   (default)     event loop: one thread, non-blocking sockets, one poll set
//                 over the listening socket and every connection
//   --threads N   every core: N event loops on N threads, each with its own
//                 listening socket on the port (SO_REUSEPORT) and its own
//                 connections
//   --pool N      thread pool: the main thread accepts and holds every
//                 connection while its request head arrives (and while a
//                 large file streams to it); N worker threads answer
//                 complete requests, handlers and CGI scripts in parallel
//   --tasks       the same in one thread, one straight-line task per
//                 connection (lib/async/scheduler.fun: async_recv,
//                 async_send_all...); --scheduler is the old name
//   --host H      address to listen on (default 127.0.0.1)
//   --timeout S   seconds before an incomplete request gets 408 (a new
//                 connection must send its request head within them, byte
//                 by byte or not) and an idle keep-alive connection is
//                 closed (default 10; fractions allowed)
//   --max-conns N connections served at once (every model);
//                 beyond them a new connection gets 503 and a close
//                 (default: the descriptor limit less 64, at most 10000)
//   --no-cache    no per-second cache of static files and their rendered
//                 responses: every request reads the file system
//   --tls-cert FILE --tls-key FILE
//                 HTTPS with this PEM certificate chain and key (the task
//                 model serves it; needs OpenSSL)
//   --log         one line per request on stderr
// It prints "Serving ROOT at http://HOST:PORT/ (MODE)" and runs until killed.
// Files are streamed from disk (sendfile), never read whole, so memory stays
// bounded however large they are. Files ending in .fun are served as text
// here; http_mt_server_cgi.fun runs them as CGI scripts.
#include "server_options.fun"

fun main()
  so = http_example_server(false)
  s = so[0]
  o = so[1]
  http_example_run(s, o, "")

main()
