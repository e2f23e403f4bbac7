import AWSClient
import CCurl
import Foundation
import SecretsCore

extension CurlTransfer {
    // MARK: - Easy handle set-up

    /// Sets every option of this transfer on a fresh (or reset) easy handle.
    func configure(_ handle: UnsafeMutableRawPointer) throws {
        let context = Unmanaged.passUnretained(self).toOpaque()
        try set(handle, CURLOPT_URL, request.url.absoluteString)
        try set(handle, CURLOPT_NOSIGNAL, 1)
        try set(handle, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1)
        try set(handle, CURLOPT_FOLLOWLOCATION, 0)
        try set(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(options.connectTimeout))
        try set(handle, CURLOPT_PROXY, proxy ?? "")
        try set(handle, CURLOPT_NOPROXY, noProxy)
        try set(handle, CURLOPT_SSL_VERIFYPEER, options.verifyTLS ? 1 : 0)
        try set(handle, CURLOPT_SSL_VERIFYHOST, options.verifyTLS ? 2 : 0)
        if let caBundle = options.caBundlePath {
            try set(handle, CURLOPT_CAINFO, caBundle)
        }
        try check(secretty_curl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer), "CURLOPT_ERRORBUFFER")

        try configureMethodAndBody(handle)
        headerList = try makeHeaderList()
        try check(secretty_curl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList), "CURLOPT_HTTPHEADER")

        try check(secretty_curl_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteBody), "CURLOPT_WRITEFUNCTION")
        try check(secretty_curl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context), "CURLOPT_WRITEDATA")
        try check(secretty_curl_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, curlWriteHeader), "CURLOPT_HEADERFUNCTION")
        try check(secretty_curl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context), "CURLOPT_HEADERDATA")
        try set(handle, CURLOPT_NOPROGRESS, 0)
        try check(secretty_curl_easy_setopt_xferinfo_callback(handle, curlProgress), "CURLOPT_XFERINFOFUNCTION")
        try check(secretty_curl_easy_setopt_pointer(handle, CURLOPT_XFERINFODATA, context), "CURLOPT_XFERINFODATA")
        try check(secretty_curl_easy_setopt_prereq_callback(handle, curlPrerequest), "CURLOPT_PREREQFUNCTION")
        try check(secretty_curl_easy_setopt_pointer(handle, CURLOPT_PREREQDATA, context), "CURLOPT_PREREQDATA")
    }

    /// GET and HEAD carry no body; every other method sends its body (possibly empty) with a Content-Length.
    private func configureMethodAndBody(_ handle: UnsafeMutableRawPointer) throws {
        let method = request.method.uppercased()
        switch method {
        case "GET":
            try set(handle, CURLOPT_HTTPGET, 1)
        case "HEAD":
            try set(handle, CURLOPT_NOBODY, 1)
        default:
            try set(handle, CURLOPT_POSTFIELDSIZE, request.body.count)
            let code = request.body.withUnsafeBytes { raw -> CURLcode in
                // libcurl copies POSTFIELDSIZE bytes now, so the Swift buffer need not outlive this call.
                let empty: CChar = 0
                if let base = raw.baseAddress, raw.count > 0 {
                    return secretty_curl_easy_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: base))
                }
                return withUnsafePointer(to: empty) {
                    secretty_curl_easy_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0))
                }
            }
            try check(code, "CURLOPT_COPYPOSTFIELDS")
            if method != "POST" {
                try set(handle, CURLOPT_CUSTOMREQUEST, method)
            }
        }
    }

    /// The request's headers, plus blanks that stop libcurl adding `Accept`, `Expect` and a form `Content-Type`.
    private func makeHeaderList() throws -> UnsafeMutablePointer<curl_slist>? {
        var lines = request.headers.map { header in
            // "Name;" is libcurl's spelling of a header with an empty value; "Name:" would remove it.
            header.value.isEmpty ? "\(header.name);" : "\(header.name): \(header.value)"
        }
        if request.header("Accept") == nil { lines.append("Accept:") }
        if request.header("Expect") == nil { lines.append("Expect:") }
        if request.header("Content-Type") == nil { lines.append("Content-Type:") }
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines {
            guard let appended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                throw TransportError(.other, "out of memory building request headers")
            }
            list = appended
        }
        return list
    }

    // MARK: - Option helpers

    private func set(_ handle: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) throws {
        try check(secretty_curl_easy_setopt_long(handle, option, value), "option \(option.rawValue)")
    }

    private func set(_ handle: UnsafeMutableRawPointer, _ option: CURLoption, _ value: String) throws {
        try check(secretty_curl_easy_setopt_string(handle, option, value), "option \(option.rawValue)")
    }

    private func check(_ code: CURLcode, _ what: String) throws {
        guard code == CURLE_OK else {
            throw TransportError(.other, "libcurl rejected \(what): \(String(cString: curl_easy_strerror(code)))")
        }
    }

    private func milliseconds(_ seconds: Double) -> Int {
        guard seconds > 0, seconds.isFinite else { return 0 }
        return max(1, Int((seconds * 1000).rounded(.up)))
    }
}

// MARK: - libcurl callbacks (run on the worker thread)

/// Appends body bytes.
private let curlWriteBody: curl_write_callback = { pointer, size, count, context in
    let length = size * count
    guard let pointer, let context else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.body.append(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
    transfer.lastActivity = monotonicNanoseconds()
    return length
}

/// Collects header lines; a status line starts a new response (after `100 Continue` or a proxy's reply).
private let curlWriteHeader: curl_write_callback = { pointer, size, count, context in
    let length = size * count
    guard let pointer, let context else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.lastActivity = monotonicNanoseconds()
    let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
    var line = Substring(String(decoding: bytes, as: UTF8.self))
    while let last = line.unicodeScalars.last, last == "\r" || last == "\n" { line = line.dropLast() }
    if line.hasPrefix("HTTP/") {
        transfer.headers = []
    } else if let first = line.first, first == " " || first == "\t", !transfer.headers.isEmpty {
        let last = transfer.headers.count - 1
        transfer.headers[last].value += " " + line.trimmingWhitespace
    } else if let colon = line.firstIndex(of: ":") {
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].trimmingWhitespace
        transfer.headers.append(HTTPHeader(name: name, value: value))
    }
    return length
}

/// Records upload progress as activity and aborts a cancelled transfer.
private let curlProgress: curl_xferinfo_callback = { context, _, _, _, uploadedNow in
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    if uploadedNow != transfer.uploaded {
        transfer.uploaded = uploadedNow
        transfer.lastActivity = monotonicNanoseconds()
    }
    return transfer.isCancelled ? 1 : 0
}

/// Marks the moment the connection is ready; the read timeout counts from here.
private let curlPrerequest: curl_prereq_callback = { context, _, _, _, _ in
    guard let context else { return Int32(CURL_PREREQFUNC_OK) }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.connected = true
    transfer.lastActivity = monotonicNanoseconds()
    return Int32(CURL_PREREQFUNC_OK)
}
