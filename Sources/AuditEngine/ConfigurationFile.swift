import Foundation
import Glibc

/// The bytes of `audit.yml`, read without trusting what is at the path: it is opened
/// non-blocking, so a FIFO cannot hold the command, and anything but a regular file of
/// bounded size is a one-line error rather than a Foundation error dump.
enum ConfigurationFile {
    /// The file's bytes, or nil when there is no file.
    static func read(_ url: URL) throws -> [UInt8]? {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw ConfigurationError("", line: nil, "cannot be read: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            throw ConfigurationError("", line: nil, "cannot be read: \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ConfigurationError("", line: nil, "is \(kind(status.st_mode)), not a regular file")
        }
        return try contents(of: fd)
    }

    /// Reads at most one byte past the limit, so that an oversized file is known as such
    /// without reading all of it.
    private static func contents(of fd: Int32) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while bytes.count <= YAMLBounds.maximumBytes {
            let count = Glibc.read(fd, &buffer, buffer.count)
            if count == 0 { break }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw ConfigurationError("", line: nil, "cannot be read: \(String(cString: strerror(errno)))")
            }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "not a file"
        }
    }
}
