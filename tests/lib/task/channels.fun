// Channels: bounded buffer, send parks when full, recv parks when empty,
// timeouts, close, unbuffered hand-over.
#include <async/scheduler.fun>
ch = chan_new(2)
print(ch, chan_len(ch))                 // expect: <channel> 0
fun producer(c, n)
  i = 0
  while i < n
    chan_send(c, i, nil)
    print("sent", i)
    i += 1
  chan_close(c)
  return "produced"
fun consumer(c)
  got = []
  while true
    v = chan_recv(c, nil)
    if v == nil && chan_is_closed(c)
      break
    print("got", v)
    push(got, v)
  return got
pt = spawn(producer, ch, 4)
ct = spawn(consumer, ch)
run_until_done()
// the producer fills the buffer and parks on its third send; the consumer's
// first receive moves the parked value into the buffer and wakes it
// expect: sent 0
// expect: sent 1
// expect: got 0
// expect: got 1
// expect: got 2
// expect: sent 2
// expect: sent 3
// expect: got 3
print(ct["result"], pt["result"])      // expect: [0, 1, 2, 3] produced
// timeouts: recv on an empty channel, send on a full one
c1 = chan_new(1)
fun timeouts(c)
  a = chan_recv(c, 20)
  b = chan_send(c, "x", 20)
  d = chan_send(c, "y", 20)
  return [a, b, d, chan_len(c)]
print(gather([spawn(timeouts, c1)]))   // expect: [[nil, 1, 0, 1]]
print(chan_recv(c1, 0), chan_recv(c1, 0))   // expect: x nil
// unbuffered: a send waits for a receiver
u = chan_new()
fun late_receiver(c)
  async_sleep(30)
  return chan_recv(c, nil)
lr = spawn(late_receiver, u)
t0 = clock_mono_ms()
print(chan_send(u, "hand", nil), clock_mono_ms() - t0 >= 25)   // expect: 1 true
run_until_done()
print(lr["result"])                    // expect: hand
// close wakes waiting receivers with nil and makes waiting senders raise
c3 = chan_new(0)
fun blocked_sender(c)
  try
    chan_send(c, 1, nil)
  catch e
    return e
fun closer(c)
  yield()
  chan_close(c)
bs = spawn(blocked_sender, c3)
spawn(closer, c3)
run_until_done()
print(bs["result"])                    // expect: Runtime error: chan_send: channel is closed
print(chan_close(c3))                  // expect: 0
try
  chan_send(c3, 1, 0)
catch e
  print(e)                             // expect: Runtime error: chan_send: channel is closed
// the main program receiving with no task that could ever send: a deadlock error
try
  chan_recv(chan_new(1), nil)
catch e
  print(e)                             // expect: Runtime error: deadlock: 0 tasks waiting and nothing can wake them
try
  chan_new(-1)
catch e
  print(e)                             // expect: Runtime error: chan_new: capacity must be between 0 and 2^40, got -1
try
  chan_recv(5)
catch e
  print(e)                             // expect: Runtime type error: chan_recv: argument 1 must be a channel, got Int
