// SPDX-License-Identifier: MIT
// The task scheduler's hooks for the VM and the collector (src/lib/task.c).
// Tasks are fibers; parking one hands the CPU straight to the next ready
// fiber, so a tick costs O(ready fds + expired timers + runnable tasks).
#ifndef FUN_SCHED_H
#define FUN_SCHED_H

#include "vm.h"

// Frees the scheduler of vm (its event loop, queues and tables).
void sched_free(VM *vm);
// Marks what the scheduler holds: live tasks, the ready queue, waiting fibers.
void sched_mark(VM *vm);
// A fiber's entry function returned v (ok) or raised v: records the end and
// requests the switch to what runs next (its resumer, or the next ready task).
void sched_fiber_ended(VM *vm, Fiber *fb, bool ok, Value v);

#endif
