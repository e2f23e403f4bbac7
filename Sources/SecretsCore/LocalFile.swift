import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reads and existence checks made straight with the system calls.
///
/// A command looks for several files that are usually absent (the shared AWS files, the config file).
/// `FileManager` builds an error value for each missing file, and the first one costs a short command a
/// few hundred microseconds of one-time runtime work; `open` answers `ENOENT` and nothing more.
public enum LocalFile {
    /// The file's bytes, or `nil` when it cannot be opened or read (missing, a directory, no permission).
    public static func contents(atPath path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        // Files in /proc and /sys report a size of 0: read them in pages until the end.
        let expected = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        var contents = Data(capacity: expected)
        var chunk = [UInt8](repeating: 0, count: max(expected + 1, 4096))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                contents.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                return contents
            } else if errno != EINTR {
                return nil
            }
        }
    }

    /// Whether anything is at `path`, following symbolic links.
    public static func exists(atPath path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }
}
