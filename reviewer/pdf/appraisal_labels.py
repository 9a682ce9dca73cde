"""The appraisal PDF's own words in English and Chinese (see language.py)."""
from __future__ import annotations

from .language import pick

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Performance appraisal", "绩效考核报告"),
    "draft": ("DRAFT — not final", "草稿 — 非最终结果"),
    "draft_note": ("The cycle is still running or the appraisal has not been released: this shows what exists now.",
                   "考核周期仍在进行或结果尚未发布：以下为当前已有的内容。"),
    "corrected": ("Version {version}: this corrects version {previous}, whose signed document stays on record.",
                  "第 {version} 版：更正第 {previous} 版，原已签署的文档仍予保留。"),
    "page": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "employee": ("Employee", "员工"), "employee_no": ("Employee no.", "工号"),
    "position": ("Position", "岗位"), "department": ("Department", "部门"), "manager": ("Manager", "直属上级"),
    "cycle": ("Cycle", "考核周期"), "period": ("Period", "考核期间"), "version": ("Version", "版本"),
    "summary": ("Result", "考核结果"), "kpi_score": ("KPI score", "KPI 得分"),
    "competency_score": ("360 score", "360 得分"), "final_score": ("Final score", "最终得分"),
    "band": ("Rating", "评级"), "weights": ("Weights: KPI {kpi}%, 360 {competency}%", "权重：KPI {kpi}%，360 {competency}%"),
    "not_scored": ("not scored yet", "尚未评分"),
    "kpis": ("KPI results", "KPI 完成情况"), "kpi": ("KPI", "指标"), "target": ("Target", "目标值"),
    "actual": ("Actual", "实际值"), "attainment": ("Attainment", "达成率"), "points": ("Points", "得分"),
    "weight": ("Weight", "权重"), "unit": ("Unit", "单位"), "no_kpis": ("No KPI targets in this cycle.", "本周期没有 KPI 目标。"),
    "no_result": ("no result yet", "暂无结果"),
    "kpi_chart": ("Attainment against target (dashed line = 100%)", "目标达成率（虚线 = 100%）"),
    "feedback": ("360-degree feedback", "360 度评估"),
    "feedback_rules": ("Peer, direct-report and customer groups with fewer than {threshold} answers are pooled as "
                       "“others” or withheld; comments are shown without names.",
                       "同事、下属和客户组回答少于 {threshold} 份时合并为“其他”或不予显示；评语不署名。"),
    "no_feedback": ("No submitted 360 feedback in this cycle.", "本周期没有已提交的 360 评估。"),
    "competency": ("Competency", "能力项"), "self": ("Self", "自评"), "manager_group": ("Manager", "上级"),
    "others": ("Others", "他评"), "gap": ("Gap", "差距"), "raters": ("Raters", "评估人数"),
    "blind_spot": ("blind spot", "盲点"), "hidden_strength": ("hidden strength", "隐藏优势"), "aligned": ("aligned", "一致"),
    "radar": ("Self, manager and others (scale 1–5)", "自评、上级与他评（1–5 分）"),
    "comments": ("Comments from the 360 forms", "360 评估评语"),
    "comments_withheld": ("Some comments are withheld: too few raters answered to keep them anonymous.",
                          "部分评语未显示：回答人数太少，无法保证匿名。"),
    "from_self": ("Self", "自评"), "from_manager": ("Manager", "上级"), "from_others": ("Others", "他评"),
    "narrative": ("Assessment", "综合评价"), "strengths": ("Strengths", "优势"),
    "development": ("Development areas", "待发展领域"), "self_comment": ("Employee's comment", "员工意见"),
    "manager_comment": ("Manager's comment", "上级评语"), "hr_comment": ("HR's comment", "人力资源部意见"),
    "none": ("—", "—"),
    "plan": ("Improvement plan", "绩效改进计划"), "plan_period": ("{start} to {end}, {status}", "{start} 至 {end}，{status}"),
    "plan_reason": ("Reason", "原因"), "plan_goals": ("Goals", "目标"), "plan_progress": (
        "{check_ins} check-in(s), latest progress {progress}; {warnings} warning(s)",
        "已面谈 {check_ins} 次，最近进度 {progress}；警告 {warnings} 次"),
    "short_term": ("short term", "短期"), "long_term": ("long term", "长期"),
    "evidence": ("Evidence manifest", "证据清单"),
    "evidence_note": ("The signatures cover these files exactly: any file whose SHA-256 differs is not the one shown.",
                      "签名覆盖以下文件：SHA-256 不一致的文件即不是本报告所依据的文件。"),
    "no_evidence": ("No evidence files are attached.", "未附证据文件。"),
    "file": ("File", "文件"), "size": ("Size", "大小"), "supports": ("Supports", "关联"),
    "signatures": ("Signatures", "签字"),
    "signatures_note": ("Signed in the order manager, employee, HR. Each signature is a digital signature over the "
                        "document as it stood; open the signature panel of a PDF reader to check it.",
                        "签署顺序：上级、员工、人力资源部。每个签名都是对签署时文档内容的数字签名，可在 PDF 阅读器的签名面板中验证。"),
    "role.manager": ("Manager", "上级"), "role.employee": ("Employee", "员工"), "role.hr": ("HR", "人力资源部"),
    "digitally_signed": ("Digitally signed — check it in the reader's signature panel", "数字签名 — 可在阅读器签名面板中验证"),
    "disagree": ("acknowledged, I disagree", "已阅，但不同意"), "acknowledged": ("acknowledged", "已阅"),
    "reason.manager": ("Appraisal approved by the manager", "上级审核通过"),
    "reason.employee": ("Appraisal acknowledged by the employee", "员工确认"),
    "reason.hr": ("Appraisal countersigned by HR", "人力资源部会签"),
    "author": ("Appraisal Workstation", "绩效考核工作台"),
    "status.draft": ("draft", "草稿"), "status.active": ("active", "进行中"), "status.extended": ("extended", "已延期"),
    "status.closed": ("closed", "已结束"), "status.open": ("open", "进行中"), "status.met": ("met", "已达成"),
    "status.missed": ("missed", "未达成"),
    "unit.count": ("count", "个"), "unit.percent": ("%", "%"), "unit.currency": ("CNY", "元"),
    "unit.hours": ("hours", "小时"), "unit.days": ("days", "天"), "unit.score": ("score", "分"),
}


def label(key: str, language: str, **params) -> str:
    return pick(LABELS, key, language, **params)
