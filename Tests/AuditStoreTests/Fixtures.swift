import Foundation

/// A two-section report in Chinese, the shape of text the store receives.
let sampleReportText = """
第一部分：概况
一、部门主要职责
    负责全市政务服务数据管理。

第二部分：决算表
表1 收入支出决算总表 单位：万元
本年收入合计 20,864.64

"""
