// io/serial.fun: a serial port as a class over the serial_* builtins.
//   s = Serial("/dev/ttyUSB0", 115200)
//   s.open()          -> 1 when the port opened (raw 8N1, no flow control), else 0
//   s.is_open()       -> Boolean
//   s.config(data_bits, parity, stop_bits, flow) -> 1/0
//                        parity 0 none, 1 odd, 2 even; flow 1 = RTS/CTS
//   s.send(data)      -> bytes written, -1 when not open or on error
//   s.recv(maxlen)    -> String from one read ("" when not open, at end or on error)
//   s.close()         -> 1 (also when it was not open)
// Fields: path, baud_rate, fd (0 when closed).

class Serial(string path, number baud_rate)
  fd = 0

  fun open(this)
    if this.fd > 0
      return 1
    this.fd = serial_open(this.path, this.baud_rate)
    return this.fd > 0 ? 1 : 0

  fun is_open(this)
    return this.fd > 0

  fun config(this, data_bits, parity, stop_bits, flow)
    if this.fd <= 0
      return 0
    return serial_config(this.fd, to_number(data_bits), to_number(parity), to_number(stop_bits), to_number(flow))

  fun send(this, data)
    if this.fd <= 0
      return -1
    return serial_send(this.fd, to_string(data))

  fun recv(this, maxlen)
    if this.fd <= 0
      return ""
    n = to_number(maxlen)
    if n <= 0
      n = 256
    return serial_recv(this.fd, n)

  fun close(this)
    if this.fd > 0
      serial_close(this.fd)
    this.fd = 0
    return 1
