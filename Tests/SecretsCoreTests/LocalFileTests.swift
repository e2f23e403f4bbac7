import Foundation
import SecretsCore
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Local files and plain threads")
struct LocalFileTests {
    /// A fresh directory, removed after `body`.
    private func withDirectory(_ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-localfile-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    @Test("a file's bytes come back whole: empty, small, binary and larger than one read")
    func readsWholeFiles() throws {
        try withDirectory { directory in
            let samples: [Data] = [
                Data(), Data("é€😀\n".utf8), Data((0..<256).map { UInt8($0) }),
                Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }),
            ]
            for (index, sample) in samples.enumerated() {
                let path = directory + "/file\(index)"
                try sample.write(to: URL(fileURLWithPath: path))
                #expect(LocalFile.contents(atPath: path) == sample)
            }
        }
    }

    @Test("files that report no size, as in /proc, are read to their end")
    func readsProcFiles() throws {
        let status = try #require(LocalFile.contents(atPath: "/proc/self/status"))
        let text = String(decoding: status, as: UTF8.self)
        #expect(text.hasPrefix("Name:"))
        #expect(text.contains("\nPid:"))
    }

    @Test("a missing file, a directory and an unreadable file are nil")
    func unreadableIsNil() throws {
        try withDirectory { directory in
            #expect(LocalFile.contents(atPath: directory + "/missing") == nil)
            #expect(LocalFile.contents(atPath: directory) == nil)
            let locked = directory + "/locked"
            try Data("secret".utf8).write(to: URL(fileURLWithPath: locked))
            chmod(locked, 0)
            // root reads a file whatever its mode; anyone else gets nil.
            #expect(LocalFile.contents(atPath: locked) == (geteuid() == 0 ? Data("secret".utf8) : nil))
        }
    }

    @Test("existence follows symbolic links")
    func existence() throws {
        try withDirectory { directory in
            let file = directory + "/file"
            try Data("x".utf8).write(to: URL(fileURLWithPath: file))
            symlink(file, directory + "/link")
            symlink(directory + "/nowhere", directory + "/dangling")
            #expect(LocalFile.exists(atPath: file))
            #expect(LocalFile.exists(atPath: directory))
            #expect(LocalFile.exists(atPath: directory + "/link"))
            #expect(!LocalFile.exists(atPath: directory + "/dangling"))
            #expect(!LocalFile.exists(atPath: directory + "/missing"))
        }
    }

    @Test("a detached thread runs its body once, on a thread of its own")
    func detachedThread() async {
        let caller = pthread_self()
        let seen = Mutex<[pthread_t]>([])
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DetachedThread.start {
                seen.withLock { $0.append(pthread_self()) }
                done.resume()
            }
        }
        let threads = seen.withLock { $0 }
        #expect(threads.count == 1)
        #expect(threads.first.map { pthread_equal($0, caller) == 0 } == true)
    }

    @Test("a thread started on another CPU may run on every CPU of the process once it has started")
    func startedOnAnotherCPU() async {
        let processCPUs = DetachedThread.allowedCPUCount
        #expect(processCPUs >= 1)
        for _ in 0..<20 {
            let inside = await withCheckedContinuation { (done: CheckedContinuation<Int, Never>) in
                DetachedThread.start(onAnotherCPU: true) { done.resume(returning: DetachedThread.allowedCPUCount) }
            }
            #expect(inside == processCPUs)
        }
    }
}
