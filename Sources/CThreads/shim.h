#ifndef SECRETTY_CTHREADS_SHIM_H
#define SECRETTY_CTHREADS_SHIM_H
/* The CPU-affinity calls are GNU extensions, which Swift's Glibc module does not import. */
#define _GNU_SOURCE 1
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

/* Lets a thread created with attr start only on the CPUs the caller may use other than the one it runs on.
   Returns 1 when it did; 0 when there is no other CPU or the calls fail. */
static inline int secretty_attr_avoid_current_cpu(pthread_attr_t *attr) {
    cpu_set_t allowed;
    int current = sched_getcpu();
    if (current < 0 || sched_getaffinity(0, sizeof(allowed), &allowed) != 0) return 0;
    CPU_CLR(current, &allowed);
    if (CPU_COUNT(&allowed) == 0) return 0;
    return pthread_attr_setaffinity_np(attr, sizeof(allowed), &allowed) == 0;
}

/* Lets the calling thread run on every CPU the process's main thread may use. */
static inline void secretty_thread_allow_process_cpus(void) {
    cpu_set_t allowed;
    if (sched_getaffinity(getpid(), sizeof(allowed), &allowed) == 0) {
        sched_setaffinity(0, sizeof(allowed), &allowed);
    }
}

/* The number of CPUs the calling thread may run on; 0 when the call fails. */
static inline int secretty_thread_cpu_count(void) {
    cpu_set_t allowed;
    return sched_getaffinity(0, sizeof(allowed), &allowed) == 0 ? CPU_COUNT(&allowed) : 0;
}
#endif
