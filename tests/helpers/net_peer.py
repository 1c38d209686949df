#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Loopback peer for the socket tests (standard library only).

Usage: net_peer.py MODE PORT
  reset      connect, send b"bye\\0", close with SO_LINGER 0 (the server sees a reset)
  binary     connect, send all 256 byte values twice, then close
Exits 0 on success; every socket operation has a 5 s timeout. The test runs
it with proc_run and a timeout, while its listener only queues the connection:
the peer is done before the test accepts it.
"""
import socket
import struct
import sys


def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    if mode == "reset":
        s.sendall(b"bye\0")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()
    elif mode == "binary":
        s.sendall(bytes(range(256)) * 2)
        s.close()
    else:
        sys.exit(2)


if __name__ == "__main__":
    main()
