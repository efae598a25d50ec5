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
        case .wordsNotPlaced(let ref): "无法把 \(ref) 的检查结果标到页面上：其 PDF 的版面与存储的文本不一致（由另一版本的 audit 提交）"
        case .notAPDFRevision(let ref): "\(ref) 是以文本而非 PDF 提交的：没有可标注的页面；请将报告写为 .html 或 .md"
        }
    }
}
