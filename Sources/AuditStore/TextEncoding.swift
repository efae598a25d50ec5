/// The encodings a report file is recognised in.
public enum TextEncoding: String, Codable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    /// GB18030 is a superset of GBK and GB2312, so it decodes files saved in either.
    case gb18030 = "GB18030"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// Not an encoding of text: the text stored is the layout text of the PDF's text layer.
    case pdf = "PDF"
}
