import CheckerKit
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
            throw ConfigurationError("", line: nil, LocalizedText(en: "cannot be read: \(String(cString: strerror(errno)))", zh: "无法读取：\(String(cString: strerror(errno)))"))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            throw ConfigurationError("", line: nil, LocalizedText(en: "cannot be read: \(String(cString: strerror(errno)))", zh: "无法读取：\(String(cString: strerror(errno)))"))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ConfigurationError("", line: nil, LocalizedText(en: "is ", zh: "是") + kind(status.st_mode) + LocalizedText(en: ", not a regular file", zh: "，不是普通文件"))
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
                throw ConfigurationError("", line: nil, LocalizedText(en: "cannot be read: \(String(cString: strerror(errno)))", zh: "无法读取：\(String(cString: strerror(errno)))"))
            }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    private static func kind(_ mode: mode_t) -> LocalizedText {
        switch mode & S_IFMT {
        case S_IFDIR: LocalizedText(en: "a directory", zh: "目录")
        case S_IFIFO: LocalizedText(en: "a FIFO", zh: "FIFO")
        case S_IFSOCK: LocalizedText(en: "a socket", zh: "套接字")
        case S_IFCHR, S_IFBLK: LocalizedText(en: "a device", zh: "设备")
        default: LocalizedText(en: "not a file", zh: "非文件")
        }
    }
}
