import Foundation
import Glibc

enum FileDescriptorIO {
    /// Writes every byte, retrying short writes and interruptions; false if the pipe broke.
    static func writeAll(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    guard errno == EINTR else { return false }
                    continue
                }
                offset += written
            }
            return true
        }
    }
}
