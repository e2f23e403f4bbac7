import AWSClient
import CCurl
import Foundation
import SecretsCore

/// The thread that drives one curl multi handle: it adds submitted transfers, runs them, and resumes their callers.
///
/// The multi handle's connection cache is what makes consecutive requests reuse connections. Easy handles are kept
/// in a small free list and reset between transfers.
final class CurlWorker: @unchecked Sendable {
    // MARK: - Shared with other threads (under `lock`)

    private let lock = NSLock()
    private var pending: [CurlTransfer] = []
    private var shuttingDown = false
    private var threadStarted = false
    private var multiFreed = false

    // MARK: - Worker thread only

    private let multi: UnsafeMutableRawPointer
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var idleHandles: [UnsafeMutableRawPointer] = []
    private static let maxIdleHandles = 8
    private static let maxConnections = 16

    /// Creates the multi handle; the thread starts with the first transfer.
    init() {
        guard let multi = curl_multi_init() else { fatalError("curl_multi_init failed") }
        self.multi = multi
        _ = secretty_curl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, Self.maxConnections)
    }

    /// Hands a transfer to the worker thread, starting the thread if needed.
    func submit(_ transfer: CurlTransfer) {
        lock.withLock { pending.append(transfer) }
        start()
        wakeUp()
    }

    /// Starts the thread unless it runs already.
    func start() {
        let startThread = lock.withLock { () -> Bool in
            defer { threadStarted = true }
            return !threadStarted && !shuttingDown
        }
        if startThread { launchThread() }
    }

    /// Runs `run()` on a detached POSIX thread that holds the worker until the loop ends.
    private func launchThread() {
        DetachedThread.start { self.run() }
    }

    /// Interrupts the worker's wait so it notices new transfers or cancellations.
    ///
    /// Runs under the lock, so it never races the worker freeing the multi handle.
    func wakeUp() {
        lock.withLock {
            if !multiFreed { _ = curl_multi_wakeup(multi) }
        }
    }

    /// Stops the thread after failing anything still in flight, then frees the multi handle.
    func shutdown() {
        let freeHere = lock.withLock { () -> Bool in
            shuttingDown = true
            if threadStarted {
                _ = curl_multi_wakeup(multi)
                return false
            }
            multiFreed = true
            return true
        }
        if freeHere { curl_multi_cleanup(multi) }
    }

    // MARK: - The loop

    private func run() {
        while true {
            let (incoming, stop) = lock.withLock { () -> ([CurlTransfer], Bool) in
                defer { pending = [] }
                if shuttingDown { multiFreed = true }
                return (pending, shuttingDown)
            }
            if stop {
                for transfer in incoming { transfer.finish(.failure(transfer.cancellationError)) }
                for (handle, transfer) in active { end(handle, transfer, .failure(transfer.cancellationError)) }
                for handle in idleHandles { curl_easy_cleanup(handle) }
                idleHandles = []
                curl_multi_cleanup(multi)
                return
            }
            for transfer in incoming { start(transfer) }
            for (handle, transfer) in active where transfer.isCancelled {
                end(handle, transfer, .failure(transfer.cancellationError))
            }

            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            collectFinished()
            let waitMilliseconds = expireIdleTransfers()
            _ = curl_multi_poll(multi, nil, 0, waitMilliseconds, nil)
        }
    }

    private func start(_ transfer: CurlTransfer) {
        if transfer.isCancelled {
            transfer.finish(.failure(transfer.cancellationError))
            return
        }
        guard let handle = idleHandles.popLast() ?? curl_easy_init() else {
            transfer.finish(.failure(TransportError(.other, "curl_easy_init failed")))
            return
        }
        do {
            try transfer.configure(handle)
        } catch {
            recycle(handle)
            transfer.finish(.failure(error))
            return
        }
        let code = curl_multi_add_handle(multi, handle)
        guard code == CURLM_OK else {
            recycle(handle)
            transfer.finish(.failure(TransportError(.other, "curl_multi_add_handle failed: \(String(cString: curl_multi_strerror(code)))")))
            return
        }
        active[handle] = transfer
    }

    private func collectFinished() {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                  let transfer = active[handle]
            else { continue }
            let code = message.pointee.data.result
            if code == CURLE_OK {
                var status = 0
                _ = secretty_curl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
                end(handle, transfer, .success(HTTPResponse(status: status, headers: transfer.headers, body: transfer.body)))
            } else {
                var osErrno = 0
                _ = secretty_curl_easy_getinfo_long(handle, CURLINFO_OS_ERRNO, &osErrno)
                let error = transfer.isCancelled ? transfer.cancellationError : transfer.transportError(for: code, osErrno: osErrno)
                end(handle, transfer, .failure(error))
            }
        }
    }

    /// Aborts transfers idle for longer than their read timeout; returns how long the loop may wait.
    private func expireIdleTransfers() -> Int32 {
        let now = monotonicNanoseconds()
        var wait: UInt64 = 1_000_000_000
        for (handle, transfer) in active where transfer.connected && transfer.options.readTimeout > 0 {
            let limit = UInt64(transfer.options.readTimeout * 1_000_000_000)
            let deadline = transfer.lastActivity &+ limit
            if now >= deadline {
                end(handle, transfer, .failure(transfer.readTimeoutError))
            } else {
                wait = min(wait, deadline - now)
            }
        }
        return Int32(max(1, (wait + 999_999) / 1_000_000))
    }

    private func end(_ handle: UnsafeMutableRawPointer, _ transfer: CurlTransfer, _ result: Result<HTTPResponse, any Error>) {
        _ = curl_multi_remove_handle(multi, handle)
        active[handle] = nil
        recycle(handle)
        transfer.finish(result)
    }

    private func recycle(_ handle: UnsafeMutableRawPointer) {
        if idleHandles.count < Self.maxIdleHandles {
            curl_easy_reset(handle)
            idleHandles.append(handle)
        } else {
            curl_easy_cleanup(handle)
        }
    }
}
