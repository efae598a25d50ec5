import Localization
import PDFText

extension AuditStoreError: LocalizedFailure {
    /// The message in both languages; `description` stays the English one.
    public var wording: LocalizedText {
        LocalizedText(en: description, zh: chinese)
    }

    private var chinese: String {
        switch self {
        case .notAWorkspace(let path):
            return "不是审核工作区：\(path)（请先运行 'audit init --workspace \(path)'）"
        case .notADirectory(let path):
            return "不是目录：\(path)"
        case .cannotCreate(let path, let reason):
            return "无法创建 \(path)：\(reason)"
        case .badVersionLabel(let label):
            return "版本标签 \(Quoting.quoted(label)) 无效：只能用字母、数字、'.'、'_' 或 '-'，至多 64 个字符，以字母或数字开头，"
                + "前面可加部门名和 '/'（财政局/2024：部门名可用任何文字的字母、数字、'.'、'_' 或 '-'）"
        case .versionLabelNotARefName(let label):
            return "版本标签 \(Quoting.quoted(label)) 无效：git 不能这样命名分支（不能是 HEAD，不能含 '..'，不能以 '.' 或 '.lock' 结尾）"
        case .versionLabelClash(let label, let existing):
            return "版本标签 \(Quoting.quoted(label)) 与版本 \(Quoting.quoted(existing)) 冲突：部门名不能与不带部门的版本同名"
        case .badAuthor(let author):
            return "作者 \(Quoting.quoted(author)) 无效：请用 \"姓名 <邮箱>\" 的格式"
        case .noSuchFile(let path):
            return "文件不存在：\(path)"
        case .isADirectory(let path):
            return "是目录而不是文件：\(path)"
        case .notARegularFile(let path):
            return "不是普通文件：\(path)"
        case .unreadable(let path, let reason):
            return "无法读取 \(path)：\(reason)"
        case .fileTooLarge(let path, let size, let limit):
            return "文件过大：\(path) 为 \(size) 字节，上限为 \(limit) 字节（\(limit >> 20) MiB）"
        case .emptyFile(let path):
            return "文件为空：\(path)"
        case .blankFile(let path):
            return "文件为空：\(path) 只有空白字符"
        case .notText(let path, let reason):
            return "不是文本文件：\(path)（\(Self.chinese(reason))）"
        case .unreadablePDF(let path, let reason):
            return "无法存储 PDF \(path)：\(Self.chinese(reason))"
        case .unknownRef(let ref, let known):
            let versions = known.isEmpty ? "尚未存储任何版本" : "已有版本：" + known.joined(separator: "、")
            return "未知的引用 \(Quoting.quoted(ref))（\(versions)）"
        case .ambiguousRef(let ref, let candidates):
            return "引用 \(Quoting.quoted(ref)) 有歧义：可指 " + candidates.joined(separator: "、")
        case .noSuchRevision(let ref, let version, let count):
            return "未知的引用 \(Quoting.quoted(ref))：\(version) 只有 \(count) 个修订"
        case .busy:
            return "工作区正忙，请重试"
        case .cannotLock(let path, let reason):
            return "无法用 \(path) 锁定工作区：\(reason)"
        case .damagedRevision(let commitID, let reason):
            return "修订 \(commitID) 已损坏：\(reason)"
        case .damagedStore(let path, let reason):
            return "存储已损坏：无法读取 \(path)（\(Quoting.escapingControlCharacters(reason))）；未写入任何内容"
        case .brokenBranch(let version, let reference, let reason):
            return "版本 \(Quoting.quoted(version))：分支引用 \(Quoting.escapingControlCharacters(reference)) 已损坏"
                + "（\(Quoting.escapingControlCharacters(reason))）"
        }
    }

    private static func chinese(_ reason: TextDecodingError) -> String {
        switch reason {
        case .nulByte(let offset): "二进制内容：偏移 \(offset) 处有 NUL 字节"
        case .undecodable(let offset): "偏移 \(offset) 处的字节无法解码"
        case .converterMissing(let encoding): "本机的 iconv 无法解码 \(encoding)"
        }
    }

    private static func chinese(_ reason: PDFReadError) -> String {
        switch reason {
        case .encrypted: return "文件已加密，需要密码；请提交一份不加密的副本"
        case .damaged(let detail): return "文件已损坏：\(detail)"
        case .truncated: return "文件不完整或已损坏：结尾没有 %%EOF"
        case .noPages: return "文件没有页面"
        case .noText(let pages, let count):
            let which = pages.count < count
                ? "共 \(count) 页，其中第 \(PDFReadError.ranges(pages)) 页只有图像、没有文字"
                : count == 1 ? "唯一的一页没有文字" : "全部 \(count) 页都没有文字"
            return "\(which)（扫描件？）；请先做文字识别（OCR）"
        }
    }
}
