"""Comment text for the demo data, as managers and colleagues would write it."""

KEEP_DOING = [
    "主动跟进客户需求，反馈非常及时。",
    "乐于分享经验，新同事上手快了很多。",
    "客户资料记录完整，交接工作很顺畅。",
    "遇到问题先想办法，再来沟通，效率很高。",
    "对产品非常熟悉，客户信任度高。",
    "Always prepared for customer meetings; notes are clear and shared the same day.",
    "团队有困难时总是第一个站出来帮忙。",
]
DO_BETTER = [
    "跨部门沟通可以更主动一些，提前同步进度。",
    "拜访记录有时不够完整，建议当天补齐。",
    "时间管理需要加强，部分任务临近截止才完成。",
    "可以多提出自己的想法，不要只等安排。",
    "Could delegate more instead of fixing everything personally.",
    "对数据的准确性要再细心一些。",
]
STRENGTHS = {
    "communication": "沟通清晰，能把复杂问题讲明白。",
    "teamwork": "团队协作意识强，乐于支持同事。",
    "customer_focus": "以客户为中心，客户满意度高。",
    "execution": "执行力强，承诺的事情按时完成。",
    "professionalism": "专业扎实，工具使用熟练，记录规范。",
    "learning": "学习能力强，能快速吸收反馈并改进。",
    "leadership": "目标清晰，团队信任度高。",
    "coaching": "善于辅导下属，团队成长明显。",
}
DEVELOPMENT = {
    "communication": "加强跨部门沟通，重要进展要及时同步。",
    "teamwork": "多参与团队分享，主动支持同事。",
    "customer_focus": "更深入了解客户需求，提升回访质量。",
    "execution": "提升计划性，避免任务集中在截止前完成。",
    "professionalism": "提高数据录入的准确性和完整性。",
    "learning": "主动寻求反馈，制定个人学习计划。",
    "leadership": "更清楚地解释团队目标及其意义。",
    "coaching": "增加一对一辅导的频率，给出具体反馈。",
}
MANAGER_SUMMARY = {
    "S": "本期表现卓越，多项指标大幅超额完成，是团队的标杆。",
    "A": "本期表现优秀，关键指标超出预期，继续保持。",
    "B": "本期表现良好，完成了主要目标，部分指标仍有提升空间。",
    "C": "本期部分关键指标未达成，需要制定改进计划并加强跟进。",
    "D": "本期表现未达到岗位要求，需立即启动绩效改进计划。",
}
SELF_COMMENTS = [
    "本期完成了主要目标，下期希望在客户拓展上有更大突破。",
    "感谢团队的支持，我会继续提升专业能力。",
    "部分指标没有达到预期，原因是市场变化较大，下期会调整方法。",
    "I met most of my targets and want to take on a larger account list next cycle.",
]
CALIBRATION_REASONS = [
    "与同岗位人员对比，结果贡献被低估；客户续约工作未计入指标。",
    "Manager's proposal is above the team's evidence; aligned with peers in the same role.",
    "跨部门项目贡献突出，校准会一致同意上调。",
    "分布指引下调整：同组评分偏高，经校准会讨论后下调一档。",
]
ACTUAL_SOURCES = ["CRM export", "Finance report", "Customer survey", "Manager review", "Service desk"]
# The open cycle's self-reviews, as employees write them.
SELF_ACHIEVEMENTS = [
    "完成华东区 3 个重点客户的续约，续约金额同比增长 12%。",
    "独立负责新客户的开发，本期新签 5 家，超出目标。",
    "牵头整理客户拜访模板，团队的拜访记录完整率明显提高。",
    "客户投诉处理平均时长从 3 天缩短到 1.5 天。",
    "配合市场部完成两场客户活动，收集有效线索 40 余条。",
    "Closed the two largest renewals of the region and onboarded a new distributor.",
    "带教两名新同事，他们都已能独立跟进客户。",
]
SELF_CHALLENGES = [
    "下半年市场竞争加剧，部分老客户压价，回款周期变长。",
    "新系统上线初期数据迁移不完整，花了较多时间核对。",
    "跨部门协作的节奏不一致，部分项目推进较慢。",
    "外勤任务集中在季度末，时间安排比较紧张。",
    "Two key contacts at major accounts changed, so relationships had to be rebuilt.",
]
SELF_DEVELOPMENT_WISHES = [
    "希望参加谈判技巧培训，提升大客户谈判能力。",
    "想学习数据分析工具，用数据支持客户方案。",
    "希望有机会参与跨部门项目，了解产品和市场的工作。",
    "希望下期能独立负责一个重点客户。",
    "I would like coaching on presenting to senior customer stakeholders.",
]
SELF_TARGET_COMMENTS = [
    "本项基本达成，季度末有客户延期。",
    "超额完成，主要来自两个大客户。",
    "受市场影响未完全达成，下期会调整策略。",
    "按计划完成。",
]
RETURN_NOTES = [
    "请补充主要成绩的具体数据，例如续约金额和客户数量。",
    "困难部分写得比较笼统，请说明具体原因和你采取的措施。",
]
