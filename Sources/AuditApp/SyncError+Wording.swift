import Localization

extension SyncError: LocalizedFailure {
    /// The message in both languages; `description` stays the English one. Reasons libgit2 or
    /// a remote gives are quoted as they come.
    public var wording: LocalizedText {
        LocalizedText(en: description, zh: chinese)
    }

    private var chinese: String {
        switch self {
        case .badRemoteName(let name):
            "远程仓库名 '\(name)' 无效：请像 git 分支名那样只用字母、数字、'.'、'_' 或 '-'"
        case .remoteExists(let name, let url):
            "远程仓库 '\(name)' 已存在（\(url)）"
        case .noSuchRemote(let name, let known):
            "没有远程仓库 '\(name)'（" + (known.isEmpty ? "尚未添加：'audit remote add NAME URL'" : "已有：" + known.joined(separator: "、")) + "）"
        case .unreachable(let remote, let url, let reason):
            "无法连接远程仓库 '\(remote)'（\(url)）：\(reason)"
        case .notAnAuditStore(let remote, let url, let branch, let cause):
            "远程仓库 '\(remote)'（\(url)）不是审核存储：其分支 '\(branch)' 不是报告版本（\(cause.zh)）"
        case .behindRemote(let remote, let references):
            "拒绝推送到 '\(remote)'：它含有本工作区没有的修订或审阅决定（\(LocalizedText.joined(references).zh)）；请先运行 'audit pull \(remote)'"
        case .refused(let remote, let references, let reason):
            "远程仓库 '\(remote)' 拒绝了 \(LocalizedText.joined(references).zh)：\(reason)"
        case .destinationNotEmpty(let path):
            "不会克隆到 \(path)：它已存在且不为空"
        }
    }
}
