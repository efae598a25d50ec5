/// Small reports in the stored-text form, built from named pieces.
enum CraftedReports {
    static let evaluation = "通过统一预约、统一叫号、统一受理、统一评价，市民服务中心平均等待时间从 7 分钟压缩为 4 分钟，平均办理时间从 17 分钟压缩为 15 分钟。办事群众满意度持续提升，全年累计接待群众和企业 127748 人次，日均人流量 1330 人次。"
    static let monitoring = "平台已接入近 60 万条政务服务办件数据，覆盖全市 7 个行政区域和 232 个各级单位。平台实现从预约到评价的全流程监管，部分单位满意度指数提升约 10%。"
    static let network = "完成市级政务外网升级改造，指导完成全市 54 个镇街、736 个村居政务外网接入。建立常态化政务外网运维服务机制，全年处理网络报障 105 次。"
    static let formula = "1.经济性：根据合同规定条款，预算年度应付资金，符合国家财经法规和财务管理制度规定。"

    /// One section per project, each holding the given paragraphs. As in stored reports, a line
    /// that ends a heading or paragraph carries a trailing space.
    static func report(_ projects: [(title: String, paragraphs: [String])]) -> String {
        let numerals = ["一", "二", "三", "四", "五", "六"]
        var lines = [" 第三部分：示例单位 2021 年部门决算情况说明 ", "", "四、其他重要事项的情况说明 ", ""]
        for (number, project) in projects.enumerated() {
            lines += ["（\(numerals[number])）\(project.title) ", ""]
            for paragraph in project.paragraphs { lines += [paragraph + " ", ""] }
        }
        return lines.joined(separator: "\n")
    }
}
