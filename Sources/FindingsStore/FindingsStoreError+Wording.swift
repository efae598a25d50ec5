import Localization

extension FindingsStoreError: LocalizedFailure {
    /// The message in both languages; `description` stays the English one.
    public var wording: LocalizedText {
        LocalizedText(en: description, zh: chinese)
    }

    private var chinese: String {
        switch self {
        case .badFindingID(let id):
            "检查结果编号 '\(id)' 有误：请至少给出其指纹的 \(FindingIDs.minimumLength) 位十六进制数字"
        case .unknownFinding(let id):
            "没有编号为 '\(id)' 的已记录检查结果（见 'audit findings <ref>'）"
        case .ambiguousFinding(let id, let candidates):
            "检查结果编号 '\(id)' 不唯一：对应 " + candidates.joined(separator: "、")
        case .emptyReason:
            "审阅决定需要理由：--reason \"...\""
        case .damagedTriage(let reason):
            "\(StoreReferences.triage) 上的审阅记录已损坏：\(reason)"
        }
    }
}
