// async_connect reports a failed name lookup (run only in the runner's private
// network namespace, where the lookup fails at once without leaving the machine).
// needs: netns
#include <async/scheduler.fun>
fun go()
  return [async_connect("no-such-host.invalid", 80, 1000), net_last_error()]
print(gather([spawn(go)]))    // expect: [[0, unknown host 'no-such-host.invalid']]
