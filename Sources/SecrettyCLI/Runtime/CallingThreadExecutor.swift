import Dispatch
import Synchronization

/// A task executor whose jobs run on the thread that calls `run()`: a command's main thread.
///
/// A task on the global executor first waits for the global pool's threads to start, which on a small machine
/// takes a short command a millisecond or two. A task that prefers this executor starts at once on the main
/// thread, and its child tasks and the default actors it calls run there too. Unstructured tasks (`Task {}`) do
/// not inherit the preference; they run on the global executor as before.
final class CallingThreadExecutor: TaskExecutor, Sendable {
    private struct Queue {
        var jobs: [UnownedJob] = []
        var next = 0
        var finished = false
    }

    private let queue = Mutex(Queue())
    /// Signalled once per job enqueued and once by `finish()`.
    private let signal = DispatchSemaphore(value: 0)

    init() {}

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.withLock { $0.jobs.append(job) }
        signal.signal()
    }

    /// Ends `run()` once the jobs enqueued before it have run.
    func finish() {
        queue.withLock { $0.finished = true }
        signal.signal()
    }

    /// Runs jobs as they arrive until `finish()` is called.
    func run() {
        let executor = asUnownedTaskExecutor()
        while true {
            signal.wait()
            let job = queue.withLock { queue -> UnownedJob? in
                guard queue.next < queue.jobs.count else { return nil }
                defer {
                    queue.next += 1
                    if queue.next == queue.jobs.count {
                        queue.jobs.removeAll(keepingCapacity: true)
                        queue.next = 0
                    }
                }
                return queue.jobs[queue.next]
            }
            if let job {
                job.runSynchronously(on: executor)
            } else if queue.withLock({ $0.finished }) {
                return
            }
        }
    }
}
