import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A listening TCP socket on 127.0.0.1 at a free port, shared by the loopback servers.
enum LoopbackListener {
    /// Why the socket could not be opened.
    struct Failure: Error {
        let reason: String
    }

    /// Opens, binds and listens; returns the socket and the port it got, or the reason it failed.
    static func open() -> Result<(fd: Int32, port: UInt16), Failure> {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return .failure(Failure(reason: "socket() failed: errno \(errno)")) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = address(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && listen(fd, 64) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            let code = errno
            close(fd)
            return .failure(Failure(reason: "bind/listen on 127.0.0.1 failed: errno \(code)"))
        }
        return .success((fd, UInt16(bigEndian: address.sin_port)))
    }

    /// The IPv4 loopback address with a port.
    static func address(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
