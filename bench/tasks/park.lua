-- 100 000 Lua coroutines parked (each yielded once inside its body): bytes
-- per coroutine (RSS growth / N) and the time to create and park them.
local function rss_kb()
  for line in io.lines("/proc/self/status") do
    local v = line:match("^VmRSS:%s+(%d+)")
    if v then return tonumber(v) end
  end
  return 0
end
local n = tonumber(arg[1] or "100000")
local before = rss_kb()
local t0 = os.clock()
local cos = {}
for i = 1, n do
  local co = coroutine.create(function(x) local got = coroutine.yield(x) return got end)
  coroutine.resume(co, i)
  cos[i] = co
end
local t1 = os.clock()
local after = rss_kb()
for i = 1, n do coroutine.resume(cos[i], 0) end
print(string.format("tasks %d bytes_per_task %d ms %d", n, (after - before) * 1024 // n, math.floor((t1 - t0) * 1000)))
