import CThreads
import Glibc

/// A plain detached POSIX thread. Foundation's `Thread` costs a short command about half a millisecond of set-up,
/// and a task on the global executor first waits for its pool of threads to start.
public enum DetachedThread {
    /// Runs `body` on a new thread that ends when `body` returns.
    ///
    /// With `onAnotherCPU`, the thread starts on a CPU other than the caller's when the process may use another,
    /// and may run on any of them once started. Linux can place a new thread on its creator's CPU while another
    /// CPU idles, and there it waits until the creator blocks or is preempted: for a thread meant to work beside
    /// a busy creator, a millisecond or two on a small VM.
    public static func start(onAnotherCPU: Bool = false, _ body: @escaping @Sendable () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let placed = onAnotherCPU && secretty_attr_avoid_current_cpu(&attributes) == 1
        let context = Unmanaged.passRetained(Body(body, placed: placed)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, &attributes,
            { context in
                let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
                if body.placed { secretty_thread_allow_process_cpus() }
                body.run()
                return nil
            }, context)
        precondition(created == 0, "pthread_create failed: \(created)")
    }

    /// The number of CPUs the calling thread may run on (0 when it cannot be told).
    public static var allowedCPUCount: Int { Int(secretty_thread_cpu_count()) }

    private final class Body: Sendable {
        let run: @Sendable () -> Void
        /// Whether the thread was started away from its creator's CPU, and is to be let run anywhere.
        let placed: Bool

        init(_ run: @escaping @Sendable () -> Void, placed: Bool) {
            self.run = run
            self.placed = placed
        }
    }
}
