import CheckerKit

extension ApplicationError: LocalizedFailure {
    /// The message in both languages; `description` stays the English one.
    public var wording: LocalizedText {
        LocalizedText(en: description, zh: chinese)
    }

    private var chinese: String {
        switch self {
        case .noSuchSource(let path): "文件或工作区不存在：\(path)"
        case .outputInsideStore(let path, let store): "不会写入 \(path)：它位于存储 \(store) 之内，该存储只能由 audit 写入"
        case .badLabelMap(let path, let reason): "标签对照表 \(path) 有误：\(reason)"
        case .mapNamesMissingFile(let path, let file, let directory): "标签对照表 \(path) 有误：\(file) 不是 \(directory) 中的文件"
        case .notABatchDirectory(let path): "不是存放报告的目录：\(path)"
        case .noSuchRulePack(let id, let known): "没有规则包 '\(id)'（已有：\(known.joined(separator: "、"))）"
        }
    }
}
