import Glibc

/// What one checker's child may use. The parent enforces the time-out by killing the child;
/// the kernel enforces these limits too, so that a child whose parent was killed (and so can
/// enforce nothing) still ends: CPU time a little past the time-out, and an address space.
struct ChildLimits {
    var timeoutSeconds: Int
    var memoryMegabytes: Int

    /// Applied in the child right after fork. SIGXCPU at the soft limit, SIGKILL one second
    /// later; an allocation past the address-space limit fails, which Swift turns into a trap.
    func apply() {
        let seconds = rlim_t(clamping: timeoutSeconds) &+ 1
        var cpu = rlimit(rlim_cur: seconds, rlim_max: seconds &+ 1)
        setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &cpu)
        let bytes = rlim_t(clamping: min(memoryMegabytes, 1 << 40)) << 20
        var memory = rlimit(rlim_cur: bytes, rlim_max: bytes)
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &memory)
    }
}
