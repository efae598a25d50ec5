import Foundation
import Glibc

/// Accumulates what arrives on one pipe until its write end closes.
struct PipeReader {
    let fd: Int32
    /// Bytes beyond this are read (so the writer never blocks) but dropped.
    let limit: Int?
    var data = Data()
    var closed = false
    /// Whether bytes past the limit arrived.
    var overflowed = false

    init(fd: Int32, limit: Int?) {
        self.fd = fd
        self.limit = limit
    }

    /// Waits up to `timeoutMilliseconds` for any open reader to become readable, then reads
    /// from each that is.
    static func poll(_ readers: inout [PipeReader], timeoutMilliseconds: Int32) {
        let open = readers.indices.filter { !readers[$0].closed }
        var fds = open.map { pollfd(fd: readers[$0].fd, events: Int16(POLLIN), revents: 0) }
        guard Glibc.poll(&fds, nfds_t(fds.count), timeoutMilliseconds) > 0 else { return }
        for (index, polled) in zip(open, fds) where polled.revents != 0 {
            readers[index].readAvailable()
        }
    }

    private mutating func readAvailable() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(fd, &buffer, buffer.count)
        if count > 0 {
            keep(buffer[0..<count])
        } else if count == 0 || errno != EINTR {
            closed = true
        }
    }

    private mutating func keep(_ bytes: ArraySlice<UInt8>) {
        guard let limit else { return data.append(contentsOf: bytes) }
        if data.count + bytes.count > limit { overflowed = true }
        data.append(contentsOf: bytes.prefix(max(0, limit - data.count)))
    }
}
