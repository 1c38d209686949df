// utils/datetime.fun: clock and date helpers.
//   d = DateTime()
// Wall-clock times are Int milliseconds since the Unix epoch; formatting uses
// strftime patterns in local time (set TZ=UTC for reproducible output).
//   now_ms(), now_s(), mono_ms() (monotonic, arbitrary origin)
//   format(ms, fmt), iso_from(ms) ("%Y-%m-%dT%H:%M:%S"), iso_now(),
//   date_str(ms) ("%Y-%m-%d"), time_str(ms) ("%H:%M:%S"), today_str()
//   ms_to_s(ms) (Int, truncated), s_to_ms(s), add_ms(t, ms), add_seconds(t, s),
//   diff_ms(a, b) (= b - a), since_ms(t) (= now_ms() - t)
//   start_timer() / elapsed_ms(timer) (monotonic clock)
//   sleep_ms(ms), sleep_s(s) (block the calling thread)

class DateTime()
  fun now_ms(this)
    return time_now_ms()

  fun now_s(this)
    return time_now_ms() / 1000

  fun mono_ms(this)
    return clock_mono_ms()

  fun format(this, ms, fmt)
    return date_format(ms, fmt)

  fun iso_from(this, ms)
    return date_format(ms, "%Y-%m-%dT%H:%M:%S")

  fun iso_now(this)
    return this.iso_from(time_now_ms())

  fun date_str(this, ms)
    return date_format(ms, "%Y-%m-%d")

  fun time_str(this, ms)
    return date_format(ms, "%H:%M:%S")

  fun today_str(this)
    return this.date_str(time_now_ms())

  fun ms_to_s(this, ms)
    return trunc(ms / 1000)

  fun s_to_ms(this, s)
    return trunc(s * 1000)

  fun add_ms(this, t, ms)
    return t + ms

  fun add_seconds(this, t, s)
    return t + trunc(s * 1000)

  fun diff_ms(this, a, b)
    return b - a

  fun since_ms(this, t)
    return time_now_ms() - t

  fun start_timer(this)
    return clock_mono_ms()

  fun elapsed_ms(this, timer)
    return clock_mono_ms() - timer

  fun sleep_ms(this, ms)
    sleep(ms)
    return nil

  fun sleep_s(this, s)
    sleep(trunc(s * 1000))
    return nil
