import Foundation
import SecretsCore
import Synchronization
import Testing

@testable import SecrettyCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The command's task runs on the thread that drains the executor: the main thread of a real command.
@Suite struct CallingThreadExecutorTests {
    /// The threads a task and the work it awaits ran on.
    private final class Threads: Sendable {
        private let seen = Mutex<[String: pthread_t]>([:])
        func record(_ name: String) { seen.withLock { $0[name] = pthread_self() } }
        var all: [String: pthread_t] { seen.withLock { $0 } }
    }

    /// Drains `executor` on a thread of its own until the task finishes; returns that thread and what was recorded.
    private func drain(
        _ body: @escaping @Sendable (Threads) async -> Void
    ) async -> (drainer: pthread_t, threads: [String: pthread_t]) {
        let executor = CallingThreadExecutor()
        let threads = Threads()
        let drainer = Mutex<pthread_t?>(nil)
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Task(executorPreference: executor) {
                await body(threads)
                executor.finish()
            }
            DetachedThread.start {
                drainer.withLock { $0 = pthread_self() }
                executor.run()
                done.resume()
            }
        }
        return (drainer.withLock { $0! }, threads.all)
    }

    @Test("the task, its child tasks and its resumptions after other threads' work all run on the draining thread")
    func runsOnTheDrainingThread() async {
        let (drainer, threads) = await drain { threads in
            threads.record("task")
            async let child: Void = threads.record("async let")
            await child
            await withTaskGroup(of: Void.self) { group in
                group.addTask { threads.record("group") }
            }
            // Resumed from a thread of its own, as the curl worker resumes a request.
            await withCheckedContinuation { continuation in
                DetachedThread.start { continuation.resume() }
            }
            threads.record("after resume")
        }
        #expect(threads.count == 4)
        for (name, thread) in threads {
            #expect(pthread_equal(thread, drainer) != 0, "\(name) ran on another thread")
        }
    }

    @Test("run() waits through an empty queue and returns only once the task says it is finished")
    func finishes() async {
        let steps = Mutex<[String]>([])
        let (drainer, threads) = await drain { threads in
            steps.withLock { $0.append("before") }
            // Nothing is queued while another thread sleeps; run() must keep waiting for the resumption.
            await withCheckedContinuation { continuation in
                DetachedThread.start {
                    usleep(50_000)
                    continuation.resume()
                }
            }
            threads.record("after")
            steps.withLock { $0.append("after") }
        }
        #expect(steps.withLock { $0 } == ["before", "after"])
        #expect(threads["after"].map { pthread_equal($0, drainer) != 0 } == true)
    }
}
