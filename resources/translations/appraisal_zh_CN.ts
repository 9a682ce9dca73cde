<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="105"/>
        <source>Record acknowledgement</source>
        <translation>记录确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="107"/>
        <source>Record that %1 received version %2 of the plan. Acknowledging is receipt, not agreement: if they disagree, say so and write their comment.</source>
        <translation>记录 %1 已收到第 %2 版计划。确认表示已收到，并不表示同意：如员工有异议，请勾选并写下其意见。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="109"/>
        <source>The employee disagrees with the plan</source>
        <translation>员工对计划有异议</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="112"/>
        <source>Their comment:</source>
        <translation>员工意见：</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/cycle_participant.py" line="23"/>
        <source>Add to %1</source>
        <translation>添加到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_participant.py" line="26"/>
        <source>People who joined during the cycle. Once goal setting has begun, they get their appraisal at once.</source>
        <translation>周期中途加入的人员。目标设定开始后，他们会立即获得考核。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_participant.py" line="37"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_participant.py" line="39"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_participant.py" line="57"/>
        <source>Adding to the cycle</source>
        <translation>正在添加到周期</translation>
    </message>
</context>
<context>
    <name>AddProfileDialog</name>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="81"/>
        <source>Add a profile</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="83"/>
        <source>Profile name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="87"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="89"/>
        <source>Type a name or employee number</source>
        <translation>输入姓名或工号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="95"/>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="96"/>
        <source>A manager sees the people who report to this employee, directly or through others.</source>
        <translation>经理可以看到直接或间接向该员工汇报的所有人。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="101"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="102"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="14"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="15"/>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="16"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="17"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="18"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="19"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="20"/>
        <source>Due by then</source>
        <translation>截至当日应达</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="21"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="61"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="62"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>AppraisalsPage</name>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="72"/>
        <source>&amp;Preview and sign…</source>
        <translation>预览并签署(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="73"/>
        <source>Sign a PDF &amp;file…</source>
        <translation>签署 PDF 文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="74"/>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="75"/>
        <source>E&amp;xplain score…</source>
        <translation>得分说明(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="76"/>
        <source>How the selected person&apos;s score was computed: every input, rule and figure</source>
        <translation>所选人员的得分是如何算出的：每项输入、规则和数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="78"/>
        <source>Se&amp;lf-review…</source>
        <translation>自评(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="79"/>
        <source>&amp;Manager review…</source>
        <translation>上级评价(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="80"/>
        <source>Import re&amp;views…</source>
        <translation>导入评估(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="81"/>
        <source>Self-reviews and manager reviews from a CSV or Excel file: employee no., part (self or manager), one column per field</source>
        <translation>从 CSV 或 Excel 文件导入自我评估和经理评估：工号、部分（自评或上级），每个字段一列</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="84"/>
        <source>&amp;Export all as PDF…</source>
        <translation>全部导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="85"/>
        <source>&amp;Team summary…</source>
        <translation>团队汇总(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="86"/>
        <source>Signing &amp;identities…</source>
        <translation>签名身份(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="87"/>
        <source>Start &amp;improvement plan…</source>
        <translation>开始改进计划(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="89"/>
        <source>Start de&amp;velopment plan…</source>
        <translation>开始发展计划(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="96"/>
        <source>Start improvement plan…</source>
        <translation>开始改进计划…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="105"/>
        <source>Cycle:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="107"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="136"/>
        <source>Appraisals</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="137"/>
        <source>Team history</source>
        <translation>团队历史</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="138"/>
        <source>Verify a PDF</source>
        <translation>验证 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="141"/>
        <source>Appraisals and sign-off</source>
        <translation>考核结果与签署</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="156"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="177"/>
        <source>No appraisals in this cycle yet. They appear once results are scored; import results or run the cycle first.</source>
        <translation>本周期还没有考核结果。评分后才会出现；请先导入结果或推进考核周期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="202"/>
        <source>This person has no appraisal in the cycle yet.</source>
        <translation>此人在本周期中还没有考核。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="257"/>
        <source>Sign an appraisal PDF</source>
        <translation>签署考核 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="257"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="273"/>
        <source>Version %1 created; sign its new document.</source>
        <translation>已创建第 %1 版；请签署新文档。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="345"/>
        <source>Wrote %1 PDFs to %2; %3 signed.</source>
        <translation>已将 %1 份 PDF 写入 %2；已签署 %3 份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="348"/>
        <location filename="../../ui/pages/appraisals_page.py" line="354"/>
        <source>Exporting appraisals</source>
        <translation>正在导出考核报告</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="349"/>
        <source>%1 people were left out of the signed batch:</source>
        <translation>已有 %1 人未纳入本次签名批次：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="357"/>
        <location filename="../../ui/pages/appraisals_page.py" line="369"/>
        <source>Team summary</source>
        <translation>团队汇总</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="358"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF 文档 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appraisals_page.py" line="370"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../ui/pages/area_page.py" line="37"/>
        <source>In this database now</source>
        <translation>当前数据库中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="43"/>
        <source>Coming to this page</source>
        <translation>本页即将提供</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="62"/>
        <source>Nothing yet.</source>
        <translation>暂无内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="79"/>
        <source>%1 (%2): %3; %4 people with targets.</source>
        <translation>%1（%2）：%3；%4 人已设定目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="84"/>
        <source>%1: %2 – %3, latest progress %4%.</source>
        <translation>%1：%2 – %3，最新进度 %4%。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="90"/>
        <source>Cycles</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="91"/>
        <source>Appraisal periods with their stages, from goal setting to sign-off, and their settings: part weights, rating bands and the anonymity threshold.</source>
        <translation>考核周期及其阶段（从目标设定到签署），以及周期设置：各部分权重、评级档次和匿名阈值。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="94"/>
        <source>Create cycles and move them through their stages</source>
        <translation>创建周期并推进各阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="95"/>
        <source>Calibration with distribution guidelines and a record of every move</source>
        <translation>按分布指引进行校准，并记录每一次调整</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="97"/>
        <source>Improvement Plans</source>
        <translation>绩效改进计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="98"/>
        <source>Plans for people below standard: analysis, short- and long-term goals, actions, regular check-ins and an outcome.</source>
        <translation>针对未达标员工的计划：原因分析、短期与长期目标、行动措施、定期检查和最终结果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/area_page.py" line="100"/>
        <source>Create plans, record check-ins and warnings, close with an outcome</source>
        <translation>创建计划，记录检查与警告，并以结果结案</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="49"/>
        <source>Assign raters</source>
        <translation>分配评估人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="51"/>
        <source>Each person is asked to rate themself; their manager, their direct reports and the chosen number of teammates are asked too. People already asked are not asked again; teammates with the fewest forms are chosen first.</source>
        <translation>每人都要做自评；其直属上级、直接下属和所选人数的同组同事也会受邀评估。已受邀的人不会重复邀请；优先选择评估表最少的同事。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="57"/>
        <source>Everyone</source>
        <translation>全体人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="60"/>
        <source>People in:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="64"/>
        <source>Peers per person:</source>
        <translation>每人同事评估人数：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="65"/>
        <source>Ask managers&apos; direct reports (upward feedback)</source>
        <translation>邀请管理者的直接下属评估（向上反馈）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="71"/>
        <source>At most forms per peer:</source>
        <translation>每位同事最多评估表数：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="73"/>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
</context>
<context>
    <name>AssignTemplateDialog</name>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="341"/>
        <source>Assign a KPI template</source>
        <translation>分配 KPI 模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="351"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="352"/>
        <source>Everyone in the position</source>
        <translation>该职位的所有人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="353"/>
        <source>Everyone in the department (with its teams)</source>
        <translation>该部门（含下属团队）的所有人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="354"/>
        <source>Only the selected person</source>
        <translation>仅所选人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="360"/>
        <source>Replace targets people already have (those with results stay)</source>
        <translation>替换人员已有的目标（已有结果的目标保留）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="377"/>
        <source>Template assigned to %1 people: %2 targets created, %3 people kept their targets, %4 replaced.</source>
        <translation>模板已分配给 %1 人：新建 %2 个目标，%3 人保留原有目标，%4 人已替换。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="28"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="28"/>
        <source>Profile</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="29"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="29"/>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="30"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="30"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="50"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="58"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="60"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="62"/>
        <source>Changed by:</source>
        <translation>修改人：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="64"/>
        <source>A person&apos;s history: type a name or employee number</source>
        <translation>某人的历史：输入姓名或工号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="66"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="69"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="73"/>
        <source>Verify the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="74"/>
        <source>Check that no entry was edited, removed or slipped in behind the program&apos;s back</source>
        <translation>检查是否有记录被绕过程序修改、删除或插入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="87"/>
        <source>Copy head</source>
        <translation>复制链头</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="88"/>
        <source>Copy the chain&apos;s head (position:hash) to keep elsewhere and check later with main.py audit verify --expect-head</source>
        <translation>复制链头（位置:哈希）另行保存，日后可用 main.py audit verify --expect-head 核对</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="115"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="119"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="150"/>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="156"/>
        <source>Checking every entry…</source>
        <translation>正在检查每条记录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="164"/>
        <source>Verifying the audit trail</source>
        <translation>正在校验审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="173"/>
        <source>✔ Chain intact: %1 entries, head %2</source>
        <translation>✔ 链条完整：共 %1 条记录，链头 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="180"/>
        <source>✘ Chain broken at entry %1: %2</source>
        <translation>✘ 链条在第 %1 号记录处断开：%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="182"/>
        <source>✘ Chain broken: %1</source>
        <translation>✘ 链条已断开：%1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backups.py" line="50"/>
        <source>Backups on a database server</source>
        <translation>数据库服务器上的备份</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="65"/>
        <source>Backup made</source>
        <translation>备份已完成</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="66"/>
        <source>The database was backed up to %1. The backups folder keeps the newest %2 backups.</source>
        <translation>数据库已备份到 %1。备份文件夹保留最新的 %2 份备份。</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="69"/>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="81"/>
        <location filename="../../ui/backups.py" line="92"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="82"/>
        <source>Database backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>数据库备份 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="93"/>
        <source>Replace the current database with the backup %1? The current database is kept aside as a copy next to it. The window then closes and the program opens the restored database again.</source>
        <translation>用备份 %1 替换当前数据库？当前数据库会作为副本保留在其旁边。随后窗口将关闭，程序会重新打开恢复后的数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="107"/>
        <source>The database was restored from %1.</source>
        <translation>数据库已从 %1 恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="109"/>
        <source>The previous database was kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="111"/>
        <source>The backup was made by an older version: its schema was upgraded from %1 to %2.</source>
        <translation>该备份由旧版本生成：其数据结构已从 %1 升级到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="114"/>
        <source>It was encrypted with the passphrase in APPRAISAL_DB_PASSPHRASE, which opens the database from now on.</source>
        <translation>该备份是用 APPRAISAL_DB_PASSPHRASE 中的口令加密的，从现在起数据库用这个口令打开。</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="116"/>
        <source>The window now closes and the program opens the restored database again.</source>
        <translation>窗口现在将关闭，程序会重新打开恢复后的数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="117"/>
        <source>Database restored</source>
        <translation>数据库已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="147"/>
        <source>Backing up the database before closing</source>
        <translation>关闭前正在备份数据库</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../ui/pages/backups_tab.py" line="25"/>
        <source> backups</source>
        <translation> 份备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_tab.py" line="26"/>
        <source>Keep the newest:</source>
        <translation>保留最新的：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_tab.py" line="27"/>
        <source>Of each kind: the automatic backups made when the window closes and by File ▸ Back up now…, and the copies made before a schema upgrade, kept beside the database. Older ones are removed. From 1 to 365.</source>
        <translation>每一类分别计算：关闭窗口时和通过“文件 ▸ 立即备份…”自动生成的备份，以及数据结构升级前生成、存放在数据库旁边的副本。更旧的会被删除。取值 1 到 365。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_tab.py" line="32"/>
        <source>Backups folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_tab.py" line="34"/>
        <source>Save backup settings</source>
        <translation>保存备份设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_tab.py" line="45"/>
        <source>Only HR changes the backup settings.</source>
        <translation>只有人力资源可以更改备份设置。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_tab.py" line="50"/>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
</context>
<context>
    <name>BandPeopleModel</name>
    <message>
        <location filename="../../ui/calibration/grid_view.py" line="64"/>
        <source>Big mover: two or more bands from where the session started</source>
        <translation>大幅调整：与会议开始时相差两个或以上等级</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/grid_view.py" line="72"/>
        <source>big mover</source>
        <translation>大幅调整</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/grid_view.py" line="73"/>
        <source>Score %1 · KPI %2 · Competency %3</source>
        <translation>得分 %1 · KPI %2 · 能力 %3</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/grid_view.py" line="77"/>
        <source>Ranked %1 of %2 in the position</source>
        <translation>在本岗位排名第 %1 / 共 %2 人</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/grid_view.py" line="82"/>
        <source>Band:</source>
        <translation>等级：</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/batch_dialog.py" line="29"/>
        <source>Export all as PDF</source>
        <translation>全部导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_dialog.py" line="34"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_dialog.py" line="39"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_dialog.py" line="40"/>
        <source>Sign each document as manager</source>
        <translation>以上级身份签署每份文档</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_dialog.py" line="48"/>
        <source>Identity:</source>
        <translation>签名身份：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_dialog.py" line="49"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_dialog.py" line="50"/>
        <source>One PDF per person, built on all cores. Cancelling removes every file of the batch. A signed batch holds only the direct reports of the identity&apos;s holder whose appraisals carry no signature yet; the others are listed as left out.</source>
        <translation>每人一个 PDF，使用全部处理器核心生成。取消会删除本批次的所有文件。签名批次只包含该身份持有人的直属下级中尚无签名的考核；其他人会列为未纳入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_dialog.py" line="64"/>
        <source>Folder for the PDFs</source>
        <translation>PDF 存放文件夹</translation>
    </message>
</context>
<context>
    <name>BlockersModel</name>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="61"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="62"/>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="62"/>
        <source>Where</source>
        <translation>处理位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="72"/>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="83"/>
        <source>Calibration aligns the bands across teams before sign-off: a session over the whole cycle, a department or a position shows the distribution against the guideline, and every move needs a reason. A cycle gets here when HR advances it past the manager reviews (Cycles page, Advance…).</source>
        <translation>校准在签署前统一各团队的等级：针对整个周期、某个部门或某个职位的校准会议会显示与指导比例对照的分布，每次调整都须填写理由。HR 将周期推进过经理评估阶段后（“周期”页面，“推进…”），周期即来到此处。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="86"/>
        <source>Go to Cycles</source>
        <translation>前往周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="88"/>
        <source>No cycle in calibration yet</source>
        <translation>尚无处于校准阶段的周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="90"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="100"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="103"/>
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="110"/>
        <location filename="../../ui/pages/calibration_page.py" line="137"/>
        <source>Open session…</source>
        <translation>开启会议…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="111"/>
        <source>Open a session over the cycle, a department or a position (Ctrl+N)</source>
        <translation>针对整个周期、某个部门或某个职位开启校准会议（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="112"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="113"/>
        <source>Read the sessions again: another user may have moved someone (F5)</source>
        <translation>重新读取会议：其他用户可能已调整了某人（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="139"/>
        <source>No session yet</source>
        <translation>尚无会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="141"/>
        <source>Choose a session above.</source>
        <translation>请在上方选择一个会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="160"/>
        <source>Loading cycles</source>
        <translation>正在加载周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="197"/>
        <source>Loading sessions</source>
        <translation>正在加载会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="212"/>
        <source>The cycle is in calibration: sessions may be opened and moves made.</source>
        <translation>该周期处于校准阶段：可以开启会议并进行调整。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="214"/>
        <source>The cycle is past calibration: its sessions are kept as they closed.</source>
        <translation>该周期已过校准阶段：其会议保持关闭时的状态。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="217"/>
        <source>Only HR opens sessions and moves people; you see the sessions you sit in.</source>
        <translation>只有 HR 可以开启会议和调整人员；您可以查看您参加的会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="219"/>
        <source>A session calibrates the whole cycle, a department or a position together. Open one to see the distribution against the guideline and move people between bands.</source>
        <translation>一次会议会一并校准整个周期、某个部门或某个职位。开启会议即可查看与指导比例对照的分布，并在等级之间调整人员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="221"/>
        <source>This cycle has no calibration session.</source>
        <translation>该周期没有校准会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="260"/>
        <source>Loading departments</source>
        <translation>正在加载部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calibration_page.py" line="266"/>
        <source>Session opened.</source>
        <translation>会议已开启。</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="130"/>
        <source>Record check-in</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="133"/>
        <source>Held on:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="134"/>
        <source>Progress per goal</source>
        <translation>各目标进度</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="136"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="137"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="138"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="139"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="166"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="168"/>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="171"/>
        <source>The plan has no goals to check.</source>
        <translation>该计划没有可跟进的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="222"/>
        <source>No evidence on their targets yet; add a file, note or link for this check-in.</source>
        <translation>其指标上尚无证据；可为本次跟进添加文件、备注或链接。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="225"/>
        <source>The newest %1 items of their target evidence; older ones are on the KPI page.</source>
        <translation>显示其指标证据中最新的 %1 项；更早的请在 KPI 页面查看。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="228"/>
        <source>Tick the evidence that supports this check-in.</source>
        <translation>勾选支持本次跟进的证据。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="231"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="233"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="235"/>
        <source>Add link…</source>
        <translation>添加链接…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="245"/>
        <source>New file: %1</source>
        <translation>新文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="245"/>
        <source>New note: %1</source>
        <translation>新备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="246"/>
        <source>New link: %1</source>
        <translation>新链接：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="257"/>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="263"/>
        <source>Evidence note</source>
        <translation>证据备注</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="263"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="272"/>
        <source>Evidence link</source>
        <translation>证据链接</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="272"/>
        <source>Link (https://…):</source>
        <translation>链接（https://…）：</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="478"/>
        <source>Close plan</source>
        <translation>关闭计划</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="482"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="485"/>
        <source>New end date:</source>
        <translation>新的结束日期：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="488"/>
        <source>Reasoning:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="489"/>
        <source>A closed plan is read-only. Choosing &quot;Extended&quot; keeps it open with the new end date.</source>
        <translation>已关闭的计划为只读。选择“延期”则计划继续进行，使用新的结束日期。</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../ui/plans/comparison_model.py" line="17"/>
        <source>too few</source>
        <translation>人数过少</translation>
    </message>
    <message>
        <location filename="../../ui/plans/comparison_model.py" line="23"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/plans/comparison_model.py" line="24"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/comparison_model.py" line="25"/>
        <source>This person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../ui/plans/comparison_model.py" line="26"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../ui/plans/comparison_model.py" line="27"/>
        <source>Top quartile</source>
        <translation>前四分之一</translation>
    </message>
    <message>
        <location filename="../../ui/plans/comparison_model.py" line="28"/>
        <source>Others</source>
        <translation>其他人数</translation>
    </message>
</context>
<context>
    <name>CompetenciesDialog</name>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="32"/>
        <source>Competency library</source>
        <translation>能力素质库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="34"/>
        <source>Edit in place; each row is saved when you leave it. A competency that a form question rates cannot be deleted.</source>
        <translation>直接在表格中编辑；离开一行时自动保存。被评估表题目引用的能力素质不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="39"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="39"/>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="40"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="40"/>
        <source>Description (Chinese)</source>
        <translation>中文说明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="41"/>
        <source>For managers</source>
        <translation>适用于管理者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="48"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="48"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="94"/>
        <source>Row %1 not saved: %2</source>
        <translation>第 %1 行未保存：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/competencies_dialog.py" line="98"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="98"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="99"/>
        <source>Forms</source>
        <translation>评估表</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="100"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="101"/>
        <source>In progress</source>
        <translation>填写中</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="102"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="103"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="104"/>
        <source>Complete</source>
        <translation>完成率</translation>
    </message>
</context>
<context>
    <name>ContextPanel</name>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="24"/>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="25"/>
        <source>Band</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="26"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="35"/>
        <source>%1 (this cycle)</source>
        <translation>%1（本周期）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="47"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="48"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="49"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="50"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="51"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="52"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="69"/>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="70"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="71"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="72"/>
        <source>Others</source>
        <translation>其他评价人</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="73"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="109"/>
        <location filename="../../ui/calibration/context_panel.py" line="149"/>
        <source>Choose a person to see their context.</source>
        <translation>选择一个人以查看其背景信息。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="126"/>
        <source>Bands: the last three cycles and this one</source>
        <translation>评级：前三个周期及本周期</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="129"/>
        <source>KPI results</source>
        <translation>KPI 完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="132"/>
        <source>360 summary</source>
        <translation>360 评估摘要</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="157"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="162"/>
        <source>Loading the person&apos;s context</source>
        <translation>正在加载此人的背景信息</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="170"/>
        <source>Manager: %1</source>
        <translation>直属上级：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="172"/>
        <source>Blind session: names are shown when HR closes it.</source>
        <translation>盲评会议：人力资源部结束会议后显示姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="183"/>
        <source>No 360 results for this person in this cycle.</source>
        <translation>本周期没有此人的 360 评估结果。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/context_panel.py" line="185"/>
        <source>Groups with fewer than %1 answers are pooled as “others” or withheld; comments carry no names.</source>
        <translation>回答少于 %1 份的评价组合并为“其他”或不予显示；评语不署名。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="26"/>
        <source>Correct the appraisal of %1</source>
        <translation>更正 %1 的考核</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="28"/>
        <source>The signed document stays as it is. The correction becomes version %1, which is printed and signed again.</source>
        <translation>已签署的文档保持不变。更正将成为第 %1 版，需重新生成并签署。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="33"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="34"/>
        <source>New final score:</source>
        <translation>新的最终得分：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="43"/>
        <source>HR&apos;s comment on the new version (optional)</source>
        <translation>人力资源部对新版本的意见（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction_dialog.py" line="45"/>
        <source>HR&apos;s comment:</source>
        <translation>人力资源部意见：</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="123"/>
        <source>%1: fewer than %2 raters, answers will be pooled or withheld</source>
        <translation>%1：评估人少于 %2 人，答案将被合并或不予显示</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="125"/>
        <source>%1: below the minimum</source>
        <translation>%1：低于最少人数</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="126"/>
        <source>%1: above the maximum</source>
        <translation>%1：超过最多人数</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="135"/>
        <source>About</source>
        <translation>被评估人</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="136"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="137"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="138"/>
        <source>Peers</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="139"/>
        <source>Reports</source>
        <translation>下属</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="140"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="141"/>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="90"/>
        <source>Ask a customer about %1</source>
        <translation>邀请客户评估 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="97"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="98"/>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="99"/>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="100"/>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
</context>
<context>
    <name>CycleDashboard</name>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="46"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="47"/>
        <source>KPI targets and results</source>
        <translation>KPI 目标与结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="48"/>
        <source>360 Reviews</source>
        <translation>360 评估</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="49"/>
        <source>Reviews</source>
        <translation>自评与上级评估</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="50"/>
        <source>Appraisals</source>
        <translation>考评</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="103"/>
        <source>No cycle selected: choose one to see its stages, its progress and what holds its next gate.</source>
        <translation>未选择周期：请选择一个周期，查看其各阶段、进度以及阻挡下一关口的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="112"/>
        <location filename="../../ui/pages/cycle_dashboard.py" line="171"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="119"/>
        <source>Advance…</source>
        <translation>进入下一阶段…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="120"/>
        <source>Go back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="121"/>
        <location filename="../../ui/pages/cycle_dashboard.py" line="376"/>
        <source>Release appraisals</source>
        <translation>发布考评表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="122"/>
        <source>Close cycle…</source>
        <translation>关闭周期…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="141"/>
        <source>Go to where it is fixed</source>
        <translation>前往处理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="149"/>
        <source>Next gate</source>
        <translation>下一关口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="150"/>
        <source>Progress by stage</source>
        <translation>各阶段进度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="151"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="183"/>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="184"/>
        <source>By manager</source>
        <translation>按上级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="193"/>
        <source>Each cell: people through the stage&apos;s gate / people in the group. Hover a cell or a column for what that means.</source>
        <translation>每格：已通过该阶段关口的人数 / 该组人数。将鼠标停在格子或列标题上可查看其含义。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="221"/>
        <source>Loading goals</source>
        <translation>正在加载目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="230"/>
        <source>No goals yet: add them in the Goals tab of this cycle.</source>
        <translation>尚无目标：请在本周期的“目标”标签页中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="232"/>
        <source>Attainment of your reporting line&apos;s targets only.</source>
        <translation>仅统计您汇报线内的指标目标达成。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="234"/>
        <source>Each goal&apos;s attainment: the targets serving it and its sub-goals.</source>
        <translation>每个目标的达成：支撑它及其子目标的指标目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="277"/>
        <source>Loading the cycle</source>
        <translation>正在加载周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="285"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="303"/>
        <source>Only HR moves a cycle through its stages.</source>
        <translation>只有人力资源部可以推进周期的阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="305"/>
        <source>Check the gate and move the cycle to its next stage (%1)</source>
        <translation>检查关口并将周期推进到下一阶段（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="311"/>
        <source>The cycle is closed: what it holds can be read but no longer changed.</source>
        <translation>周期已关闭：其内容可以查看，但不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="318"/>
        <source>Release the appraisals so that they can be signed.</source>
        <translation>请发布考评表，以便签署。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="344"/>
        <source>Advance the cycle</source>
        <translation>推进周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="347"/>
        <source>Close the cycle</source>
        <translation>关闭周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="368"/>
        <source>Go back a stage</source>
        <translation>退回阶段</translation>
    </message>
</context>
<context>
    <name>CycleSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="60"/>
        <source>Settings of %1</source>
        <translation>%1 的设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="70"/>
        <source>Parts of the final score</source>
        <translation>最终得分的组成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="77"/>
        <source>KPI part (%):</source>
        <translation>KPI 部分（%）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="78"/>
        <source>Competency part (%):</source>
        <translation>能力部分（%）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="81"/>
        <source>Rater groups in the competency part</source>
        <translation>能力部分中的评价人组</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="91"/>
        <source>Other settings</source>
        <translation>其他设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="97"/>
        <source>A rater group with fewer answers than this is not shown on its own</source>
        <translation>回答人数少于此数的评价人组不单独显示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="98"/>
        <source>Anonymity threshold:</source>
        <translation>匿名阈值：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="100"/>
        <source>By role (each person&apos;s default form)</source>
        <translation>按角色（每人的默认评估表）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="108"/>
        <source>360 form:</source>
        <translation>360 评估表：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="112"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="118"/>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="121"/>
        <source>How far a band&apos;s share may stray from its guideline before calibration warns</source>
        <translation>某等级的占比偏离指导比例多少时，校准会给出警告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="123"/>
        <source>Distribution margin:</source>
        <translation>分布容差：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="124"/>
        <source>Refuse to close a session while a band is off by more</source>
        <translation>有等级超出容差时不允许关闭会议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="132"/>
        <source>Rating bands (2 to 9)</source>
        <translation>评级档次（2 到 9 个）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="135"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="135"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="135"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="136"/>
        <source>From score</source>
        <translation>起始分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="136"/>
        <source>Guideline %</source>
        <translation>指导比例 %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="151"/>
        <source>Add band</source>
        <translation>添加档次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="153"/>
        <source>Remove band</source>
        <translation>删除档次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="164"/>
        <source>Due dates</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="253"/>
        <source>Guideline shares total %1 % (must be 100 %)</source>
        <translation>指导比例合计 %1%（必须为 100%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_settings.py" line="278"/>
        <source>Saving the settings</source>
        <translation>正在保存设置</translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="59"/>
        <source>Loading cycles…</source>
        <translation>正在加载周期…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="80"/>
        <source>Cycles</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="83"/>
        <source>New cycle…</source>
        <translation>新建周期…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="84"/>
        <source>Create a cycle (Ctrl+N)</source>
        <translation>新建周期（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="85"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="86"/>
        <source>Weights, rating bands, anonymity threshold, 360 form and due dates</source>
        <translation>权重、评级档次、匿名阈值、360 评估表和截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="87"/>
        <source>Add participant…</source>
        <translation>添加参与人员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="88"/>
        <source>Add someone who joined during the cycle</source>
        <translation>添加周期中途加入的人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="89"/>
        <source>Advance…</source>
        <translation>进入下一阶段…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="90"/>
        <source>Check the gate and move the selected cycle to its next stage (%1)</source>
        <translation>检查关口并将所选周期推进到下一阶段（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="92"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="93"/>
        <source>Read the cycles again: another user may have changed them (F5)</source>
        <translation>重新读取周期：其他用户可能已作更改（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="117"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="132"/>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="136"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="149"/>
        <source>No cycle yet</source>
        <translation>还没有周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="153"/>
        <source>A cycle is one appraisal period: who is in it, their targets, the self-reviews, 360 feedback and manager reviews, calibration and sign-off. Create the first one for the people in your roster.</source>
        <translation>一个周期就是一个考核期：参与人员、他们的目标、自评、360 反馈和上级评价、校准与签署。请为花名册中的人员创建第一个周期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="158"/>
        <source>Create cycle…</source>
        <translation>创建周期…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="178"/>
        <source>Loading cycles</source>
        <translation>正在加载周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="195"/>
        <source>Only HR creates cycles and changes their settings; you see them.</source>
        <translation>只有人力资源可以创建周期和修改设置；您可以查看。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="236"/>
        <source>Loading the cycle</source>
        <translation>正在加载周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="244"/>
        <source>KPI part %1 %, competency part %2 %; anonymity threshold %3; %4 rating bands.</source>
        <translation>KPI 部分 %1%，能力部分 %2%；匿名阈值 %3；%4 个评级档次。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="267"/>
        <source>Loading departments</source>
        <translation>正在加载部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="273"/>
        <source>Cycle %1 created with %2 participants.</source>
        <translation>已创建周期 %1，共 %2 名参与人员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="289"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="292"/>
        <source>Loading the settings</source>
        <translation>正在加载设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="310"/>
        <source>%1 added to %2.</source>
        <translation>已将 %1 添加到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycles_page.py" line="313"/>
        <source>Loading people</source>
        <translation>正在加载人员</translation>
    </message>
</context>
<context>
    <name>CyclesTableModel</name>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="17"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="18"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="19"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="20"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="21"/>
        <source>With targets</source>
        <translation>已设目标</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="22"/>
        <source>Self-reviews</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="23"/>
        <source>Manager reviews</source>
        <translation>上级评价</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="24"/>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="49"/>
        <source>%1 (%2 left)</source>
        <translation>%1（%2 人已离职）</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="23"/>
        <source>A person (name or employee no.), or leave empty for the team</source>
        <translation>某个人员（姓名或工号），留空则显示整个团队</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="24"/>
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="26"/>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="47"/>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="77"/>
        <source>No results yet in this cycle.</source>
        <translation>本周期还没有结果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="86"/>
        <source>Attainment (%; the dashed line is the target)</source>
        <translation>达成率（%；虚线为目标）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="90"/>
        <source>%1: attainment per KPI, %2</source>
        <translation>%1：各指标达成率，%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="105"/>
        <source>KPI score</source>
        <translation>KPI 得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_tab.py" line="108"/>
        <source>KPI score across cycles (open cycles: so far)</source>
        <translation>各周期 KPI 得分（进行中的周期为截至目前）</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="31"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="35"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="35"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="39"/>
        <source>Add sub-department…</source>
        <translation>新增下级部门…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="40"/>
        <source>Add at the top…</source>
        <translation>新增顶级部门…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="41"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="42"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="43"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="102"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="107"/>
        <source>Add sub-department</source>
        <translation>新增下级部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="112"/>
        <source>Add a department at the top</source>
        <translation>新增顶级部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="120"/>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="129"/>
        <source>(top of the tree)</source>
        <translation>（最顶层）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="131"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/departments_dialog.py" line="132"/>
        <source>Put it under:</source>
        <translation>移到以下部门之下：</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <location filename="../../ui/calibration/models.py" line="101"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="102"/>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="103"/>
        <source>Share before</source>
        <translation>调整前占比</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="104"/>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="105"/>
        <source>Share after</source>
        <translation>调整后占比</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="106"/>
        <source>Guideline</source>
        <translation>指导比例</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="107"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="133"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="138"/>
        <source>Further from the guideline than the cycle&apos;s margin allows</source>
        <translation>偏离指导比例超过周期允许的幅度</translation>
    </message>
</context>
<context>
    <name>DistributionView</name>
    <message>
        <location filename="../../ui/calibration/distribution_view.py" line="56"/>
        <source>%1 people; a band more than %2 points from its guideline share is flagged.</source>
        <translation>共 %1 人；与指导比例相差超过 %2 个百分点的等级会被标出。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/distribution_view.py" line="75"/>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/distribution_view.py" line="77"/>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/distribution_view.py" line="85"/>
        <source>Guideline</source>
        <translation>指导比例</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/distribution_view.py" line="87"/>
        <source>Share of people (%)</source>
        <translation>人数占比（%）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/distribution_view.py" line="88"/>
        <source>Distribution against the guideline</source>
        <translation>分布与指导比例对照</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <location filename="../../ui/encryption.py" line="37"/>
        <source>Encr&amp;ypt database…</source>
        <translation>加密数据库(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption.py" line="39"/>
        <source>Change database &amp;passphrase…</source>
        <translation>更换数据库口令(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption.py" line="41"/>
        <source>Remove database encr&amp;yption…</source>
        <translation>移除数据库加密(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption.py" line="67"/>
        <source>The database is encrypted. From now on the program asks for its passphrase when it starts. The unencrypted file was kept as %1; delete it once you have checked that the passphrase opens the database.</source>
        <translation>数据库已加密。今后程序启动时会要求输入其口令。未加密的文件已保留为 %1；确认口令能打开数据库后，请将其删除。</translation>
    </message>
    <message>
        <location filename="../../ui/encryption.py" line="71"/>
        <source>%1 backup(s) made before are not encrypted, in %2.</source>
        <translation>此前制作的 %1 个备份未加密，位于 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/encryption.py" line="74"/>
        <source>The database has its new passphrase.</source>
        <translation>数据库已使用新口令。</translation>
    </message>
    <message>
        <location filename="../../ui/encryption.py" line="76"/>
        <source>The database is no longer encrypted. The encrypted file was kept as %1.</source>
        <translation>数据库已不再加密。加密的文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/encryption.py" line="78"/>
        <source>Database encryption</source>
        <translation>数据库加密</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="98"/>
        <source>Encrypt database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="99"/>
        <source>The database file is encrypted with this passphrase; without it nobody can read it, you included: keep it safe. The unencrypted file is kept aside next to it until you delete it.</source>
        <translation>数据库文件将用此口令加密；没有口令，任何人（包括您自己）都无法读取它，请妥善保管。未加密的文件会保留在旁边，直到您将其删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="103"/>
        <source>Change database passphrase</source>
        <translation>更换数据库口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="105"/>
        <source>Remove database encryption</source>
        <translation>移除数据库加密</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="106"/>
        <source>The database is written back as a plain file that anyone with access to it can read. The encrypted file is kept aside next to it.</source>
        <translation>数据库将写回为普通文件，任何能访问它的人都可以读取。加密的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="109"/>
        <source>Current passphrase:</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="111"/>
        <source>New passphrase:</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="112"/>
        <source>New passphrase again:</source>
        <translation>再次输入新口令：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="134"/>
        <source>Rewriting the database…</source>
        <translation>正在重写数据库…</translation>
    </message>
</context>
<context>
    <name>ErasurePreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="48"/>
        <source>Anonymise leavers past retention</source>
        <translation>匿名化超过保留期限的离职人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/erasure_dialog.py" line="52"/>
        <source>%n leaver(s) left more than %1 months ago. Their name, employee number, email and profile become a pseudonym; reviews, comments, notes, plan texts, 360 comments and evidence about or by them are erased. Scores, bands, counts and signed documents&apos; hashes stay.</source>
        <translation>
            <numerusform>%n 名离职人员的离职时间已超过 %1 个月。其姓名、工号、电子邮件和账户将替换为化名；关于其本人或由其撰写的评价、评语、备注、计划文字、360评语和佐证材料将被删除。得分、评级、数量和已签署文件的哈希值予以保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="57"/>
        <source>No leaver is past the retention period of %1 months; nobody is anonymised.</source>
        <translation>没有离职人员超过 %1 个月的保留期限；无需匿名化任何人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="70"/>
        <source>Anonymise…</source>
        <translation>匿名化…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="81"/>
        <source>Anonymise leavers</source>
        <translation>匿名化离职人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/erasure_dialog.py" line="82"/>
        <source>Anonymise %n leaver(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>现在匿名化 %n 名离职人员？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExceptionsDialog</name>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="390"/>
        <source>Nothing holds the gate to %1.</source>
        <translation>没有任何阻碍，可以进入“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="391"/>
        <source>These people are held at the gate to %1. To let someone past, say why in their row; the reason is kept with the cycle. Leave it empty to hold them.</source>
        <translation>以下人员被阻挡，无法进入“%1”。如需放行，请在其所在行填写理由；理由将随周期保存。留空则继续阻挡。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="398"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="398"/>
        <source>Held by</source>
        <translation>阻碍</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="398"/>
        <source>Reason to let past</source>
        <translation>放行理由</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="31"/>
        <source>Export to a spreadsheet</source>
        <translation>导出到电子表格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="35"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="35"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="36"/>
        <source>Actual results</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="36"/>
        <source>Appraisal results</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="38"/>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="40"/>
        <source>All cycles</source>
        <translation>全部周期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="43"/>
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="47"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="51"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="68"/>
        <source>The file must end in .xlsx or .csv</source>
        <translation>文件名必须以 .xlsx 或 .csv 结尾</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="71"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="72"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="87"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="455"/>
        <source>Extend plan</source>
        <translation>延期计划</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="457"/>
        <source>The plan ends on %1. It has been extended %2 of %3 times allowed.</source>
        <translation>计划于 %1 结束。已延期 %2 次（最多 %3 次）。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="461"/>
        <source>New end date:</source>
        <translation>新的结束日期：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="464"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="31"/>
        <source>360 Reviews</source>
        <translation>360 度评估</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="32"/>
        <source>Who rates whom, the guided forms and the offline PDF forms, progress and reminders, and results that keep peer, report and customer answers anonymous.</source>
        <translation>谁评估谁、引导式评估表与离线 PDF 评估表、进度与提醒，以及对同事、下属和客户的评价保持匿名的结果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="37"/>
        <source>Cycle:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="44"/>
        <source>Form templates…</source>
        <translation>评估表模板…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="46"/>
        <source>Competencies…</source>
        <translation>能力素质…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="57"/>
        <source>Requests</source>
        <translation>评估邀请</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="58"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="59"/>
        <source>Raters</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="60"/>
        <location filename="../../ui/pages/feedback_page.py" line="127"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="99"/>
        <source>No cycle yet: create one under Cycles, or load the demo data.</source>
        <translation>还没有考核周期：请在“考核周期”中新建，或载入演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_page.py" line="101"/>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="47"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="94"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="48"/>
        <source>A CSV or Excel (.xlsx) file exported from another system, Excel or WPS, with a header row and one record per row.</source>
        <translation>从其他系统、Excel 或 WPS 导出的 CSV 或 Excel（.xlsx）文件，第一行为表头，每行一条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="53"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="55"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="59"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="63"/>
        <source>Text encoding (CSV):</source>
        <translation>文本编码（CSV）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="65"/>
        <source>First sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="66"/>
        <source>Sheet (Excel):</source>
        <translation>工作表（Excel）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="68"/>
        <source>There is no running cycle to import into: create a cycle on the Cycles page first.</source>
        <translation>没有可导入的进行中周期：请先在“考核周期”页面创建周期。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="73"/>
        <source>Cycle:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="95"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FirstProfileDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="108"/>
        <source>First HR profile</source>
        <translation>第一个人力资源账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="109"/>
        <source>This shared database has no profiles yet. Make the first HR profile: everyone who uses the database will sign in, and HR adds the others in Settings → Profiles.</source>
        <translation>这个共享数据库还没有任何账户。请创建第一个人力资源账户：此后使用该数据库的每个人都需要登录，其他账户由人力资源在“设置 → 账户”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="113"/>
        <source>Profile name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="115"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="117"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="118"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="134"/>
        <source>Creating the profile…</source>
        <translation>正在创建账户…</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="34"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="40"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="41"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="44"/>
        <source>Lock when idle for:</source>
        <translation>闲置多久后锁定：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="45"/>
        <source>When people sign in, the window asks for the password again after this long without use. 0 never locks.</source>
        <translation>需要登录时，窗口在无人使用这么长时间后会再次要求输入密码。0 表示从不锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="52"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="56"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="57"/>
        <source>Open another database with --db PATH or --db postgresql://… on the command line, or set APPRAISAL_DB.</source>
        <translation>如需打开其他数据库，请在命令行使用 --db 路径 或 --db postgresql://…，或设置环境变量 APPRAISAL_DB。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="66"/>
        <source>The new language is used the next time the program starts.</source>
        <translation>新语言将在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>GoalChangeDialog</name>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="386"/>
        <source>Change goal</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="392"/>
        <source>Add a new goal</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="393"/>
        <location filename="../../ui/plans/step_dialogs.py" line="399"/>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="397"/>
        <source>Term:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="401"/>
        <source>Measure:</source>
        <translation>衡量方式：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="403"/>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="405"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="407"/>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="409"/>
        <source>Reason for the change:</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="412"/>
        <source>The employee acknowledged version %1. After this change the plan becomes version %2 and needs a new acknowledgement.</source>
        <translation>员工已确认第 %1 版。修改后计划变为第 %2 版，需要员工重新确认。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="416"/>
        <source>The change is kept in the goal&apos;s history with its reason.</source>
        <translation>此次修改及其原因会保存在目标的历史中。</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="44"/>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="44"/>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="49"/>
        <source>e.g. 新客户收入增长30%</source>
        <translation>例如：新客户收入增长30%</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="51"/>
        <source>(none: a top-level goal)</source>
        <translation>（无：顶层目标）</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="60"/>
        <source>Company goal (no department)</source>
        <translation>公司目标（无部门）</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="68"/>
        <source>How it is measured, e.g. revenue from new customers</source>
        <translation>如何衡量，例如：新客户收入</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="75"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="76"/>
        <source>Serves:</source>
        <translation>支撑：</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="77"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="78"/>
        <source>Measure:</source>
        <translation>衡量方式：</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="81"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="83"/>
        <source>Target value:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="84"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="123"/>
        <source>Saving the goal</source>
        <translation>正在保存目标</translation>
    </message>
</context>
<context>
    <name>GoalTree</name>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="20"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="20"/>
        <source>Attained</source>
        <translation>达成</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="21"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="21"/>
        <source>Measure</source>
        <translation>衡量方式</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="22"/>
        <source>Targets</source>
        <translation>指标目标</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="22"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="32"/>
        <source>no result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="98"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_tree_view.py" line="105"/>
        <source>%1 of %2 targets with a result; %3 people</source>
        <translation>%2 项指标目标中 %1 项有结果；%3 人</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="37"/>
        <source>Add goal…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="38"/>
        <source>Add sub-goal…</source>
        <translation>添加子目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="39"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="40"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="41"/>
        <source>Link targets…</source>
        <translation>关联指标目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="42"/>
        <source>Say which goal people&apos;s targets serve</source>
        <translation>指定人员的指标目标支撑哪个目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="69"/>
        <source>Loading goals</source>
        <translation>正在加载目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="78"/>
        <source>Choose a cycle to see its goals.</source>
        <translation>选择一个周期以查看其目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="80"/>
        <source>No goals yet. Company and department goals say what the cycle is for; people&apos;s targets then name the goal they serve, and each goal shows how far its targets are attained. Add the first goal…</source>
        <translation>尚无目标。公司和部门目标说明本周期要达成什么；人员的指标目标再注明所支撑的目标，每个目标显示其指标目标的达成程度。请添加第一个目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="84"/>
        <source>Attainment covers only the targets of the people in your reporting line (and your own): people outside it are left out of every figure.</source>
        <translation>达成率只统计您汇报线内人员（及您本人）的指标目标：汇报线以外的人员不计入任何数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="87"/>
        <source>Attained: the weighted mean attainment of the targets serving the goal and its sub-goals that have a result, each counted up to its cap.</source>
        <translation>达成：支撑该目标及其子目标、且已有结果的指标目标的加权平均达成率，每项最多按其上限计。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="125"/>
        <source>Remove the goal &apos;%1&apos;?</source>
        <translation>删除目标“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="127"/>
        <source>Its %1 sub-goals move up a level and its %2 targets will serve no goal.</source>
        <translation>其 %1 个子目标将上移一级，其 %2 项指标目标将不再关联任何目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="129"/>
        <source>Remove goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="132"/>
        <source>Removing the goal</source>
        <translation>正在删除目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals_tab.py" line="146"/>
        <source>Loading targets</source>
        <translation>正在加载指标目标</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../ui/calibration/grid_view.py" line="216"/>
        <source>Filter by name, code, manager or department</source>
        <translation>按姓名、代码、经理或部门筛选</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/grid_view.py" line="237"/>
        <source>Select a person and press Ctrl+Left or Ctrl+Right to move them one band, M to choose the band, or drag them to another column. Every move asks for a reason.</source>
        <translation>选中一人后按 Ctrl+左 或 Ctrl+右 将其移动一个等级，按 M 选择等级，或将其拖到另一列。每次调整都须填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/grid_view.py" line="240"/>
        <source>The session is closed: its moves are locked.</source>
        <translation>会议已关闭：其调整已锁定。</translation>
    </message>
</context>
<context>
    <name>GuidedForm</name>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="109"/>
        <source>360 feedback about %1</source>
        <translation>关于 %1 的 360 度评估</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="111"/>
        <source>Feedback about %1</source>
        <translation>对 %1 的评估</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="113"/>
        <source>%1 · rater: %2 (%3) · form: %4</source>
        <translation>%1 · 评估人：%2（%3）· 评估表：%4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="121"/>
        <source>%v of %m answered</source>
        <translation>已答 %v / %m 题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="137"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="138"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="139"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="140"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="148"/>
        <source>Previous section (Alt+Left)</source>
        <translation>上一部分（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="149"/>
        <source>Next section (Alt+Right)</source>
        <translation>下一部分（Alt+右方向键）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="150"/>
        <source>Lock and send the answers (Ctrl+Enter)</source>
        <translation>锁定并提交答案（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="155"/>
        <source>Submitted; the answers are locked.</source>
        <translation>已提交，答案已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="156"/>
        <source>Answers are saved as you go.</source>
        <translation>答案随填随存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="183"/>
        <source>Section %1 of %2: %3</source>
        <translation>第 %1 部分，共 %2 部分：%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="203"/>
        <source>Answer the questions marked in red to go on.</source>
        <translation>请先回答红框标出的题目再继续。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="212"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="216"/>
        <source>All answers saved at %1</source>
        <translation>所有答案已于 %1 保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/guided_form.py" line="230"/>
        <source>%n required question(s) still need an answer.</source>
        <translation>
            <numerusform>还有 %n 道必答题未回答。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="232"/>
        <source>Submit feedback</source>
        <translation>提交评估</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="233"/>
        <source>Submit the answers? They cannot be changed afterwards.</source>
        <translation>确定提交答案吗？提交后不能再修改。</translation>
    </message>
</context>
<context>
    <name>GuidedPlanDialog</name>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="97"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="97"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="98"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="98"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="99"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="131"/>
        <location filename="../../ui/plans/guided_flow.py" line="568"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="143"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="144"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="145"/>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="146"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="173"/>
        <source>Kind of plan</source>
        <translation>计划类型</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="176"/>
        <source>&amp;Improvement plan (results below the standard)</source>
        <translation>改进计划(&amp;I)（结果低于标准）</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="177"/>
        <source>&amp;Development plan (growth, for anyone)</source>
        <translation>发展计划(&amp;D)（个人成长，适用于任何人）</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="185"/>
        <source>Filter by name, number or department</source>
        <translation>按姓名、工号或部门筛选</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="187"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="219"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="221"/>
        <source>Main cause</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="225"/>
        <source>S&amp;kills: the person lacks a skill or knowledge</source>
        <translation>技能(&amp;K)：本人缺乏某项技能或知识</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="226"/>
        <source>&amp;Process: how the work is organised or supported</source>
        <translation>流程(&amp;P)：工作的组织或支持方式</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="227"/>
        <source>&amp;Market: customers, prices, demand</source>
        <translation>市场(&amp;M)：客户、价格、需求</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="228"/>
        <source>&amp;Other</source>
        <translation>其他(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="235"/>
        <source>Analysis &amp;notes:</source>
        <translation>分析备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="238"/>
        <source>What the conversation with the person showed; what the best performers do differently</source>
        <translation>与本人面谈的发现；优秀者的不同做法</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="243"/>
        <source>Hints from the data:</source>
        <translation>数据提示：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="257"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="258"/>
        <source>Share of target</source>
        <translation>目标达成率</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="259"/>
        <source>Co&amp;mpare:</source>
        <translation>比较(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="295"/>
        <source>Short-term goals are due in about a month, long-term goals in about a quarter. The proposed goals come from the results furthest below target; edit, remove or add as agreed with the person.</source>
        <translation>短期目标约一个月内到期，长期目标约一个季度内到期。建议的目标来自与目标差距最大的结果；请按与本人的约定修改、删除或添加。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="301"/>
        <location filename="../../ui/plans/guided_flow.py" line="613"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="301"/>
        <location filename="../../ui/plans/guided_flow.py" line="613"/>
        <source>Measure</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="301"/>
        <location filename="../../ui/plans/guided_flow.py" line="613"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="302"/>
        <location filename="../../ui/plans/guided_flow.py" line="613"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="302"/>
        <location filename="../../ui/plans/guided_flow.py" line="326"/>
        <location filename="../../ui/plans/guided_flow.py" line="613"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="302"/>
        <location filename="../../ui/plans/guided_flow.py" line="614"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="309"/>
        <source>&amp;Add goal</source>
        <translation>添加目标(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="310"/>
        <source>&amp;Remove goal</source>
        <translation>删除目标(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="322"/>
        <source>Actions: training, mentoring, courses, anything else, each with an owner and a date.</source>
        <translation>行动：培训、辅导、课程或其他，每项都有负责人和日期。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="325"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="325"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="325"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="332"/>
        <source>Add a&amp;ction</source>
        <translation>添加行动(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="333"/>
        <source>Remo&amp;ve action</source>
        <translation>删除行动(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="344"/>
        <source>Coaching time, tools, a budget for courses…</source>
        <translation>辅导时间、工具、课程预算…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="346"/>
        <source>Support the company &amp;commits:</source>
        <translation>公司承诺的支持(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="348"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="349"/>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="351"/>
        <source>Check-&amp;ins:</source>
        <translation>跟进(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="354"/>
        <source>S&amp;tarts:</source>
        <translation>开始(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="355"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="378"/>
        <source>Reading people</source>
        <translation>正在读取人员</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="381"/>
        <source>Reading results…</source>
        <translation>正在读取结果…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="400"/>
        <source>Reading results</source>
        <translation>正在读取结果</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="406"/>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="406"/>
        <source>Development plan</source>
        <translation>发展计划</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="407"/>
        <source>%1 for %2</source>
        <translation>%2的%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="408"/>
        <source>%1 for %2 (%3)</source>
        <translation>%2（%3）的%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="417"/>
        <source>None: talk the causes through with the person.</source>
        <translation>无：请与本人一起讨论原因。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="422"/>
        <source>&lt;b&gt;%1&lt;/b&gt; beside the others in the position %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;与职位“%2”中其他人的对比，%3</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="429"/>
        <source>No results to compare.</source>
        <translation>没有可比较的结果。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="446"/>
        <source>A plan ends %1 to %2 months after it starts; the decision follows.</source>
        <translation>计划在开始后%1至%2个月结束，随后作出决定。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="469"/>
        <location filename="../../ui/plans/guided_flow.py" line="610"/>
        <source>Short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="470"/>
        <location filename="../../ui/plans/guided_flow.py" line="610"/>
        <source>Long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="486"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="486"/>
        <source>Mentoring</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="486"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="487"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="562"/>
        <source>Person and kind</source>
        <translation>人员和类型</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="562"/>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="562"/>
        <location filename="../../ui/plans/guided_flow.py" line="612"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="563"/>
        <source>Actions, support and dates</source>
        <translation>行动、支持和日期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="563"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="565"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="611"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="611"/>
        <source>Main cause:</source>
        <translation>主要原因：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="612"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="615"/>
        <source>Support the company commits:</source>
        <translation>公司承诺的支持：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="615"/>
        <source>Check-ins:</source>
        <translation>跟进：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/guided_flow.py" line="616"/>
        <source>Saved as a draft: HR approves it, then the employee acknowledges it.</source>
        <translation>保存为草稿：由人力资源部批准，再由员工确认收到。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/pages/history_view.py" line="130"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="81"/>
        <source>Signing identities</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="83"/>
        <source>Each signer signs with a personal identity: a key and certificate in a password-protected file in the data folder. HR creates the company CA once; identities it issues are trusted when documents are verified.</source>
        <translation>每位签署人使用个人签名身份签署：密钥和证书保存在数据文件夹中受密码保护的文件里。人力资源部只需创建一次公司 CA；由它签发的身份在验证文档时受信任。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="88"/>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="88"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="88"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="89"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹 (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="93"/>
        <source>Create company &amp;CA…</source>
        <translation>创建公司 CA(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="95"/>
        <source>&amp;New identity…</source>
        <translation>新建身份(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="97"/>
        <source>&amp;Import PKCS#12…</source>
        <translation>导入 PKCS#12(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="99"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="117"/>
        <source>Company CA</source>
        <translation>公司 CA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="117"/>
        <source>Issued by the company CA</source>
        <translation>由公司 CA 签发</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="118"/>
        <source>Self-signed or imported</source>
        <translation>自签名或导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="134"/>
        <source>Create company CA</source>
        <translation>创建公司 CA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="134"/>
        <source>Organisation:</source>
        <translation>组织名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="139"/>
        <source>New signing identity</source>
        <translation>新建签名身份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="139"/>
        <source>Holder&apos;s name:</source>
        <translation>持有人姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="145"/>
        <source>Import a signing identity</source>
        <translation>导入签名身份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="146"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="150"/>
        <source>Password of %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="153"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="46"/>
        <source>Issued by the company CA (recommended: HR&apos;s CA vouches for it)</source>
        <translation>由公司 CA 签发（推荐：由人力资源部的 CA 担保）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="51"/>
        <source>Company CA password:</source>
        <translation>公司 CA 密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="54"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="55"/>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="56"/>
        <source>At least %1 characters. The password protects the key file; it is not stored anywhere, so keep it safe.</source>
        <translation>至少 %1 个字符。密码用于保护密钥文件，程序不会保存它，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="70"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identities_dialog.py" line="72"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <location filename="../../ui/dialogs/import_kinds.py" line="99"/>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_kinds.py" line="105"/>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_kinds.py" line="112"/>
        <source>Import targets</source>
        <translation>导入目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_kinds.py" line="119"/>
        <source>Import reviews</source>
        <translation>导入评估</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="12"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="13"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="14"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="29"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="30"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="31"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="70"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="145"/>
        <source>Returned forms</source>
        <translation>交回的评估表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="148"/>
        <source>%1 of %2 files accepted.</source>
        <translation>%2 个文件中有 %1 个被接受。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="151"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="151"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="151"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="153"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="153"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>ImportRosterWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="40"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="283"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="295"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="308"/>
        <source>Checking every row</source>
        <translation>正在逐行检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="326"/>
        <source>Nothing was imported: the data changed while you were checking. Check the file again.</source>
        <translation>未导入任何内容：检查期间数据已发生变化。请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="328"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="338"/>
        <source>Saved the rows with problems and their reasons to %1</source>
        <translation>已将有问题的行及原因保存到 %1</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../ui/worker.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="100"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="80"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="82"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="84"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="87"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="93"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="94"/>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="95"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="98"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="107"/>
        <source>From attainment (%)</source>
        <translation>达成率起点（%）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="107"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="113"/>
        <source>Add step</source>
        <translation>添加一档</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="113"/>
        <source>Remove step</source>
        <translation>删除一档</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="121"/>
        <source>Full points when the result lies inside the band each target sets; fewer the further outside it is.</source>
        <translation>结果处于目标设定的区间内时得满分；偏离区间越远，得分越少。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="126"/>
        <source>Scoring:</source>
        <translation>评分规则：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="130"/>
        <source>No points below:</source>
        <translation>达成率低于此值不得分：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="131"/>
        <source>Counted up to:</source>
        <translation>达成率最多计至：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="132"/>
        <source>A target whose attainment is below this earns no points</source>
        <translation>达成率低于此值的目标不得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="133"/>
        <source>Attainment above this earns no more points</source>
        <translation>达成率超过此值的部分不再加分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="137"/>
        <source>Warn below</source>
        <translation>低于此值预警</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="137"/>
        <source>critical below</source>
        <translation>低于此值严重预警</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="145"/>
        <source>Alerts (attainment):</source>
        <translation>预警（达成率）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_editor.py" line="146"/>
        <source>In use (offered for new targets)</source>
        <translation>启用（可用于新目标）</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="58"/>
        <source>KPIs</source>
        <translation>KPI 指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="59"/>
        <source>The KPI library; each person&apos;s targets with their results and evidence; a dashboard per person or team; alerts for results outside their normal range.</source>
        <translation>KPI 指标库；每个人的目标及其结果和证据；按人员或团队查看的看板；超出正常范围的结果预警。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="68"/>
        <source>Search code, name or category</source>
        <translation>搜索代码、名称或类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="102"/>
        <location filename="../../ui/pages/kpi_page.py" line="257"/>
        <source>New KPI</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="103"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="104"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="119"/>
        <source>Library</source>
        <translation>指标库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="123"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="125"/>
        <location filename="../../ui/pages/kpi_page.py" line="202"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="126"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="136"/>
        <source>The latest result of every target in open cycles that is below its KPI&apos;s warning or critical level, newest first. Counts and amounts are compared with the share of the target due by the date of the result.</source>
        <translation>进行中周期里每个目标的最新结果中，低于其指标预警线或严重预警线的结果，按时间由新到旧排列。数量和金额类指标按结果日期应完成的目标比例进行比较。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="141"/>
        <source>Only critical</source>
        <translation>只看严重预警</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="152"/>
        <source>Start &amp;improvement plan…</source>
        <translation>开始改进计划(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="153"/>
        <source>A guided improvement plan for the selected alert&apos;s person</source>
        <translation>为所选预警的人员制定引导式改进计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="222"/>
        <source>Alerts (%1)</source>
        <translation>预警（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="214"/>
        <source>Checking alerts</source>
        <translation>正在检查预警</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="281"/>
        <source>KPI saved.</source>
        <translation>指标已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kpi_page.py" line="293"/>
        <source>KPI deleted.</source>
        <translation>指标已删除。</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../ui/models/kpi_model.py" line="14"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/models/kpi_model.py" line="15"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/models/kpi_model.py" line="16"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/kpi_model.py" line="17"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/kpi_model.py" line="18"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/models/kpi_model.py" line="19"/>
        <source>Targets</source>
        <translation>目标数</translation>
    </message>
    <message>
        <location filename="../../ui/models/kpi_model.py" line="64"/>
        <source>Retired: kept for past results, not offered for new targets</source>
        <translation>已停用：为历史结果保留，不再用于新目标</translation>
    </message>
</context>
<context>
    <name>LeaveDate</name>
    <message>
        <location filename="../../ui/dialogs/leave_date.py" line="12"/>
        <source>Mark as left</source>
        <translation>标记为离职</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_date.py" line="14"/>
        <source>%1 will be shown as having left. Their appraisals, feedback and plans are kept.</source>
        <translation>%1 将显示为已离职。其考核、反馈和计划都会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_date.py" line="21"/>
        <source>Last day:</source>
        <translation>最后工作日：</translation>
    </message>
</context>
<context>
    <name>LeaversDueModel</name>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="17"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="17"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="17"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="17"/>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="18"/>
        <source>Retention ended</source>
        <translation>保留期限届满</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="18"/>
        <source>Appraisals</source>
        <translation>考核</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="18"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="19"/>
        <source>360 comments</source>
        <translation>360评语</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="19"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_dialog.py" line="19"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>LeniencyModel</name>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="29"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="30"/>
        <source>Rated people</source>
        <translation>被评人数</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="31"/>
        <source>Team mean</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="32"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="33"/>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="34"/>
        <source>Chi-square</source>
        <translation>卡方</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="35"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="36"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>LeniencyPanel</name>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="117"/>
        <source>Smallest team shown</source>
        <translation>显示的最小团队</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="121"/>
        <source>Teams of at least</source>
        <translation>团队至少</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="123"/>
        <source>rated people</source>
        <translation>名被评人</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="154"/>
        <source>Each person&apos;s rating is their manager-group 360 score: 100 × mean rating ÷ the scale&apos;s top point, from published 360 results only. A manager&apos;s team is the people they rated (the direct manager&apos;s when several managers rated one person). z = (team mean − organisation mean) ÷ (organisation SD ÷ √team size); the SD is the sample standard deviation over every rated person of the cycle (divided by n − 1). Chi-square compares the bands the manager proposed with the cycle&apos;s guideline shares (bands without a share left out; degrees of freedom = bands − 1); with few people its p is rough. Flagged (marked ⚠ and bold) when |z| ≥ 2 or p &lt; 0.05.</source>
        <translation>每人的评分是其经理组 360 得分：100 × 平均评分 ÷ 量表最高分，只取已公布的 360 结果。经理的团队是其评价过的人（一人有多位经理评价时，算在直属经理名下）。z =（团队平均 − 全公司平均）÷（全公司标准差 ÷ √团队人数）；标准差为本周期所有被评人的样本标准差（除以 n − 1）。卡方检验比较经理建议的等级与本周期的指导比例（无比例的等级不计；自由度 = 等级数 − 1）；人数少时 p 值仅供参考。|z| ≥ 2 或 p &lt; 0.05 时标记（⚠ 并加粗）。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="176"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="188"/>
        <source>No leniency figures until the 360 results are published.</source>
        <translation>360 结果公布前没有宽严度数据。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="190"/>
        <source>Managers shown: %1.</source>
        <translation>显示的经理：%1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/leniency_panel.py" line="194"/>
        <source>Organisation: %1 rated people, mean %2, standard deviation %3 (sample). %4 of %5 managers flagged.</source>
        <translation>全公司：%1 名被评人，平均 %2，标准差 %3（样本）。%5 位经理中 %4 位被标记。</translation>
    </message>
</context>
<context>
    <name>LinkTargetsDialog</name>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="141"/>
        <source>Link targets to a goal</source>
        <translation>将指标目标关联到目标</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="144"/>
        <source>Tick the targets that serve a goal, choose the goal and press Link. A department goal takes only targets of people in that department or below it.</source>
        <translation>勾选支撑某个目标的指标目标，选择目标后点击“关联”。部门目标只接受该部门及其下属部门人员的指标目标。</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="149"/>
        <source>Filter by employee no., name or KPI</source>
        <translation>按工号、姓名或指标筛选</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="153"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="153"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="153"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="154"/>
        <source>Serves goal</source>
        <translation>支撑的目标</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="165"/>
        <source>Your own targets are linked by your manager or HR.</source>
        <translation>您本人的指标目标由您的上级或 HR 关联。</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="176"/>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="182"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="183"/>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_dialogs.py" line="216"/>
        <source>Linking targets</source>
        <translation>正在关联指标目标</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="57"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="60"/>
        <source>%1 was away. Enter the password to go on.</source>
        <translation>%1 已离开。请输入密码以继续。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="67"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="75"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="78"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="101"/>
        <location filename="../../ui/lock.py" line="114"/>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Appraisal Workstation</source>
        <translation>绩效考核工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>KPIs</source>
        <translation>KPI 指标</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Cycles</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>360 Reviews</source>
        <translation>360 评估</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Improvement Plans</source>
        <translation>绩效改进计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Appraisals</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="152"/>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Local user</source>
        <translation>本机用户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>%1 overdue, %2 due today, %3 later</source>
        <translation>逾期 %1 项，今日到期 %2 项，以后 %3 项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Checking alerts</source>
        <translation>正在检查预警</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>⚠ %1 critical</source>
        <translation>⚠ %1 项严重</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>%1 critical alerts and %2 warnings</source>
        <translation>%1 条严重预警，%2 条一般预警</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Import roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Import &amp;results…</source>
        <translation>导入结果(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Export to a spreadsheet…</source>
        <translation>导出到电子表格(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Res&amp;tore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Load &amp;demo company…</source>
        <translation>加载示例公司(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;About Appraisal Workstation</source>
        <translation>关于绩效考核工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Demo company loaded: %1 people.</source>
        <translation>示例公司已加载：%1 人。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Loading the demo company</source>
        <translation>正在加载示例公司</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>About Appraisal Workstation</source>
        <translation>关于绩效考核工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&lt;h3&gt;Appraisal Workstation %1&lt;/h3&gt;&lt;p&gt;Run performance-review cycles on your own machine: people, KPIs, 360-degree feedback, improvement plans and signed PDF appraisals.&lt;/p&gt;&lt;p&gt;Qt for Python %2. Chinese text uses WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;绩效考核工作台 %1&lt;/h3&gt;&lt;p&gt;在本机运行绩效考核周期：人员、KPI、360 度反馈、绩效改进计划和带数字签名的 PDF 考核表。&lt;/p&gt;&lt;p&gt;Qt for Python %2。中文字体使用文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManagerReviewForm</name>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="358"/>
        <source>Manager review: %1</source>
        <translation>上级评价：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="361"/>
        <source>The self-review</source>
        <translation>本人自评</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="364"/>
        <source>Achievements</source>
        <translation>主要成绩</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="364"/>
        <source>Challenges</source>
        <translation>困难与挑战</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="365"/>
        <source>Development wishes</source>
        <translation>发展意愿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="366"/>
        <source>(not written)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="373"/>
        <source>KPIs</source>
        <translation>KPI 指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="375"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="375"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="375"/>
        <source>Result</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="375"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="376"/>
        <source>Self-rating</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="376"/>
        <source>Your comment</source>
        <translation>您的评语</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="376"/>
        <source>Self-comment</source>
        <translation>自评说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="401"/>
        <source>What the person does well, with examples.</source>
        <translation>此人做得好的方面，请举例说明。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="403"/>
        <source>What the person should develop next, and how.</source>
        <translation>此人接下来应提升的方面及方法。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="406"/>
        <source>(choose a band)</source>
        <translation>（选择等级）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="414"/>
        <source>Why the proposed band differs from the band the score gives.</source>
        <translation>建议等级与得分对应等级不同的理由。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="417"/>
        <source>Seen only by HR and the person&apos;s managers; never in the employee&apos;s document.</source>
        <translation>仅 HR 和此人的上级可见；绝不会出现在员工的考核文件中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="418"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="418"/>
        <source>Development areas</source>
        <translation>待改进方面</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="419"/>
        <source>Overall comment *</source>
        <translation>总体评价 *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="419"/>
        <source>Proposed band *</source>
        <translation>建议等级 *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="424"/>
        <source>(not rated)</source>
        <translation>（未评）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="441"/>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="445"/>
        <source>Private note for HR</source>
        <translation>给 HR 的私密备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="463"/>
        <source>Manager review</source>
        <translation>上级评价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="502"/>
        <source>Submit the manager review? It is locked afterwards.</source>
        <translation>提交上级评价？提交后将被锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="527"/>
        <source>Justification *</source>
        <translation>等级理由 *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="527"/>
        <source>Justification</source>
        <translation>等级理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="529"/>
        <source>Not scored yet: any band may be proposed.</source>
        <translation>尚未计分：可建议任一等级。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="531"/>
        <source>The score %1 gives the band %2.</source>
        <translation>得分 %1 对应等级“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="533"/>
        <source>A different band needs a justification.</source>
        <translation>建议其他等级需填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="538"/>
        <source>Submitted.</source>
        <translation>已提交。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="540"/>
        <source>Returned with the note: %1</source>
        <translation>已退回，说明：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="542"/>
        <source>Not submitted yet.</source>
        <translation>尚未提交。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="117"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="118"/>
        <source>Columns were matched by their headers; check them. Fields marked * are required.</source>
        <translation>已根据表头自动匹配各列，请核对。标有 * 的字段为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="146"/>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="161"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="164"/>
        <source>Move %1</source>
        <translation>调整 %1</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="168"/>
        <source>From:</source>
        <translation>原等级：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="174"/>
        <source>&amp;To:</source>
        <translation>调整为(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="176"/>
        <source>Why this person moves; kept in the session&apos;s record</source>
        <translation>调整此人的理由；将保存在会议记录中</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="179"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="180"/>
        <source>A reason is required.</source>
        <translation>必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="184"/>
        <source>Move</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>MoveReasonDialog</name>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="195"/>
        <source>Move to another box</source>
        <translation>移到其他格子</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="199"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="200"/>
        <source>From:</source>
        <translation>原格子：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="201"/>
        <source>To:</source>
        <translation>移至：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="202"/>
        <source>The move changes the potential rating and, when the performance level changes, the band (to the nearest band of the new level). It is recorded with the reason.</source>
        <translation>此调整会改变潜力评级；如绩效层级改变，还会调整等级（调整为新层级中最接近的等级）。调整将连同理由一起记录。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="208"/>
        <source>Why does the person belong in this box?</source>
        <translation>此人为什么应归入这个格子？</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="210"/>
        <source>&amp;Reason *:</source>
        <translation>理由(&amp;R) *：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="212"/>
        <source>Move</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../ui/calibration/models.py" line="46"/>
        <source>potential low</source>
        <translation>潜力低</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="47"/>
        <source>potential medium</source>
        <translation>潜力中</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="48"/>
        <source>potential high</source>
        <translation>潜力高</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="160"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="160"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="161"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="161"/>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="162"/>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="162"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="163"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="189"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="191"/>
        <source>big mover</source>
        <translation>大幅调整</translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="51"/>
        <source>New cycle</source>
        <translation>新建周期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="56"/>
        <source>e.g. 2027 H1</source>
        <translation>例如 2027 H1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="58"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="63"/>
        <source>Starts:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="64"/>
        <source>Ends:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="69"/>
        <source>Frequency:</source>
        <translation>频率：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="74"/>
        <source>The whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="75"/>
        <source>Chosen departments (with their sub-departments)</source>
        <translation>所选部门（含下级部门）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="92"/>
        <source>Who is in it:</source>
        <translation>参与人员：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="93"/>
        <source>Everyone employed on the start date is taken in; people who join later can be added.</source>
        <translation>开始日期在职的所有人都会纳入；之后入职的人员可以再添加。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="98"/>
        <source>Nothing: start from the default settings and bands</source>
        <translation>不复制：使用默认设置和档次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="101"/>
        <source>Copy from:</source>
        <translation>复制自：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="104"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cycle_new.py" line="144"/>
        <source>Creating the cycle</source>
        <translation>正在创建周期</translation>
    </message>
</context>
<context>
    <name>NineBoxView</name>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="245"/>
        <source>&amp;Flip axes</source>
        <translation>交换坐标轴(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="246"/>
        <source>Potential across and performance up, or the other way round</source>
        <translation>横轴为潜力、纵轴为绩效，或反之</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="250"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="250"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="251"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="316"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="317"/>
        <source>Loading the nine-box</source>
        <translation>正在加载九宫格</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="339"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="342"/>
        <source>Blind session: people and managers show as codes until HR closes it.</source>
        <translation>匿名会议：在 HR 关闭会议之前，人员和上级均以代号显示。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="344"/>
        <source>The session is closed: its moves are locked.</source>
        <translation>会议已关闭：其调整已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="346"/>
        <source>Read only: boxes change in an open session, by HR.</source>
        <translation>只读：只有 HR 可在进行中的会议里调整格子。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="348"/>
        <source>Drag a person to another box, or select them and press Ctrl+arrow or M.</source>
        <translation>将人员拖到其他格子，或选中后按 Ctrl+方向键或 M。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="362"/>
        <source>Potential not rated (%1)</source>
        <translation>潜力未评（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="364"/>
        <source>No band yet (%1)</source>
        <translation>尚无等级（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="443"/>
        <source>Potential not rated</source>
        <translation>潜力未评</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="448"/>
        <source>Moving</source>
        <translation>正在调整</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="461"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="461"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="462"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="464"/>
        <source>Export the nine-box</source>
        <translation>导出九宫格</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="479"/>
        <source>Exporting the nine-box</source>
        <translation>正在导出九宫格</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ninebox_view.py" line="480"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="313"/>
        <source>Issue a warning</source>
        <translation>发出警告</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="313"/>
        <source>Recognise progress</source>
        <translation>表扬进步</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="318"/>
        <source>A formal warning names the check-in that recorded the shortfall and the goals missed.</source>
        <translation>正式警告须注明记录了差距的那次跟进以及未达成的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="320"/>
        <source>Issued on:</source>
        <translation>发出日期：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="328"/>
        <source>shortfall on goals %1</source>
        <translation>目标 %1 未达预期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="331"/>
        <source>Check-in:</source>
        <translation>跟进：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="333"/>
        <source>No check-in is recorded yet: a warning needs one.</source>
        <translation>尚未记录任何跟进：发出警告需要先有一次跟进。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="342"/>
        <source>Goals missed:</source>
        <translation>未达成的目标：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="342"/>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/plans/step_dialogs.py" line="344"/>
        <source>Wording:</source>
        <translation>内容：</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="40"/>
        <source>Open a calibration session</source>
        <translation>开启校准会议</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="44"/>
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="46"/>
        <source>The whole cycle</source>
        <translation>整个周期</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="47"/>
        <source>A department (with its sub-departments)</source>
        <translation>某个部门（含下属部门）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="48"/>
        <source>A position (across departments)</source>
        <translation>某个职位（跨部门）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="49"/>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="53"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="57"/>
        <source>&amp;Position:</source>
        <translation>职位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="60"/>
        <source>Named after the scope when left empty</source>
        <translation>留空则以范围命名</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="62"/>
        <source>&amp;Blind: show codes instead of names until the session is closed</source>
        <translation>匿名(&amp;B)：会议关闭前以代码代替姓名</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="72"/>
        <source>Ticked: the managers of the people in scope. HR always may read.</source>
        <translation>已勾选：范围内人员的经理。HR 始终可以查看。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="77"/>
        <source>Pa&amp;rticipants:</source>
        <translation>参会人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="80"/>
        <source>Open session</source>
        <translation>开启会议</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="118"/>
        <source>Finding the managers</source>
        <translation>正在查找经理</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/dialogs.py" line="155"/>
        <source>Opening the session</source>
        <translation>正在开启会议</translation>
    </message>
</context>
<context>
    <name>OrgChartModel</name>
    <message>
        <location filename="../../ui/models/org_chart_model.py" line="13"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_chart_model.py" line="14"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_chart_model.py" line="15"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_chart_model.py" line="16"/>
        <source>Direct reports</source>
        <translation>直接下属</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_chart_model.py" line="17"/>
        <source>Headcount</source>
        <translation>总人数</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="60"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="62"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="63"/>
        <source>In the cycle</source>
        <translation>参与情况</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="78"/>
        <source>Left on %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="81"/>
        <source>Joined during the cycle</source>
        <translation>周期中途加入</translation>
    </message>
    <message>
        <location filename="../../ui/models/cycles_model.py" line="82"/>
        <source>From the start</source>
        <translation>从开始即参与</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="127"/>
        <source>Password of %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="130"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="131"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="28"/>
        <source>Previous page (Page Up)</source>
        <translation>上一页 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="29"/>
        <source>Next page (Page Down)</source>
        <translation>下一页 (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="34"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="35"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="36"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="36"/>
        <source>Fit the page to the window&apos;s width</source>
        <translation>按窗口宽度显示页面</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="45"/>
        <source>No document</source>
        <translation>没有文档</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="120"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/pages/people_page.py" line="179"/>
        <source>Loading people…</source>
        <translation>正在加载人员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="206"/>
        <source>Search name, employee no. or email (Ctrl+F)</source>
        <translation>搜索姓名、工号或邮箱（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="212"/>
        <source>Show leavers</source>
        <translation>显示离职人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="218"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="219"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>新增人员（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="220"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="221"/>
        <source>Edit the selected person (Enter)</source>
        <translation>编辑所选人员（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="222"/>
        <source>Mark as left…</source>
        <translation>标记为离职…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="223"/>
        <source>The person has left; their history is kept (Del, undo with Ctrl+Z)</source>
        <translation>该人员已离职；其历史记录会保留（Del，Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="224"/>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="225"/>
        <source>The selected person&apos;s results across cycles</source>
        <translation>所选人员在各周期的结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="227"/>
        <source>Export personal data…</source>
        <translation>导出个人数据…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="230"/>
        <source>Everything stored about the selected person as a ZIP, for a data-access request; confidential raters and their individual ratings are left out</source>
        <translation>将所选人员的全部存储数据导出为 ZIP，用于个人数据查阅请求；保密评价人的身份及其个人评分不包含在内</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="234"/>
        <source>Departments…</source>
        <translation>部门…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="235"/>
        <source>Add, rename, move or remove departments</source>
        <translation>新增、重命名、移动或删除部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="236"/>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="237"/>
        <source>Add or update people from a CSV or Excel file (Ctrl+I)</source>
        <translation>从 CSV 或 Excel 文件新增或更新人员（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="261"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="269"/>
        <source>Org chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="283"/>
        <source>No people yet</source>
        <translation>还没有人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="287"/>
        <source>This page lists everyone in the organisation, with their department, position and manager.</source>
        <translation>此页列出组织中的所有人及其部门、职位和上级。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="288"/>
        <source>Explore the demo company to see the program at work, or start with your own company: the KPI library, role templates, competencies and 360 forms are added (new cycles start with five rating bands), then you import your roster from a CSV or Excel file.</source>
        <translation>浏览示例公司以了解程序的使用，或从自己的公司开始：将添加 KPI 库、岗位模板、能力和 360 评估表（新周期从五个评级档次开始），然后从 CSV 或 Excel 文件导入花名册。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="295"/>
        <source>Start with your own company…</source>
        <translation>从自己的公司开始…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="297"/>
        <source>Explore the demo company…</source>
        <translation>浏览示例公司…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="453"/>
        <source>Export personal data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="454"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="463"/>
        <source>Personal data of %1 written to %2.</source>
        <translation>%1 的个人数据已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="466"/>
        <source>Exporting personal data</source>
        <translation>正在导出个人数据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="480"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="505"/>
        <source>%1 marked as left.</source>
        <translation>已将 %1 标记为离职。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="507"/>
        <source>Their %1 reports now report to their manager.</source>
        <translation>其 %1 名下属现改为向其上级汇报。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="508"/>
        <source>Ctrl+Z undoes this.</source>
        <translation>按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="521"/>
        <source>Undone: the person is active again.</source>
        <translation>已撤销：该人员恢复在职。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="561"/>
        <source>Added %1 KPIs, %2 role templates, %3 competencies and %4 360 forms; now import your roster.</source>
        <translation>已添加 %1 个 KPI、%2 个岗位模板、%3 项能力和 %4 份 360 评估表；现在请导入花名册。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="566"/>
        <source>Adding the catalogue</source>
        <translation>正在添加目录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="582"/>
        <source>Roster imported: %1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>花名册已导入：新增 %1，更新 %2，未变 %3，拒绝 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="314"/>
        <source>Loading people</source>
        <translation>正在加载人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="359"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="379"/>
        <source>%1 of %2 people</source>
        <translation>%1 / %2 人</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/models/people_model.py" line="22"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="23"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="24"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="25"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="26"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="27"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="28"/>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="106"/>
        <source>Has left the company</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>PersonDetailPanel</name>
    <message>
        <location filename="../../ui/pages/people_page.py" line="85"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="86"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="87"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="88"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="89"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="90"/>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="91"/>
        <source>Tenure</source>
        <translation>司龄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="69"/>
        <source>Select a person to see their record.</source>
        <translation>选择一个人员查看其档案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="126"/>
        <location filename="../../ui/pages/people_page.py" line="133"/>
        <location filename="../../ui/pages/people_page.py" line="135"/>
        <location filename="../../ui/pages/people_page.py" line="137"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="132"/>
        <source>No manager (top of the organisation)</source>
        <translation>无上级（组织最高层）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="139"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="140"/>
        <source>Left on %1</source>
        <translation>于 %1 离职</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="143"/>
        <source>Direct reports (%1)</source>
        <translation>直接下属（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="144"/>
        <source>No direct reports.</source>
        <translation>没有直接下属。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="47"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="47"/>
        <source>Add a person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="72"/>
        <source>Employee no.:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="74"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="76"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="77"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="89"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="95"/>
        <source>Position:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="97"/>
        <source>Type a name or employee number; empty for none</source>
        <translation>输入姓名或工号；留空表示无上级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="102"/>
        <source>Manager:</source>
        <translation>直属上级：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="104"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="115"/>
        <source>Hire date:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="170"/>
        <source>No active person is called that.</source>
        <translation>没有叫这个名字的在职人员。</translation>
    </message>
</context>
<context>
    <name>PersonHistoryView</name>
    <message>
        <location filename="../../ui/pages/history_view.py" line="76"/>
        <source>No appraisal in any cycle yet.</source>
        <translation>尚无任何周期的考核。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="78"/>
        <source>Some results are not shown yet: the 360 results of a running cycle are published when its 360 stage ends, and your own appraisal when it is released to you.</source>
        <translation>部分结果暂不显示：进行中周期的 360 结果在其 360 阶段结束时公布，您本人的考核在向您发布后显示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="94"/>
        <location filename="../../ui/pages/history_view.py" line="103"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="95"/>
        <source>KPI part</source>
        <translation>KPI 部分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="96"/>
        <source>Competency part</source>
        <translation>能力部分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="108"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="112"/>
        <source>No scores to draw yet.</source>
        <translation>暂无可绘制的得分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="115"/>
        <source>Results across cycles</source>
        <translation>各周期结果</translation>
    </message>
</context>
<context>
    <name>PlanRulesTab</name>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="22"/>
        <source>the lowest two bands</source>
        <translation>最低的两个等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="24"/>
        <source>Propose an improvement plan at or below band:</source>
        <translation>等级不高于此值时建议改进计划：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="25"/>
        <source>A band code of the cycle, e.g. C. Left empty, the cycle&apos;s two lowest bands propose a plan when an appraisal is released or signed.</source>
        <translation>填写周期中的等级代码，例如 C。留空时，考核发布或签署后，处于周期最低两个等级的人员会被建议制定计划。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="29"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="30"/>
        <source>Plan length:</source>
        <translation>计划时长：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="33"/>
        <source>Extensions allowed per plan:</source>
        <translation>每个计划允许延期次数：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="35"/>
        <source>Save plan rules</source>
        <translation>保存计划规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="44"/>
        <source>Only HR changes the plan rules.</source>
        <translation>只有人力资源可以修改计划规则。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_rules_tab.py" line="47"/>
        <source>Plan rules saved.</source>
        <translation>计划规则已保存。</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="122"/>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="122"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="122"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="122"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="127"/>
        <source>Check-ins</source>
        <translation>跟进检查</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="129"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="129"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="129"/>
        <source>Measure</source>
        <translation>衡量方式</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="129"/>
        <source>Baseline → target</source>
        <translation>基线 → 目标值</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="129"/>
        <location filename="../../ui/plans/plan_view.py" line="136"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="130"/>
        <source>Latest progress</source>
        <translation>最新进度</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="130"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="131"/>
        <location filename="../../ui/plans/plan_view.py" line="150"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="136"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="136"/>
        <location filename="../../ui/plans/plan_view.py" line="150"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="136"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="136"/>
        <source>Done</source>
        <translation>完成于</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="148"/>
        <source>Actions and support</source>
        <translation>行动与支持</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="150"/>
        <source>Issued on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="150"/>
        <source>Wording</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="150"/>
        <location filename="../../ui/plans/plan_view.py" line="153"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="151"/>
        <source>Warnings and recognition</source>
        <translation>警告与表扬</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="153"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="153"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="153"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="154"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="164"/>
        <source>Open evidence</source>
        <translation>打开证据</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="165"/>
        <source>Open the selected evidence (or double-click it)</source>
        <translation>打开所选证据（或双击它）</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="167"/>
        <source>Save evidence as…</source>
        <translation>证据另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="168"/>
        <source>Save a copy of the selected evidence file</source>
        <translation>保存所选证据文件的副本</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="217"/>
        <source>%1 — %2 plan</source>
        <translation>%1 — %2计划</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="222"/>
        <source>Closed on %1 by %2 — %3: %4. A closed plan is read-only.</source>
        <translation>已于 %1 由 %2 关闭 — %3：%4。已关闭的计划为只读。</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="242"/>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="243"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="245"/>
        <source>not yet approved by HR</source>
        <translation>HR 尚未批准</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="247"/>
        <source>approved %1 by %2; not yet acknowledged</source>
        <translation>%2 于 %1 批准；员工尚未确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="250"/>
        <source>version %1 acknowledged; the changed goals need a new acknowledgement</source>
        <translation>已确认第 %1 版；目标已变更，需要重新确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="254"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="256"/>
        <source>acknowledged %1</source>
        <translation>已于 %1 确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="258"/>
        <location filename="../../ui/plans/plan_view.py" line="382"/>
        <source> (disagrees)</source>
        <translation>（有异议）</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="261"/>
        <source>health: %1</source>
        <translation>状况：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="263"/>
        <source>%1 to %2, a check-in every %3 days</source>
        <translation>%1 至 %2，每 %3 天跟进一次</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="267"/>
        <source>; the check-in due %1 was missed</source>
        <translation>；%1 到期的跟进已错过</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="269"/>
        <source>; next check-in %1</source>
        <translation>；下次跟进 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="271"/>
        <source>; the plan has ended: decide its outcome</source>
        <translation>；计划已到期：请决定结果</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="273"/>
        <source>; extended %1 of %2 times allowed</source>
        <translation>；已延期 %1 次（最多 %2 次）</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="277"/>
        <source>Manager: %1</source>
        <translation>经理：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="299"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="324"/>
        <source>Changed %1 by %2: %3</source>
        <translation>%2 于 %1 修改：%3</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="359"/>
        <source>Support the company commits</source>
        <translation>公司承诺的支持</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="360"/>
        <source>Why this plan</source>
        <translation>制定计划的原因</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="361"/>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_view.py" line="380"/>
        <source>Acknowledged version %1</source>
        <translation>确认第 %1 版</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="77"/>
        <source>Improvement Plans</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="88"/>
        <source>Select a plan to see its goals, check-ins and history.</source>
        <translation>选择一个计划，查看其目标、跟进和历史。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="107"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="108"/>
        <source>Start an improvement or development plan (Ctrl+N)</source>
        <translation>新建改进或发展计划（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="110"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="111"/>
        <source>Approve the draft (HR); the employee then acknowledges it</source>
        <translation>批准草稿（HR）；之后由员工确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="112"/>
        <source>Record acknowledgement…</source>
        <translation>记录确认…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="113"/>
        <source>Record that the employee received this version of the plan</source>
        <translation>记录员工已收到此版计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="114"/>
        <source>Record check-in…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="115"/>
        <source>Progress per goal, notes and evidence</source>
        <translation>各目标进度、备注和证据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="116"/>
        <source>Warning…</source>
        <translation>警告…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="117"/>
        <source>A formal warning, naming the check-in that recorded the shortfall</source>
        <translation>正式警告，注明记录了差距的那次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="118"/>
        <source>Recognition…</source>
        <translation>表扬…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="119"/>
        <source>Recognise a milestone reached</source>
        <translation>表扬达成的里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="120"/>
        <source>Change goal…</source>
        <translation>修改目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="121"/>
        <source>Change or add a goal, with the reason; the employee acknowledges the new version</source>
        <translation>修改或新增目标并说明原因；员工需确认新版本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="123"/>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="124"/>
        <source>A new end date and the reason</source>
        <translation>新的结束日期和原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="125"/>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="126"/>
        <source>Decide the outcome, with written reasoning</source>
        <translation>决定结果并写明理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="128"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="129"/>
        <source>The plan document, to sign (Ctrl+E)</source>
        <translation>计划文件，用于签署（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="131"/>
        <source>Sign PDF…</source>
        <translation>签署 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="132"/>
        <source>Sign the plan document: the manager, then the employee (their acknowledgement), then HR</source>
        <translation>签署计划文档：先由上级签署，再由员工签署（即其确认），最后由人力资源部签署</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="141"/>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="143"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="149"/>
        <source>Check-in due before:</source>
        <translation>跟进到期早于：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="176"/>
        <source>Loading plans…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="203"/>
        <source>Loading plans</source>
        <translation>读取计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="216"/>
        <source>No plan matches these filters.</source>
        <translation>没有符合筛选条件的计划。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="217"/>
        <source>No plan yet. An improvement plan helps someone whose results fell short; a development plan helps anyone grow. Start one with New plan… (Ctrl+N).</source>
        <translation>还没有计划。改进计划帮助业绩未达标的员工；发展计划帮助任何人成长。点击“新建计划…”（Ctrl+N）开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="251"/>
        <source>Loading the plan</source>
        <translation>读取计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="289"/>
        <source>You can read plans but not change them (auditor).</source>
        <translation>你可以查看计划，但不能修改（审计员）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="291"/>
        <source>This plan is closed: it is read-only.</source>
        <translation>此计划已关闭：只读。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="342"/>
        <source>Approving</source>
        <translation>正在批准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="343"/>
        <source>Plan approved: the employee acknowledges it next</source>
        <translation>计划已批准：接下来由员工确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="350"/>
        <source>Recording acknowledgement</source>
        <translation>正在记录确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="351"/>
        <source>Acknowledgement recorded</source>
        <translation>已记录确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="366"/>
        <source>Reading the evidence</source>
        <translation>正在读取证据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="375"/>
        <source>Recording check-in</source>
        <translation>正在记录跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="378"/>
        <source>Check-in recorded</source>
        <translation>已记录跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="385"/>
        <source>Evidence note</source>
        <translation>证据备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="395"/>
        <source>Opening the evidence</source>
        <translation>正在打开证据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="402"/>
        <source>Save evidence</source>
        <translation>保存证据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="409"/>
        <source>Saving the evidence</source>
        <translation>正在保存证据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="424"/>
        <source>Issuing the warning</source>
        <translation>正在发出警告</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="426"/>
        <source>Warning recorded</source>
        <translation>已记录警告</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="428"/>
        <source>Recording recognition</source>
        <translation>正在记录表扬</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="430"/>
        <source>Recognition recorded</source>
        <translation>已记录表扬</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="443"/>
        <source>Goal changed: the employee acknowledges the new version</source>
        <translation>目标已修改：员工需确认新版本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="444"/>
        <source>Goal changed</source>
        <translation>目标已修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="446"/>
        <source>Adding the goal</source>
        <translation>正在新增目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="453"/>
        <source>Changing the goal</source>
        <translation>正在修改目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="462"/>
        <source>Extending the plan</source>
        <translation>正在延期计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="463"/>
        <source>Plan extended</source>
        <translation>计划已延期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="471"/>
        <source>Closing the plan</source>
        <translation>正在关闭计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="472"/>
        <source>Plan closed</source>
        <translation>计划已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="493"/>
        <source>Export plan PDF</source>
        <translation>导出计划 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="493"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="502"/>
        <source>Writing the plan PDF</source>
        <translation>正在生成计划 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans_page.py" line="410"/>
        <location filename="../../ui/pages/plans_page.py" line="503"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>PlansTableModel</name>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="23"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="24"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="25"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="26"/>
        <source>Health</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="27"/>
        <source>Next check-in</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="28"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="89"/>
        <source>The check-in due on %1 was missed</source>
        <translation>%1 到期的跟进已错过</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="92"/>
        <source>A check-in is due today</source>
        <translation>今天需要跟进</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="94"/>
        <source>The plan has ended: decide its outcome</source>
        <translation>计划已到期：请决定结果</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_model.py" line="96"/>
        <source>Manager: %1</source>
        <translation>经理：%1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="186"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="191"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="201"/>
        <source>Import nothing until the file is fixed</source>
        <translation>文件修正前不导入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="202"/>
        <source>Import only the valid rows</source>
        <translation>只导入有效的行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="209"/>
        <source>Save the problems as a spreadsheet…</source>
        <translation>将问题另存为电子表格…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="222"/>
        <source>%1 rows: %2 new, %3 to update, %4 unchanged, %5 with problems.</source>
        <translation>共 %1 行：新增 %2，更新 %3，未变 %4，有问题 %5。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="250"/>
        <source>Save the problems</source>
        <translation>保存问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="251"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="29"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="30"/>
        <source>Keep a leaver&apos;s personal data for:</source>
        <translation>离职人员个人数据保留：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="31"/>
        <source>Counted from the leave date. After it, the leaver&apos;s name, employee number and email become a pseudonym and what was written about or by them and their evidence are erased; scores, bands, counts and the hashes of signed documents stay, so results and charts do not change.</source>
        <translation>自离职日期起计算。期满后，离职人员的姓名、工号和电子邮件将替换为化名，关于其本人或由其撰写的文字及其佐证材料将被删除；得分、评级、数量以及已签署文件的哈希值予以保留，因此结果和图表不会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="35"/>
        <source>Backups, and the copies kept aside before a restore, an upgrade or encryption, made before the erasure still hold the leaver&apos;s data: delete those you no longer need.</source>
        <translation>在此次清除之前制作的备份，以及恢复、升级或加密前另存的副本，仍保存着该离职人员的数据：请删除不再需要的副本。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="39"/>
        <source>Save retention period</source>
        <translation>保存保留期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="40"/>
        <source>Anonymise leavers past retention…</source>
        <translation>匿名化超过保留期限的离职人员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="47"/>
        <source>Only HR changes the retention period and anonymises leavers.</source>
        <translation>只有人力资源部可以更改保留期限并匿名化离职人员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="50"/>
        <source>Retention period saved.</source>
        <translation>保留期限已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="81"/>
        <source>Anonymised one leaver; their evidence files were removed.</source>
        <translation>已匿名化 1 名离职员工；其证据文件已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="82"/>
        <source>Anonymised %1 leavers; their evidence files were removed.</source>
        <translation>已匿名化 %1 名离职员工；其证据文件已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_tab.py" line="86"/>
        <source>Anonymising leavers</source>
        <translation>正在匿名化离职人员</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="152"/>
        <source>Profile</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="152"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="152"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="153"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="153"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="162"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="164"/>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="166"/>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="186"/>
        <source>Everyone who signs in to this database. Once there are two profiles (or on a shared database), the window asks who is using it.</source>
        <translation>登录此数据库的所有人。一旦有两个账户（或使用共享数据库），窗口会询问使用者是谁。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="189"/>
        <source>Your profile. Only HR adds or disables profiles.</source>
        <translation>您的账户。只有人力资源可以添加或停用账户。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="191"/>
        <source>Nobody signs in to this database yet.</source>
        <translation>此数据库目前无需登录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="194"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="194"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="236"/>
        <location filename="../../ui/pages/profiles_tab.py" line="240"/>
        <source>Disable profile</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="237"/>
        <source>%1 can no longer sign in. What they did stays on the audit trail.</source>
        <translation>%1 将无法再登录。其操作仍保留在审计记录中。</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="53"/>
        <source>Group by:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="55"/>
        <source>Department of the person rated</source>
        <translation>被评估人所在部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="56"/>
        <source>Rater</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="60"/>
        <source>List overdue requests</source>
        <translation>列出逾期的评估邀请</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="75"/>
        <source>%1 of %2 forms submitted (%3), %4 in progress, %5 not started; %6 overdue.</source>
        <translation>%2 份评估表中已提交 %1 份（%3），填写中 %4 份，未开始 %5 份；逾期 %6 份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="79"/>
        <source>No raters are assigned in this cycle yet.</source>
        <translation>本周期尚未分配评估人。</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="64"/>
        <source>Cannot judge</source>
        <translation>无法评价</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guided_form.py" line="76"/>
        <source>Write concrete examples; your words are shown without your name when you answer as a peer, report or customer.</source>
        <translation>请写出具体事例；以同事、下属或客户身份作答时，您的文字不会显示您的姓名。</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="54"/>
        <source>Rating on a scale</source>
        <translation>量表评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="55"/>
        <source>Written answer</source>
        <translation>文字回答</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="58"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="69"/>
        <source>Offer &quot;cannot judge&quot;</source>
        <translation>提供“无法评价”选项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="70"/>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="76"/>
        <source>Anchor (English)</source>
        <translation>描述（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="76"/>
        <source>Anchor (Chinese)</source>
        <translation>描述（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="78"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="79"/>
        <source>Text:</source>
        <translation>题目：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="80"/>
        <source>Text (Chinese):</source>
        <translation>题目（中文）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="81"/>
        <source>Competency:</source>
        <translation>能力素质：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="82"/>
        <source>Scale:</source>
        <translation>量表：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="85"/>
        <source>Shown to:</source>
        <translation>显示给：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="86"/>
        <source>Words for each point:</source>
        <translation>各分值描述：</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="35"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="36"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="37"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="38"/>
        <source>Band</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="39"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="40"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="138"/>
        <source>Best first. Drag a person, or select them and press Ctrl+Up / Ctrl+Down, then save the order.</source>
        <translation>最好的排在最前。拖动人员，或选中后按 Ctrl+Up / Ctrl+Down 调整，然后保存顺序。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="141"/>
        <source>Save order</source>
        <translation>保存顺序</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="144"/>
        <source>Reset to scores</source>
        <translation>按得分重置</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="153"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="169"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="174"/>
        <source>Loading the positions</source>
        <translation>正在加载岗位</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="182"/>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="190"/>
        <source>No position here whose ranking you may read.</source>
        <translation>这里没有您可以查看排名的岗位。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="205"/>
        <source>Loading the ranking</source>
        <translation>正在加载排名</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="214"/>
        <source>Order saved by %1 on %2.</source>
        <translation>顺序由 %1 于 %2 保存。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="217"/>
        <source>Ordered by final score; no order saved yet.</source>
        <translation>按最终得分排序；尚未保存顺序。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="219"/>
        <source>Read-only: HR changes the ranking while the cycle is in calibration.</source>
        <translation>只读：考核周期处于校准阶段时由人力资源部调整排名。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/ranking_view.py" line="270"/>
        <source>Saving the ranking</source>
        <translation>正在保存排名</translation>
    </message>
</context>
<context>
    <name>RatersTab</name>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="95"/>
        <source>Raters per group (minimum – maximum)</source>
        <translation>各组评估人数（最少 – 最多）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="113"/>
        <source>Raters asked for more forms than this are flagged</source>
        <translation>评估表数超过此数的评估人会被标出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="114"/>
        <source>Flag raters with more than</source>
        <translation>标出评估表数超过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="116"/>
        <source>Save limits</source>
        <translation>保存人数限制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_progress.py" line="125"/>
        <source>Only people with warnings</source>
        <translation>只显示有提示的人员</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../ui/calibration/record_view.py" line="32"/>
        <source>&amp;Undo selected move</source>
        <translation>撤销所选调整(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/record_view.py" line="33"/>
        <source>Put the person back where this move took them from (Ctrl+Z undoes the last move)</source>
        <translation>将此人恢复到本次调整之前的位置（Ctrl+Z 撤销最近一次调整）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/record_view.py" line="63"/>
        <source>%1 moves, %2 of them undone.</source>
        <translation>共 %1 次调整，其中 %2 次已撤销。</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="116"/>
        <source>Reminder for %1</source>
        <translation>给 %1 的提醒</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="118"/>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="123"/>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="126"/>
        <source>Open in mail program</source>
        <translation>在邮件程序中打开</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/feedback_dialogs.py" line="129"/>
        <source>No e-mail address is stored for this rater.</source>
        <translation>该评估人没有登记电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="433"/>
        <source>Go back a stage</source>
        <translation>退回阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="440"/>
        <source>Why the cycle goes back; kept with the cycle</source>
        <translation>周期退回的原因；将随周期保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="441"/>
        <source>Back to:</source>
        <translation>退回到：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cycle_dashboard.py" line="442"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="27"/>
        <source>About</source>
        <translation>被评估人</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="28"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="29"/>
        <source>Rater</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="30"/>
        <source>As</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="32"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="33"/>
        <source>Answers</source>
        <translation>已答题数</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="60"/>
        <source>Search subject, rater or department</source>
        <translation>搜索被评估人、评估人或部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="64"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="68"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="76"/>
        <source>Show everyone</source>
        <translation>显示全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="102"/>
        <source>Fill in…</source>
        <translation>填写…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="103"/>
        <source>Open the guided form for the selected request (Enter)</source>
        <translation>打开所选邀请的引导式评估表（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="104"/>
        <source>Assign raters…</source>
        <translation>分配评估人…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="105"/>
        <source>Ask a customer…</source>
        <translation>邀请客户…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="106"/>
        <source>Approve nominations</source>
        <translation>批准提名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="107"/>
        <source>Reject nominations</source>
        <translation>拒绝提名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="108"/>
        <source>Reminder…</source>
        <translation>提醒…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="109"/>
        <source>Export PDF forms…</source>
        <translation>导出 PDF 评估表…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="110"/>
        <source>One fillable PDF per rater for the selected open requests, or for every open request shown when none is selected</source>
        <translation>为所选的未完成邀请（未选择时为所有显示的未完成邀请）按评估人各生成一份可填写的 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="112"/>
        <source>Export self-review forms…</source>
        <translation>导出自我评估表…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="113"/>
        <source>One fillable PDF per person in the cycle whose self-review is not submitted yet</source>
        <translation>为本周期中尚未提交自我评估的每个人生成一份可填写的 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="115"/>
        <source>Import returned forms…</source>
        <translation>导入交回的评估表…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="116"/>
        <source>Returned 360 and self-review forms, each with its own verdict</source>
        <translation>交回的 360 评估表和自我评估表，逐个文件给出结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="164"/>
        <source>Only the requests about %1 (%2).</source>
        <translation>仅显示关于 %1（%2）的请求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="215"/>
        <source>Choosing raters</source>
        <translation>正在选择评估人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/feedback_requests.py" line="219"/>
        <source>%n new feedback request(s) created.</source>
        <translation>
            <numerusform>已创建 %n 个新的评估邀请。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="222"/>
        <source>Assigning raters</source>
        <translation>正在分配评估人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/feedback_requests.py" line="246"/>
        <source>%n nomination(s) approved.</source>
        <translation>
            <numerusform>已批准 %n 个提名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/feedback_requests.py" line="247"/>
        <source>%n nomination(s) rejected.</source>
        <translation>
            <numerusform>已拒绝 %n 个提名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="269"/>
        <source>Export PDF forms</source>
        <translation>导出 PDF 评估表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="270"/>
        <source>No open request is selected or shown; only open requests get forms.</source>
        <translation>没有选中或显示未完成的邀请；只有未完成的邀请才能生成评估表。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="272"/>
        <source>Folder for the forms</source>
        <translation>评估表保存文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/feedback_requests.py" line="281"/>
        <source>%n form file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个评估表文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="284"/>
        <source>Writing PDF forms</source>
        <translation>正在生成 PDF 评估表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="292"/>
        <source>Folder for the self-review forms</source>
        <translation>自我评估表的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="307"/>
        <source>Export self-review forms</source>
        <translation>导出自我评估表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="308"/>
        <source>Nobody in this cycle has a self-review still to write; no forms were written.</source>
        <translation>本周期中没有人还需填写自我评估；未生成任何表格。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/feedback_requests.py" line="310"/>
        <source>%n self-review form(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份自我评估表写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="313"/>
        <source>Writing self-review forms</source>
        <translation>正在生成自我评估表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="316"/>
        <source>Returned forms</source>
        <translation>交回的评估表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="317"/>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>PDF 评估表 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_requests.py" line="330"/>
        <source>Importing returned forms</source>
        <translation>正在导入交回的评估表</translation>
    </message>
</context>
<context>
    <name>ResponseProgressModel</name>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="203"/>
        <source>About</source>
        <translation>被评估人</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="204"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="205"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="206"/>
        <source>Peers</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="207"/>
        <source>Reports</source>
        <translation>下属</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="208"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="209"/>
        <source>Returned</source>
        <translation>已收回</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="253"/>
        <source>Competency</source>
        <translation>能力素质</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="256"/>
        <source>Self − others</source>
        <translation>自评 − 他评</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="257"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="284"/>
        <source>Blind spot: rates self higher</source>
        <translation>盲区：自评偏高</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="285"/>
        <source>Hidden strength: others rate higher</source>
        <translation>潜在优势：他评更高</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="286"/>
        <source>Aligned</source>
        <translation>一致</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="62"/>
        <source>One person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="63"/>
        <source>A team (department)</source>
        <translation>团队（部门）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="66"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="78"/>
        <source>Choose a person or a team.</source>
        <translation>请选择一个人或一个团队。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="219"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="238"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — forms returned: %2 of %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 已收回问卷：%2 / %3。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="246"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — forms returned: %2. Groups with fewer than %3 raters are combined into &quot;others&quot; or withheld, so no one&apos;s answers can be singled out.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 已交回：%2。评估人少于 %3 人的组会合并为“其他”或不予显示，任何人的答案都无法被单独识别。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="248"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="251"/>
        <source>Withheld for some people: %1.</source>
        <translation>部分人员不予显示：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="254"/>
        <source>Withheld: %1.</source>
        <translation>不予显示：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="270"/>
        <source>&lt;b&gt;Blind spots&lt;/b&gt; (rates self higher than others do): %1</source>
        <translation>&lt;b&gt;盲区&lt;/b&gt;（自评高于他评）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="273"/>
        <source>&lt;b&gt;Hidden strengths&lt;/b&gt; (others rate higher than self): %1</source>
        <translation>&lt;b&gt;潜在优势&lt;/b&gt;（他评高于自评）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="276"/>
        <source>No blind spots or hidden strengths: self and others agree within half a point, or one of them has not answered yet.</source>
        <translation>没有盲区或潜在优势：自评与他评相差不到半分，或其中一方尚未作答。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="282"/>
        <source>Others (unattributed)</source>
        <translation>他人（不署名）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="285"/>
        <source>Some comments are withheld: too few confidential raters answered to keep their authors unknown.</source>
        <translation>部分评语不予显示：匿名评估人太少，无法保证作者不被识别。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="287"/>
        <source>No comments yet.</source>
        <translation>暂无评语。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="295"/>
        <source>Not enough answers for a radar chart yet.</source>
        <translation>答案不足，暂时无法绘制雷达图。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="304"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="305"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="306"/>
        <location filename="../../ui/pages/feedback_results.py" line="314"/>
        <source>Others</source>
        <translation>他评</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="326"/>
        <source>%1: self, manager and others</source>
        <translation>%1：自评、上级与他评</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="334"/>
        <source>Choose a team to see how its people&apos;s scores spread.</source>
        <translation>选择一个团队以查看成员得分分布。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="340"/>
        <source>Score from others (1–5)</source>
        <translation>他评得分（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="341"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/feedback_results.py" line="343"/>
        <source>Spread of the team&apos;s scores (%n people)</source>
        <translation>
            <numerusform>团队得分分布（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="353"/>
        <source>No gap yet: self or others have not answered.</source>
        <translation>暂无差距：自评或他评尚未作答。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="368"/>
        <source>← hidden strength · self minus others · blind spot →</source>
        <translation>← 潜在优势 · 自评减他评 · 盲区 →</translation>
    </message>
    <message>
        <location filename="../../ui/pages/feedback_results.py" line="369"/>
        <source>Self versus others</source>
        <translation>自评与他评对比</translation>
    </message>
</context>
<context>
    <name>ScoreExplainDialog</name>
    <message>
        <location filename="../../ui/dialogs/score_explain.py" line="31"/>
        <source>How was this score computed?</source>
        <translation>这个得分是怎么算出来的？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_explain.py" line="32"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_explain.py" line="36"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_explain.py" line="36"/>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_explain.py" line="68"/>
        <source>%1 %2: KPI part %3, competency part %4, final score %5.</source>
        <translation>%1 %2：KPI 部分 %3，能力素质部分 %4，综合得分 %5。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_explain.py" line="72"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="156"/>
        <source>Section title:</source>
        <translation>部分标题：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="157"/>
        <source>Title (Chinese):</source>
        <translation>标题（中文）：</translation>
    </message>
</context>
<context>
    <name>SelfReviewForm</name>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="279"/>
        <source>Self-review: %1</source>
        <translation>自评：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="284"/>
        <source>What did you achieve? Name results, customers and figures.</source>
        <translation>您取得了哪些成绩？请写明成果、客户和数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="286"/>
        <source>What got in the way, and what did you do about it?</source>
        <translation>遇到了哪些困难，您是如何应对的？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="288"/>
        <source>Skills, training or responsibilities you would like next.</source>
        <translation>您希望接下来获得的技能、培训或职责。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="289"/>
        <source>Achievements *</source>
        <translation>主要成绩 *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="290"/>
        <source>Challenges</source>
        <translation>困难与挑战</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="291"/>
        <source>Development wishes</source>
        <translation>发展意愿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="297"/>
        <source>Your KPIs (optional self-rating, 1 = far below, 5 = far above the target)</source>
        <translation>您的 KPI（可选自评分，1 = 远低于目标，5 = 远超目标）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="299"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="299"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="299"/>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="299"/>
        <source>Result</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="300"/>
        <source>Self-rating</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="300"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="323"/>
        <source>No KPI targets in this cycle.</source>
        <translation>本周期没有 KPI 目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="329"/>
        <source>Self-review</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="338"/>
        <source>Submit the self-review? It is locked afterwards; your manager can return it to you with a note.</source>
        <translation>提交自评？提交后将被锁定；上级可附说明退回给您。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="345"/>
        <source>Returned by the manager: %1</source>
        <translation>上级已退回：%1</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="82"/>
        <source>&amp;Close session…</source>
        <translation>关闭会议(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="83"/>
        <source>Lock the moves, set the calibrated bands and reveal blind names</source>
        <translation>锁定调整、确定校准后的等级并显示匿名人员的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="92"/>
        <source>&amp;Distribution</source>
        <translation>分布(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="93"/>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="99"/>
        <source>&amp;Nine-box</source>
        <translation>九宫格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="100"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="101"/>
        <source>R&amp;anking</source>
        <translation>排名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="102"/>
        <source>&amp;Leniency</source>
        <translation>宽严度(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="143"/>
        <source>Loading the session</source>
        <translation>正在加载会议</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="183"/>
        <source>open since %1, opened by %2</source>
        <translation>自 %1 起开启，开启人 %2</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="184"/>
        <source>closed on %1 by %2</source>
        <translation>%1 由 %2 关闭</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="187"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="189"/>
        <source>blind: codes instead of names until closed</source>
        <translation>匿名：关闭前以代码代替姓名</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="190"/>
        <source>was blind; names revealed</source>
        <translation>曾为匿名；姓名已显示</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="193"/>
        <source>Participants: %1</source>
        <translation>参会人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="221"/>
        <source>Moved; the reason is in the record.</source>
        <translation>已调整；理由已记入记录。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="224"/>
        <source>Saving the move</source>
        <translation>正在保存调整</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="239"/>
        <source>Move undone; it stays in the record, struck through.</source>
        <translation>调整已撤销；它仍以删除线形式保留在记录中。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="242"/>
        <source>Undoing the move</source>
        <translation>正在撤销调整</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="249"/>
        <source>Close “%1”? Its moves are locked and each person&apos;s band becomes their calibrated band.</source>
        <translation>关闭“%1”？其调整将被锁定，每人当前的等级成为其校准后的等级。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="252"/>
        <source>The names behind the codes are revealed.</source>
        <translation>代码背后的姓名将被显示。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="253"/>
        <source>Close session</source>
        <translation>关闭会议</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="266"/>
        <source>Session closed; the calibrated bands are set.</source>
        <translation>会议已关闭；校准后的等级已确定。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/session_view.py" line="269"/>
        <source>Closing the session</source>
        <translation>正在关闭会议</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../ui/calibration/models.py" line="33"/>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="35"/>
        <source>Position: %1</source>
        <translation>职位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="36"/>
        <source>Whole cycle</source>
        <translation>整个周期</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="59"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="59"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="60"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="60"/>
        <location filename="../../ui/calibration/models.py" line="84"/>
        <source>Blind</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="61"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="82"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/models.py" line="82"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="80"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="86"/>
        <source>Profiles</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="90"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="94"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="98"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="102"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="104"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="72"/>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="80"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="73"/>
        <source>This database is shared or has several profiles. Say who you are.</source>
        <translation>此数据库是共享的或有多个账户。请说明您的身份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="77"/>
        <source>Profile:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="79"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="89"/>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="27"/>
        <source>none: signatures carry no timestamp</source>
        <translation>无：签名不带时间戳</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="28"/>
        <source>Timestamp server (RFC 3161):</source>
        <translation>时间戳服务器（RFC 3161）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="29"/>
        <source>An http:// or https:// address. Every signature then carries the server&apos;s timestamp (PAdES B-T), which proves its date after the signer&apos;s certificate expires; when the server does not answer, nothing is signed. Saving asks the server for a timestamp once: the certificates it shows are trusted for timestamps from then on.</source>
        <translation>以 http:// 或 https:// 开头的地址。此后每个签名都带有该服务器的时间戳（PAdES B-T），在签署人证书过期后仍能证明签署日期；服务器无应答时，不签署任何内容。保存时会向服务器请求一次时间戳：其出示的证书此后即被信任用于时间戳。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="34"/>
        <source>Embed validation data (long-term validation)</source>
        <translation>嵌入验证数据（长期验证）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="36"/>
        <source>After each signature, the document also carries every signer&apos;s and timestamp server&apos;s certificates and the revocation data their services give (PAdES B-LT), so that it can still be checked when the certificates have expired. Certificates issued here name no revocation service: for them only the certificates are embedded.</source>
        <translation>每次签名后，文件还会带上每位签名人和时间戳服务器的证书，以及其服务提供的吊销信息（PAdES B-LT），使证书过期后仍能验证文件。本处签发的证书未指定吊销服务：对这些证书只嵌入证书本身。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="42"/>
        <source>Save timestamp server</source>
        <translation>保存时间戳服务器</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="43"/>
        <source>No timestamps</source>
        <translation>不使用时间戳</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="68"/>
        <source>Only HR changes the timestamp server.</source>
        <translation>只有人力资源部可以更改时间戳服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="72"/>
        <source>Signatures carry a timestamp from {url}.</source>
        <translation>签名带有来自 {url} 的时间戳。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="73"/>
        <source>Signatures carry no timestamp.</source>
        <translation>签名不带时间戳。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signatures_tab.py" line="83"/>
        <source>Asking the timestamp server</source>
        <translation>正在询问时间戳服务器</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="181"/>
        <source>Sign %1</source>
        <translation>签署 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="75"/>
        <source>Acknowledged, but I disagree</source>
        <translation>已阅，但不同意</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="66"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="68"/>
        <source>Export current version…</source>
        <translation>导出当前版本…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="77"/>
        <source>Your comment becomes part of what you sign.</source>
        <translation>您的意见将成为签署内容的一部分。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="79"/>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="85"/>
        <source>Sign as:</source>
        <translation>签署身份：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="86"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="88"/>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="92"/>
        <source>Sign this appraisal</source>
        <translation>签署此考核</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="92"/>
        <source>Sign this plan</source>
        <translation>签署此计划</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="107"/>
        <source>Unless this version is acknowledged already, the employee&apos;s signature is also their acknowledgement of receipt (not agreement); &quot;I disagree&quot; then needs a comment.</source>
        <translation>若此版本尚未确认，员工的签名同时即是其已收到本版本的确认（并不表示同意）；此时勾选“不同意”须填写意见。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="113"/>
        <source>Read every page first. Your signature is a digital signature over exactly this document; any later change shows when it is verified.</source>
        <translation>请先阅读每一页。您的签名是对本文档内容的数字签名；之后的任何改动在验证时都会显示出来。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="144"/>
        <location filename="../../ui/dialogs/signing_dialog.py" line="176"/>
        <source>Sign a plan PDF</source>
        <translation>签署计划 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="144"/>
        <location filename="../../ui/dialogs/signing_dialog.py" line="176"/>
        <source>Sign an appraisal PDF</source>
        <translation>签署考核 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="146"/>
        <location filename="../../ui/dialogs/signing_dialog.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="154"/>
        <source>Export the current version</source>
        <translation>导出当前版本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="164"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="177"/>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="178"/>
        <source>Choose the plan PDF to sign, or export the current version of the plan and sign that.</source>
        <translation>请选择要签署的计划 PDF，或先导出计划的当前版本再签署。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="182"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="190"/>
        <source>This file is the document of plan %1, not of the plan you chose (plan %2). Choose its file or export it.</source>
        <translation>此文件是计划 %1 的文档，不是您所选的计划（计划 %2）。请选择所选计划的文件，或将其导出。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="204"/>
        <source>nobody yet</source>
        <translation>尚无人签署</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="205"/>
        <source>Waiting for: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>等待签署：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="206"/>
        <source>&lt;b&gt;Every signer has signed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;所有签署人均已签署。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="208"/>
        <source>Plan %5 of &lt;b&gt;%1&lt;/b&gt;, version %2.&lt;br&gt;Signed by: %3.&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的计划 %5，第 %2 版。&lt;br&gt;已签署：%3。&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="211"/>
        <source>Appraisal of &lt;b&gt;%1&lt;/b&gt;, version %2.&lt;br&gt;Signed by: %3.&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的考核，第 %2 版。&lt;br&gt;已签署：%3。&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="221"/>
        <source>No signing identity here belongs to the person who signs next: create one for them under Signing identities.</source>
        <translation>此处没有属于下一位签署人的签名身份：请在“签名身份”中为其创建一个。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signing_dialog.py" line="244"/>
        <source>Signing</source>
        <translation>正在签署</translation>
    </message>
</context>
<context>
    <name>StageProgressModel</name>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="15"/>
        <source>targets set and weighing 100 %</source>
        <translation>已设定目标且权重合计 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="16"/>
        <source>self-review submitted and every 360 group asked has enough answers to count</source>
        <translation>已提交自评，且每个受邀的 360 评估组都有足够的答卷可以计入</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="18"/>
        <source>manager review submitted and a result for every target in the cycle period</source>
        <translation>已提交上级评估，且每个目标在周期内都有实际结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="20"/>
        <source>the proposed band is the computed one, or the difference is justified</source>
        <translation>建议等级与计算等级一致，或已说明差异的理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="22"/>
        <source>signed by the manager, the employee and HR</source>
        <translation>上级、员工和人力资源均已签字</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="24"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="25"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="26"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="27"/>
        <source>Everyone</source>
        <translation>全体人员</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="28"/>
        <source>No manager</source>
        <translation>无上级</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="29"/>
        <source>Through the gate: %1</source>
        <translation>通过关口：%1</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="30"/>
        <source>The current stage.</source>
        <translation>当前阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="31"/>
        <source>%1 — %2: %3 of %4 through the gate</source>
        <translation>%1 — %2：%4 人中 %3 人已通过关口</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="32"/>
        <source>%1 — %2 (not reached yet): %3 of %4 already through this gate and the ones before it</source>
        <translation>%1 — %2（尚未到达）：%4 人中已有 %3 人提前通过此关口及之前的关口</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_progress_model.py" line="34"/>
        <source>%1 — %2 (not reached yet): nobody is through it early</source>
        <translation>%1 — %2（尚未到达）：尚无人提前通过</translation>
    </message>
</context>
<context>
    <name>TargetDetailPanel</name>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="61"/>
        <location filename="../../ui/pages/target_detail.py" line="111"/>
        <source>Select a target to see its results and evidence.</source>
        <translation>选择一个目标查看其结果和证据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="66"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="69"/>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="69"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="69"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="74"/>
        <source>Add result…</source>
        <translation>添加结果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="79"/>
        <source>Evidence (drop files here)</source>
        <translation>证据（可将文件拖到此处）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="85"/>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="86"/>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="87"/>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="88"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="89"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="113"/>
        <source>%1 — target %2</source>
        <translation>%1 — 目标 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="159"/>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="170"/>
        <source>Attaching evidence</source>
        <translation>正在附加证据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="176"/>
        <location filename="../../ui/pages/target_detail.py" line="200"/>
        <source>Evidence note</source>
        <translation>证据备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="176"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="185"/>
        <source>Evidence link</source>
        <translation>证据链接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="185"/>
        <source>Link (https://…):</source>
        <translation>链接（https://…）：</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../ui/models/targets_model.py" line="15"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/models/targets_model.py" line="16"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/targets_model.py" line="17"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/models/targets_model.py" line="18"/>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../ui/models/targets_model.py" line="19"/>
        <source>Latest result</source>
        <translation>最新结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/targets_model.py" line="20"/>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/targets_model.py" line="21"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../ui/models/targets_model.py" line="22"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="59"/>
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="61"/>
        <source>Assign a template…</source>
        <translation>分配模板…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="63"/>
        <source>Copy from another cycle…</source>
        <translation>从其他周期复制…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="65"/>
        <source>Import results…</source>
        <translation>导入结果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="66"/>
        <source>Add results from a CSV or Excel file: employee no., KPI code, value, date</source>
        <translation>从 CSV 或 Excel 文件添加结果：工号、指标代码、数值、日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="68"/>
        <source>Import targets…</source>
        <translation>导入目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="69"/>
        <source>Each person&apos;s targets in a running cycle from a CSV or Excel file: employee no., KPI code, target, weight</source>
        <translation>从 CSV 或 Excel 文件导入进行中周期内每人的目标：工号、KPI 代码、目标值、权重</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="92"/>
        <source>Search people</source>
        <translation>搜索人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="94"/>
        <source>Only weights not totalling 100%</source>
        <translation>只看权重合计不等于 100% 的人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="99"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="99"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="99"/>
        <source>Weights</source>
        <translation>权重合计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="167"/>
        <source>No cycle yet: create one under Cycles, or load the demo data.</source>
        <translation>还没有考核周期：请在“考核周期”中新建，或载入演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="181"/>
        <source>%1 people with targets; %2 with weights not totalling 100%.</source>
        <translation>%1 人已设定目标；其中 %2 人权重合计不等于 100%。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="232"/>
        <source>Select a person to see their targets.</source>
        <translation>选择一个人员查看其目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="258"/>
        <source>Weights total 100%.</source>
        <translation>权重合计为 100%。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="260"/>
        <source>⚠ Weights total %1%; they must total 100%. Adjust a weight.</source>
        <translation>⚠ 权重合计为 %1%；必须等于 100%。请调整权重。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="295"/>
        <source>Targets imported: %1 new, %2 updated, %3 removed, %4 rejected.</source>
        <translation>目标已导入：新增 %1，更新 %2，删除 %3，拒绝 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="303"/>
        <source>Results imported: %1 new, %2 unchanged, %3 rejected.</source>
        <translation>结果已导入：新增 %1，未变 %2，拒绝 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="320"/>
        <source>Copy targets</source>
        <translation>复制目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="320"/>
        <source>Copy targets from:</source>
        <translation>从以下周期复制目标：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets_tab.py" line="331"/>
        <source>Copied %1 targets; %2 people already had targets and kept them.</source>
        <translation>已复制 %1 个目标；%2 人已有目标，保持不变。</translation>
    </message>
</context>
<context>
    <name>TeamHistoryTab</name>
    <message>
        <location filename="../../ui/pages/history_view.py" line="152"/>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="156"/>
        <source>Cycles:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="162"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="163"/>
        <source>Save the comparison as an Excel workbook (Ctrl+E)</source>
        <translation>将对比保存为 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="186"/>
        <source>Everyone I may review</source>
        <translation>我可查看的所有人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="212"/>
        <source>Tick the cycles to compare.</source>
        <translation>请勾选要比较的考核周期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="217"/>
        <source>Nobody here has an appraisal in these cycles.</source>
        <translation>这里没有人在这些周期中有考核。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="226"/>
        <source>Export the comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="227"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="239"/>
        <source>Saved %1 rows to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_view.py" line="242"/>
        <source>Exporting the comparison</source>
        <translation>正在导出对比</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="178"/>
        <source>360 form templates</source>
        <translation>360 评估表模板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="192"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="193"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="200"/>
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="201"/>
        <source>Add question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="202"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="203"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="203"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="215"/>
        <source>Choose a section or question to edit it.</source>
        <translation>选择一个部分或题目进行编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="230"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="231"/>
        <source>Save (Ctrl+S); a template in use is saved as a new version</source>
        <translation>保存（Ctrl+S）；正在使用的模板会保存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="233"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="247"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="247"/>
        <source>not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="249"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="250"/>
        <source>%1 v%2 (%3)</source>
        <translation>%1 第 %2 版（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="319"/>
        <location filename="../../ui/dialogs/template_editor.py" line="327"/>
        <source>New section</source>
        <translation>新部分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="330"/>
        <source>New question</source>
        <translation>新题目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="363"/>
        <source>The template is not complete</source>
        <translation>模板不完整</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="370"/>
        <source>Saved as a new version: cycles and answers already made keep the version they used.</source>
        <translation>已保存为新版本：已有的考核周期和答案仍使用原来的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="371"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../ui/plans/timeline_chart.py" line="73"/>
        <location filename="../../ui/plans/timeline_chart.py" line="91"/>
        <source>Whole plan</source>
        <translation>整体</translation>
    </message>
    <message>
        <location filename="../../ui/plans/timeline_chart.py" line="82"/>
        <source>Progress at each check-in (%)</source>
        <translation>每次跟进的进度（%）</translation>
    </message>
    <message>
        <location filename="../../ui/plans/timeline_chart.py" line="87"/>
        <source>No check-in recorded yet</source>
        <translation>尚未记录跟进</translation>
    </message>
    <message>
        <location filename="../../ui/plans/timeline_chart.py" line="106"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/plans/timeline_chart.py" line="108"/>
        <source>Recognition</source>
        <translation>表扬</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="20"/>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="21"/>
        <source>Due today (%1)</source>
        <translation>今日到期（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="22"/>
        <source>Due later (%1)</source>
        <translation>以后到期（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="49"/>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="68"/>
        <source>Nothing needs you today. Forms to fill, reviews to write, appraisals to sign and deadlines appear here when they do.</source>
        <translation>今天没有需要你处理的事项。需要填写的问卷、需要撰写的评价、需要签署的考核和截止日期出现时会列在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="74"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="93"/>
        <source>Loading Today</source>
        <translation>正在加载今日待办</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="99"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="99"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="99"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="99"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="132"/>
        <source>%1 overdue, %2 due today, %3 later — %4</source>
        <translation>逾期 %1 项，今日到期 %2 项，以后 %3 项 — %4</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="146"/>
        <source>Cycles</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="148"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="150"/>
        <source>Improvement Plans</source>
        <translation>绩效改进计划</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="74"/>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="75"/>
        <source>This database is encrypted. Type its passphrase to open it.</source>
        <translation>此数据库已加密。请输入其口令以打开。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="76"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="77"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="85"/>
        <source>Checking the passphrase…</source>
        <translation>正在核对口令…</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="36"/>
        <source>&amp;Open PDF…</source>
        <translation>打开 PDF(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="38"/>
        <source>Open a signed appraisal or plan, or drop one or more PDF files here. Each signature is checked: is it intact, who signed, is the certificate trusted, was anything changed afterwards, and did this database issue the document.</source>
        <translation>打开已签署的考核报告或计划，或将一个或多个 PDF 文件拖到这里。程序会检查每个签名：是否完整、由谁签署、证书是否可信、签署后是否有改动，以及文档是否由本数据库签发。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="43"/>
        <source>&amp;Extend for long-term validation</source>
        <translation>为长期验证扩展(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="45"/>
        <source>Embed the certificates and the revocation data that can be found for every signature of the documents checked above that verify, so that they can still be checked when the certificates have expired. Each file gets one more revision; nothing in it changes.</source>
        <translation>为上方已检查且通过验证的文件中的每个签名，嵌入证书及能找到的吊销信息，使证书过期后仍能验证这些文件。每个文件会增加一个修订版本；文件内容不做任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="58"/>
        <source>No file checked yet.</source>
        <translation>尚未检查任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="69"/>
        <location filename="../../ui/pages/verification_view.py" line="74"/>
        <source>Verify signed PDFs</source>
        <translation>验证已签署的 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/verification_view.py" line="90"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="95"/>
        <source>Verifying</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verification_view.py" line="126"/>
        <source>Embedding validation data</source>
        <translation>正在嵌入验证数据</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="177"/>
        <source>Rater</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="178"/>
        <source>Forms</source>
        <translation>评估表</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="179"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="180"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_models.py" line="192"/>
        <source>More forms than one rater can answer with care</source>
        <translation>评估表过多，难以认真作答</translation>
    </message>
</context>
<context>
    <name>_ResultDialog</name>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="233"/>
        <source>Add a result</source>
        <translation>添加结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="236"/>
        <source>e.g. 12 or 85.5</source>
        <translation>例如 12 或 85.5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="241"/>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="242"/>
        <source>As of:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="243"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/target_detail.py" line="244"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>_ReviewForm</name>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="102"/>
        <source>%1 · %2 · cycle: %3</source>
        <translation>%1 · %2 · 周期：%3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="120"/>
        <source>&amp;Return with a note…</source>
        <translation>附说明退回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="121"/>
        <source>Send the self-review back to the person with what to change</source>
        <translation>将自评退回本人，并说明需修改的内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="123"/>
        <source>&amp;Submit…</source>
        <translation>提交(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="124"/>
        <source>Lock and send the review (Ctrl+Enter)</source>
        <translation>锁定并提交评价（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="126"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="166"/>
        <source>Read only.</source>
        <translation>只读。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="168"/>
        <source>Answers are saved as you type.</source>
        <translation>输入内容会自动保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="175"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="188"/>
        <location filename="../../ui/pages/review_forms.py" line="219"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="191"/>
        <source>All answers saved at %1</source>
        <translation>所有内容已于 %1 保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="206"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="208"/>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="209"/>
        <source>&amp;Take theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="235"/>
        <source>Submit the review</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="253"/>
        <source>Return the self-review</source>
        <translation>退回自评</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_forms.py" line="254"/>
        <source>What should %1 change? The note is shown on their form.</source>
        <translation>%1 应修改哪些内容？说明会显示在其表单上。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>Database upgraded; the previous file was saved as %1</source>
        <translation>数据库已升级；原文件已保存为 %1</translation>
    </message>
</context>
<context>
    <name>appraisals</name>
    <message>
        <location filename="../../reviewer/messages.py" line="938"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="939"/>
        <source>Manager review</source>
        <translation>上级评估</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="940"/>
        <source>Calibrated</source>
        <translation>已校准</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="941"/>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="942"/>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="943"/>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="13"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="14"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="15"/>
        <source>HR</source>
        <translation>人力</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="20"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="21"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="21"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="22"/>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="22"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="23"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="23"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../ui/models/appraisals_model.py" line="37"/>
        <source>An input of this score changed after the scores were frozen for calibration; the score stands as frozen. Explain score shows when.</source>
        <translation>此得分冻结用于校准后，其某项输入发生了变化；得分仍按冻结值保留。“说明得分”中可查看变化时间。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="18"/>
        <source>Cannot do that</source>
        <translation>无法完成该操作</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>The operation failed and nothing was saved. If it happens again, send the details below to your administrator.</source>
        <translation>操作失败，未保存任何内容。如果再次发生，请将下面的详细信息发送给管理员。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../reviewer/messages.py" line="20"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="21"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="22"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="23"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="24"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="25"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="26"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="27"/>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="28"/>
        <source>KPI code</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="29"/>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="30"/>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="31"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="32"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="33"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="34"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="35"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="36"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="37"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="38"/>
        <source>Profile name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="40"/>
        <source>Part</source>
        <translation>评价类型</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="41"/>
        <source>Achievements</source>
        <translation>主要成绩</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="42"/>
        <source>Challenges</source>
        <translation>困难与挑战</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="43"/>
        <source>Development wishes</source>
        <translation>发展意愿</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="44"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="45"/>
        <source>Development areas</source>
        <translation>待改进方面</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="46"/>
        <source>Overall comment</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="47"/>
        <source>Proposed band</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="48"/>
        <source>Justification</source>
        <translation>等级理由</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="49"/>
        <source>Private note for HR</source>
        <translation>给 HR 的私密备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="50"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="51"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="52"/>
        <source>Band low</source>
        <translation>区间下限</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="53"/>
        <source>Band high</source>
        <translation>区间上限</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1082"/>
        <source>Cycle name</source>
        <translation>周期名称</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1083"/>
        <location filename="../../reviewer/messages.py" line="1543"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1084"/>
        <location filename="../../reviewer/messages.py" line="1549"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1085"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1086"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1087"/>
        <source>KPI weight</source>
        <translation>KPI 权重</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1088"/>
        <source>Competency weight</source>
        <translation>能力权重</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1089"/>
        <source>Rater-group weights</source>
        <translation>评价人组权重</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1090"/>
        <source>Rating bands</source>
        <translation>评级档次</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1091"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1092"/>
        <source>Minimum score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1093"/>
        <source>Guideline share (%)</source>
        <translation>指导比例（%）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1094"/>
        <source>Anonymity threshold</source>
        <translation>匿名阈值</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1095"/>
        <source>360 form</source>
        <translation>360 评估表</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1096"/>
        <location filename="../../reviewer/messages.py" line="1535"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1166"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1192"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1193"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1194"/>
        <source>Measure</source>
        <translation>衡量方式</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1195"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1196"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1253"/>
        <source>Distribution margin (points)</source>
        <translation>分布容差（百分点）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1254"/>
        <source>Enforce the distribution</source>
        <translation>强制执行分布</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1382"/>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1416"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1534"/>
        <source>Short or long term</source>
        <translation>短期或长期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1536"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1537"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1538"/>
        <source>Check-in cadence</source>
        <translation>跟进频率</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1539"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1540"/>
        <source>Action kind</source>
        <translation>措施类型</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1541"/>
        <source>Action due date</source>
        <translation>行动截止日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1542"/>
        <source>Action done on</source>
        <translation>行动完成日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1544"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1545"/>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1546"/>
        <source>Support the company commits</source>
        <translation>公司承诺的支持</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1547"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1548"/>
        <source>Reasoning</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1550"/>
        <source>Progress (%)</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1551"/>
        <source>On track / at risk / off track</source>
        <translation>正常 / 有风险 / 偏离</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1552"/>
        <source>Check-in date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1553"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1554"/>
        <source>Check-in</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1555"/>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1556"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1557"/>
        <source>Plan length (months)</source>
        <translation>计划时长（月）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1558"/>
        <source>Extensions allowed</source>
        <translation>允许延期次数</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1559"/>
        <source>Plan threshold band</source>
        <translation>触发计划的等级</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1708"/>
        <source>Timestamp server</source>
        <translation>时间戳服务器</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1733"/>
        <source>Retention period</source>
        <translation>保留期限</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../ui/formatting.py" line="34"/>
        <source>%1 yr %2 mo</source>
        <translation>%1年%2个月</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="36"/>
        <source>%1 yr</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="37"/>
        <source>%1 mo</source>
        <translation>%1个月</translation>
    </message>
</context>
<context>
    <name>frequency</name>
    <message>
        <location filename="../../reviewer/messages.py" line="910"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="911"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="912"/>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="913"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/models/history_models.py" line="11"/>
        <source>%1 score</source>
        <translation>%1 得分</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="11"/>
        <source>%1 band</source>
        <translation>%1 等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="12"/>
        <source>%1 change</source>
        <translation>%1 变化</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="13"/>
        <source>Not shown yet: the 360 results are not published, or the appraisal is not released to you.</source>
        <translation>暂不显示：360 结果尚未公布，或该考核尚未向您发布。</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="28"/>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="28"/>
        <source>Period</source>
        <translation>考核期间</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="29"/>
        <source>KPI part</source>
        <translation>KPI 部分</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="30"/>
        <source>Competency part</source>
        <translation>能力部分</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="31"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="31"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="32"/>
        <source>Calibrated band</source>
        <translation>校准后等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="46"/>
        <source>not shown yet</source>
        <translation>暂不显示</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="57"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="59"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_models.py" line="95"/>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../reviewer/messages.py" line="1026"/>
        <source>en</source>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/plans/words.py" line="8"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="9"/>
        <source>Awaiting acknowledgement</source>
        <translation>待员工确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="10"/>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="11"/>
        <location filename="../../ui/plans/words.py" line="40"/>
        <location filename="../../ui/plans/words.py" line="57"/>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="12"/>
        <location filename="../../ui/plans/words.py" line="58"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="15"/>
        <location filename="../../ui/plans/words.py" line="20"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="16"/>
        <location filename="../../ui/plans/words.py" line="21"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="17"/>
        <source>Not checked yet</source>
        <translation>尚未跟进</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="22"/>
        <source>Off track</source>
        <translation>偏离</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="25"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="26"/>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="27"/>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="30"/>
        <source>Improvement</source>
        <translation>改进</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="31"/>
        <source>Development</source>
        <translation>发展</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="34"/>
        <source>From an appraisal</source>
        <translation>来自考核</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="35"/>
        <source>From a KPI alert</source>
        <translation>来自 KPI 预警</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="36"/>
        <source>From scratch</source>
        <translation>从头创建</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="39"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="41"/>
        <source>Transferred</source>
        <translation>调岗</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="42"/>
        <source>Ended</source>
        <translation>终止</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="45"/>
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="46"/>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="49"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="50"/>
        <source>Mentoring</source>
        <translation>带教</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="51"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="52"/>
        <location filename="../../ui/plans/words.py" line="65"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="55"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="56"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="59"/>
        <source>Goals changed</source>
        <translation>目标已修改</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="62"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="63"/>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="64"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="68"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="70"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="73"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/plans/words.py" line="74"/>
        <source>Recognition</source>
        <translation>表扬</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../reviewer/messages.py" line="57"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="58"/>
        <source>is missing; every person needs an employee number</source>
        <translation>缺失；每个人都需要工号</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="59"/>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>长度为 {length} 个字符；最多 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="60"/>
        <source>holds invisible control or text-direction characters ({characters}); retype it without them</source>
        <translation>含有不可见的控制字符或文字方向字符（{characters}）；请去掉这些字符后重新输入</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="62"/>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>“{value}”不是有效的邮箱地址</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="63"/>
        <source>{leave} is before the hire date {hire}</source>
        <translation>{leave} 早于入职日期 {hire}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="64"/>
        <source>&apos;{value}&apos; has an empty level; write it like 销售部/销售一组</source>
        <translation>“{value}”中有空的层级；请写成 销售部/销售一组 的形式</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="66"/>
        <source>a department name is longer than {limit} characters</source>
        <translation>部门名称超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="68"/>
        <source>&apos;{value}&apos; could mean {options}; write the full path</source>
        <translation>“{value}”可能指 {options}；请填写完整路径</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="69"/>
        <source>{value} is also on row {row}</source>
        <translation>{value} 在第 {row} 行已出现</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="70"/>
        <source>{value} is also on row {row}; only row {row} counts (and is the manager of whoever reports to {value})</source>
        <translation>{value} 也在第 {row} 行；只有第 {row} 行有效（向 {value} 汇报的人以该行的人为上级）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="73"/>
        <source>{value} is before {earliest}; check the year</source>
        <translation>{value} 早于 {earliest} 年；请检查年份</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="74"/>
        <source>{value} is more than a year ahead; check the year</source>
        <translation>{value} 比今天晚一年以上；请检查年份</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="75"/>
        <source>The leave date {value} is before 1900 or more than a year ahead; check the year.</source>
        <translation>离职日期 {value} 早于 1900 年或比今天晚一年以上；请检查年份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="77"/>
        <source>{value} already belongs to {name} ({number})</source>
        <translation>{value} 已属于 {name}（{number}）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="78"/>
        <source>{count} people are called {value} ({numbers}); give the manager&apos;s employee number</source>
        <translation>有 {count} 人名叫 {value}（{numbers}）；请填写上级的工号</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="80"/>
        <source>&apos;{value}&apos; is neither an employee number nor a name in this file or the database</source>
        <translation>“{value}”在本文件和数据库中既不是工号也不是姓名</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="82"/>
        <source>a person cannot be their own manager</source>
        <translation>员工不能是自己的上级</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="83"/>
        <source>{value} is already {name}&apos;s employee number</source>
        <translation>{value} 已是 {name} 的工号</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="84"/>
        <source>the reporting line goes in a circle: {path}</source>
        <translation>汇报关系形成了循环：{path}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="85"/>
        <source>the manager&apos;s own row {row} has problems</source>
        <translation>上级所在的第 {row} 行有问题</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="86"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="87"/>
        <source>&apos;{value}&apos; is not a date; write it as 2024-03-01</source>
        <translation>“{value}”不是日期；请写成 2024-03-01 的形式</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="88"/>
        <source>{value} is not a real date (no day {day} in month {month} of {year})</source>
        <translation>{value} 不是有效日期（{year} 年 {month} 月没有 {day} 日）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="90"/>
        <source>{value} is not a known employee number</source>
        <translation>{value} 不是已知的工号</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="91"/>
        <source>&apos;{value}&apos; is neither the code nor the name of a KPI in the library; the KPIs page lists them</source>
        <translation>“{value}”既不是指标库中指标的代码，也不是其名称；“KPI 指标”页面列出了全部指标</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="93"/>
        <source>{count} KPIs are called &apos;{value}&apos;; use the KPI code</source>
        <translation>有 {count} 个指标名为“{value}”；请使用指标代码</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="94"/>
        <source>there is no cycle called &apos;{value}&apos;</source>
        <translation>没有名为“{value}”的周期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="95"/>
        <source>{person} has no target for {kpi} in {cycle}</source>
        <translation>{person} 在 {cycle} 中没有 {kpi} 的目标</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="96"/>
        <source>{person} has no target for {kpi} in a cycle covering {date}</source>
        <translation>{person} 在包含 {date} 的周期中没有 {kpi} 的目标</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="98"/>
        <source>{date} falls in more than one cycle with this target; add a Cycle column</source>
        <translation>{date} 落在多个含此目标的周期中；请增加“周期”列</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="100"/>
        <source>{cycle} is closed; its results can no longer change</source>
        <translation>{cycle} 已关闭；其结果不能再修改</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="101"/>
        <source>a value for this target on {date} is also on row {row}</source>
        <translation>此目标在 {date} 的数值在第 {row} 行已出现</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="102"/>
        <source>{value} is already the code of {name}</source>
        <translation>{value} 已是 {name} 的代码</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="103"/>
        <source>percentages must lie between {low}% and {high}%</source>
        <translation>百分比必须在 {low}% 到 {high}% 之间</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="104"/>
        <source>the floor ({floor}%) is above the cap ({cap}%)</source>
        <translation>下限（{floor}%）高于上限（{cap}%）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="105"/>
        <source>add at least one step: from this attainment, these points</source>
        <translation>请至少添加一档：达成率达到多少，得多少分</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="106"/>
        <source>two steps start at the same attainment</source>
        <translation>有两档的起始达成率相同</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="107"/>
        <source>steps need attainments of 0% or more and points from 0 to 150</source>
        <translation>各档的达成率须不低于 0%，分数须在 0 到 150 之间</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="108"/>
        <source>band scoring needs the direction &apos;target band&apos; (each target then gives its band)</source>
        <translation>区间评分需要方向为“目标区间”（每个目标给出自己的区间）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="110"/>
        <source>the critical level ({critical}%) must not be above the warning level ({warning}%)</source>
        <translation>严重预警线（{critical}%）不能高于一般预警线（{warning}%）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="113"/>
        <source>There is no department with id {id}.</source>
        <translation>不存在编号为 {id} 的部门。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="114"/>
        <source>A department needs a name.</source>
        <translation>部门需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="115"/>
        <source>The name is {length} characters long; at most {limit} fit.</source>
        <translation>名称长度为 {length} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="116"/>
        <source>There is already a department called {name} in the same place.</source>
        <translation>同一位置已有名为 {name} 的部门。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="118"/>
        <source>{name} cannot be moved inside itself or one of its own sub-departments.</source>
        <translation>{name} 不能移到它自身或它的下级部门之中。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="120"/>
        <source>{name} still has {count} people (current or former); move them to another department first.</source>
        <translation>{name} 仍有 {count} 人（在职或已离职）；请先把他们调到其他部门。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="122"/>
        <source>{name} has sub-departments; move or remove them first.</source>
        <translation>{name} 有下级部门；请先移走或删除它们。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="124"/>
        <source>{name} ({number}) cannot be their own manager.</source>
        <translation>{name}（{number}）不能是自己的上级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="125"/>
        <source>{name} ({number}) cannot report to {manager} ({manager_number}): that would make a loop in the reporting line ({path}). Choose a manager who is not below {name}.</source>
        <translation>{name}（{number}）不能向 {manager}（{manager_number}）汇报：这会使汇报关系形成循环（{path}）。请选择一位不在 {name} 之下的上级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="128"/>
        <source>{name} ({number}) cannot report to {manager}: {detail}</source>
        <translation>{name}（{number}）不能向 {manager} 汇报：{detail}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="129"/>
        <source>{name} ({number}) has already left.</source>
        <translation>{name}（{number}）已经离职。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="130"/>
        <source>The leave date {leave} is before {name}&apos;s hire date {hire}.</source>
        <translation>离职日期 {leave} 早于 {name} 的入职日期 {hire}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="132"/>
        <source>{name} ({number}) has history in this database and cannot be deleted; mark them as having left instead.</source>
        <translation>{name}（{number}）在此数据库中有历史记录，不能删除；请改为标记为已离职。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="135"/>
        <source>{name} cannot be deleted: {detail}</source>
        <translation>{name} 不能删除：{detail}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="136"/>
        <source>There is no KPI with id {id}.</source>
        <translation>不存在编号为 {id} 的 KPI。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="137"/>
        <source>{code} is used by {count} targets or templates; untick &apos;In use&apos; to retire it instead, so past results keep their meaning.</source>
        <translation>{code} 被 {count} 个目标或模板使用；请取消勾选“启用”来停用它，以免过去的结果失去意义。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="140"/>
        <source>There is no KPI template with id {id}.</source>
        <translation>不存在编号为 {id} 的 KPI 模板。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="141"/>
        <source>There is no target with id {id}.</source>
        <translation>不存在编号为 {id} 的目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="142"/>
        <source>A weight must be more than 0 and at most 100 (it is {weight}).</source>
        <translation>权重必须大于 0 且不超过 100（当前为 {weight}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="144"/>
        <source>The band&apos;s low end is above its high end.</source>
        <translation>区间的下限高于上限。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="145"/>
        <source>The value must be a number.</source>
        <translation>数值必须是数字。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="146"/>
        <source>{date} is outside {cycle} ({start} – {end}).</source>
        <translation>{date} 不在 {cycle}（{start} – {end}）之内。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="147"/>
        <source>{name} is larger than {limit} MB, the limit for evidence files. Attach a smaller file, or a link to where the large one is kept.</source>
        <translation>{name} 超过 {limit} MB，即证据文件的上限。请附上较小的文件，或附上存放大文件之处的链接。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="150"/>
        <source>Cannot store {name}: {detail}.</source>
        <translation>无法保存 {name}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="151"/>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="152"/>
        <source>&apos;{value}&apos; is not a web or mail link; links start with https:// or mailto:.</source>
        <translation>“{value}”不是网页或邮件链接；链接以 https:// 或 mailto: 开头。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="154"/>
        <source>There is no evidence with id {id}.</source>
        <translation>不存在编号为 {id} 的证据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="155"/>
        <source>There is no file evidence with id {id}.</source>
        <translation>不存在编号为 {id} 的文件证据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="156"/>
        <source>The stored copy of {name} has been altered or damaged; restore it from a backup.</source>
        <translation>{name} 的存储副本已被改动或损坏；请从备份中恢复。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="158"/>
        <source>There is no cycle called &apos;{cycle}&apos;. Cycles: {cycles}.</source>
        <translation>没有名为“{cycle}”的考核周期。现有周期：{cycles}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="159"/>
        <source>There is no cycle called &apos;{cycle}&apos;; there is no cycle yet.</source>
        <translation>没有名为“{cycle}”的考核周期；目前还没有任何考核周期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="161"/>
        <source>Nothing called &apos;{what}&apos; to export; choose one of {choices}.</source>
        <translation>没有名为“{what}”的导出内容；请从 {choices} 中选择一个。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="162"/>
        <source>{file}: choose a file ending in .xlsx or .csv.</source>
        <translation>{file}：请选择以 .xlsx 或 .csv 结尾的文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="163"/>
        <source>{file}: choose a file ending in .pdf or .xlsx.</source>
        <translation>{file}：请选择以 .pdf 或 .xlsx 结尾的文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="164"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="165"/>
        <source>Cannot write {path}: {detail}.</source>
        <translation>无法写入 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="166"/>
        <source>{name}: no department has this name.</source>
        <translation>{name}：没有部门使用此名称。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="167"/>
        <source>{name}: several departments have this name; give the path, e.g. A/B.</source>
        <translation>{name}：有多个部门使用此名称；请写出路径，例如 A/B。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="169"/>
        <source>{name}: no signing identity with this id or holder name (see the Appraisals page).</source>
        <translation>{name}：没有此编号或持有人姓名的签名身份（见“考核结果”页）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="171"/>
        <source>This database already has people in it; the demo company only goes into an empty database. Open a new file with --db to try the demo.</source>
        <translation>此数据库中已有人员；演示公司只能放入空数据库。请用 --db 打开一个新文件来试用演示。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="174"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="176"/>
        <source>Another program is writing to {path} and kept it locked for {seconds} s; nothing was saved. Wait for it to finish or close it, then try again.</source>
        <translation>另一个程序正在写入 {path}，已锁定它 {seconds} 秒；未保存任何内容。请等待它完成或将其关闭，然后重试。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="179"/>
        <source>Another program imported or changed people in this database at the same time (this import was adding {numbers}); nothing was imported. Run the import again.</source>
        <translation>另一个程序同时导入或修改了此数据库中的人员（本次导入正在添加 {numbers}）；未导入任何内容。请重新运行导入。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="205"/>
        <source>Upgrading the schema would leave {count} row(s) of {table} pointing at missing {parent} rows; nothing was changed. Report this to the program&apos;s maintainers.</source>
        <translation>升级数据库结构会使 {table} 的 {count} 行指向不存在的 {parent} 行；未做任何更改。请将此问题报告给程序维护者。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="208"/>
        <source>This database already has tables but no Appraisal Workstation schema version; it was not created by this program. Choose another file with --db.</source>
        <translation>此数据库已有数据表，但没有绩效考核工作台的结构版本；它不是由本程序创建的。请用 --db 选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="211"/>
        <source>This database has schema version {revision}, which is newer than this program understands. Update Appraisal Workstation to open it.</source>
        <translation>此数据库的结构版本为 {revision}，比本程序能识别的版本更新。请更新绩效考核工作台后再打开。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="214"/>
        <source>Cannot use database address &apos;{path}&apos;: {detail}. Give a file path or a postgresql://user@host/dbname URL.</source>
        <translation>无法使用数据库地址“{path}”：{detail}。请提供文件路径或 postgresql://user@host/dbname 形式的 URL。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="217"/>
        <source>Cannot create the database folder: {detail}</source>
        <translation>无法创建数据库文件夹：{detail}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="218"/>
        <source>Cannot open the database {path}: {detail}</source>
        <translation>无法打开数据库 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="232"/>
        <source>There is no cycle with id {id}.</source>
        <translation>不存在编号为 {id} 的考核周期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="233"/>
        <source>{cycle} is closed; its {what} can no longer change.</source>
        <translation>{cycle} 已结束，相关内容不能再更改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="234"/>
        <source>{cycle} is closed: what it holds can be read but no longer changed.</source>
        <translation>{cycle} 已结束：其中的内容只能查看，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="236"/>
        <source>There is no feedback request with id {id}.</source>
        <translation>不存在编号为 {id} 的评估请求。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="237"/>
        <source>This feedback was already submitted; its answers are locked.</source>
        <translation>此评估已提交，答案已锁定。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="239"/>
        <source>This feedback request is {status}; it cannot be filled in.</source>
        <translation>此评估请求的状态为 {status}，不能填写。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="241"/>
        <source>Question {id} is not on this rater&apos;s form.</source>
        <translation>第 {id} 题不在该评估人的表单中。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="242"/>
        <source>{rating} is not a point of this question&apos;s scale ({low}–{high}).</source>
        <translation>{rating} 不是本题量表（{low}–{high}）中的分值。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="244"/>
        <source>This question has no &apos;cannot judge&apos; choice.</source>
        <translation>本题没有“无法评价”选项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="245"/>
        <source>The answer is {length} characters long; at most {limit} fit.</source>
        <translation>答案有 {length} 个字符，最多只能 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="247"/>
        <source>Question(s) {numbers} still need an answer before the form can be submitted.</source>
        <translation>第 {numbers} 题尚未作答，作答后才能提交表单。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="249"/>
        <source>Feedback request {id} is not open; only open requests get forms.</source>
        <translation>评估请求 {id} 未开放；只有开放的请求才能生成表单。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="251"/>
        <source>&apos;{group}&apos; is not a confidential rater group.</source>
        <translation>“{group}”不是需保密的评估人组。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="252"/>
        <source>{group}: the minimum ({low}) must be between 0 and the maximum ({high}), and the maximum at most 50.</source>
        <translation>{group}：最少人数（{low}）须在 0 与最多人数（{high}）之间，最多人数不超过 50。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="255"/>
        <source>There is no active &apos;{family}&apos; form template; add one under 360 Reviews → Form templates.</source>
        <translation>没有启用中的“{family}”表单模板；请在“360 评估 → 表单模板”中添加。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="257"/>
        <source>A person cannot be nominated as their own peer.</source>
        <translation>不能提名本人作为自己的同事评估人。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="258"/>
        <source>Employee {id} has left or does not exist.</source>
        <translation>员工 {id} 已离职或不存在。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="259"/>
        <source>There is no employee with id {id}.</source>
        <translation>不存在编号为 {id} 的员工。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="260"/>
        <source>The external rater needs a name.</source>
        <translation>外部评估人需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="261"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>“{value}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="262"/>
        <source>This person already has {count} customer raters, the most allowed.</source>
        <translation>此人已有 {count} 位客户评估人，已达上限。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="264"/>
        <source>{name} is already asked about this person in this cycle.</source>
        <translation>本周期已邀请 {name} 评估此人。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="265"/>
        <source>A competency needs a code and an English name.</source>
        <translation>能力项需要代码和英文名称。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="266"/>
        <source>The code is at most 40 characters, the names at most 100.</source>
        <translation>代码最多 40 个字符，名称最多 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="268"/>
        <source>The code {code} is already used by another competency.</source>
        <translation>代码 {code} 已被另一个能力项使用。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="269"/>
        <source>There is no competency with id {id}.</source>
        <translation>不存在编号为 {id} 的能力项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="270"/>
        <source>{count:form question rates|form questions rate} this competency; it cannot be deleted. Remove it from the templates first (older versions keep it).</source>
        <translation>有 {count} 道表单题目评价此能力项，不能删除。请先从模板中移除（旧版本会保留）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="326"/>
        <source>{count:form|forms} submitted.</source>
        <translation>已提交 {count} 份表单。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="327"/>
        <source>{count:form|forms} submitted, {blank} left blank and still open.</source>
        <translation>已提交 {count} 份表单，{blank} 份未填写，仍保持开放。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="518"/>
        <source>{file}: the sheet &apos;{sheet}&apos; is empty: it needs a header row and data.</source>
        <translation>{file}：工作表“{sheet}”是空的：需要一行表头和数据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="523"/>
        <source>The text encoding of {file} was not recognised (tried UTF-8, UTF-16 and GBK/GB18030; line {line} is neither). Save it as &apos;CSV UTF-8&apos; from Excel or WPS, or choose the encoding yourself.</source>
        <translation>无法识别 {file} 的文本编码（已尝试 UTF-8、UTF-16 和 GBK/GB18030；第 {line} 行两者都不是）。请在 Excel 或 WPS 中另存为“CSV UTF-8”，或自行选择编码。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="526"/>
        <source>{file} cannot be read as {encoding}: {reason}. Choose another encoding.</source>
        <translation>无法按 {encoding} 读取 {file}：{reason}。请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="588"/>
        <source>{done} of {total} people are through the gate to {stage}; {count:blocker holds|blockers hold} {people:person|people}.</source>
        <translation>{total} 人中已有 {done} 人可进入“{stage}”；{count} 个阻碍涉及 {people} 人。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="591"/>
        <source>{cycle} cannot move on: {count:blocker holds|blockers hold} {people:person|people}. Fix them, or let named people past with a reason each.</source>
        <translation>{cycle} 无法进入下一阶段：{count} 个阻碍涉及 {people} 人。请先处理，或为指定人员逐一填写理由放行。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="619"/>
        <source>Self-review forms are sent out from goal setting to the end of the self-review and 360 stage, and in manager review for self-reviews the manager returned; {cycle} is at {stage}, none of these.</source>
        <translation>自我评估表可在目标设定阶段至自我评估与 360 阶段结束期间发出，经理退回的自我评估在经理评估阶段也可发出；{cycle} 当前处于“{stage}”阶段，不在上述任何阶段。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="675"/>
        <source>{group}: {raters:rater|raters}, mean rating {mean} over {competencies:competency|competencies}; 100 × {mean} ÷ {scale} = {score}; weight {weight}.</source>
        <translation>{group}：{raters} 名评估人，{competencies} 项能力素质的平均评分 {mean}；100 × {mean} ÷ {scale} = {score}；权重 {weight}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="678"/>
        <source>{group}, pooled from {pooled} (each below {threshold} raters): {raters:rater|raters}, mean rating {mean} over {competencies:competency|competencies}; 100 × {mean} ÷ {scale} = {score}; weight {weight}.</source>
        <translation>{group}，由 {pooled} 合并而成（各自少于 {threshold} 名评估人）：{raters} 名评估人，{competencies} 项能力素质的平均评分 {mean}；100 × {mean} ÷ {scale} = {score}；权重 {weight}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="273"/>
        <source>There is no form template with id {id}.</source>
        <translation>不存在编号为 {id} 的表单模板。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="183"/>
        <source>{person}&apos;s appraisal was changed by {who} at {when} after you opened it; your changes were not saved. Open it again to see theirs, then make yours again.</source>
        <translation>{person}的考评在您打开后已由{who}于{when}修改；您的修改未保存。请重新打开查看对方的修改，然后再次进行您的修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="186"/>
        <source>{person}&apos;s target was changed by {who} at {when} after you opened it; your changes were not saved. Open it again to see theirs, then make yours again.</source>
        <translation>{person}的目标在您打开后已由{who}于{when}修改；您的修改未保存。请重新打开查看对方的修改，然后再次进行您的修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="189"/>
        <source>{person}&apos;s plan was changed by {who} at {when} after you opened it; your changes were not saved. Open it again to see theirs, then make yours again.</source>
        <translation>{person}的计划在您打开后已由{who}于{when}修改；您的修改未保存。请重新打开查看对方的修改，然后再次进行您的修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="192"/>
        <source>{who} changed this answer in {person}&apos;s review at {when} while you were writing it; yours was not saved. Choose whether to keep yours or take theirs.</source>
        <translation>{who} 在你填写期间（{when}）修改了{person}评估中的这一项回答；你的内容未保存。请选择保留你的内容，还是采用对方的内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="195"/>
        <source>This answer in {person}&apos;s review was changed by another program while you were writing it; yours was not saved. Choose whether to keep yours or take theirs.</source>
        <translation>在你填写期间，另一个程序修改了{person}评估中的这一项回答；你的内容未保存。请选择保留你的内容，还是采用对方的内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="198"/>
        <source>A goal of {person}&apos;s plan was changed by {who} at {when} after you opened it; your change was not saved. Open the plan again to see theirs, then make yours again.</source>
        <translation>{person}计划中的一个目标在你打开后已由 {who} 于 {when} 修改；你的修改未保存。请重新打开计划查看对方的修改，再重新进行你的修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="201"/>
        <source>{person}&apos;s record in {table} was changed by another program after you opened it; your changes were not saved. Open it again, then make yours again.</source>
        <translation>{person}在{table}中的记录在您打开后已被另一个程序修改；您的修改未保存。请重新打开，然后再次进行您的修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="219"/>
        <source>The schema of {path} needs an upgrade, but the backup made first could not be written or checked ({backup}: {detail}); nothing was upgraded and the database is as it was. Free disk space or make its folder writable, then open it again.</source>
        <translation>{path} 的数据结构需要升级，但升级前的备份无法写入或校验（{backup}：{detail}）；未做任何升级，数据库保持原样。请释放磁盘空间或让其所在文件夹可写，然后重新打开。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="223"/>
        <source>The database {path} is encrypted (or is no SQLite database at all). Give its passphrase with --passphrase-file FILE or the APPRAISAL_DB_PASSPHRASE environment variable.</source>
        <translation>数据库 {path} 已加密（或根本不是 SQLite 数据库）。请用 --passphrase-file FILE 或环境变量 APPRAISAL_DB_PASSPHRASE 提供其口令。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="226"/>
        <source>The passphrase does not open the database {path}. Check it (letter case, spaces) and try again.</source>
        <translation>此口令打不开数据库 {path}。请检查口令（大小写、空格）后重试。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="228"/>
        <source>The database {path} is encrypted (or is no SQLite database at all); opening an encrypted database needs the sqlcipher3 module, which is not installed. Install it with: {command}</source>
        <translation>数据库 {path} 已加密（或根本不是 SQLite 数据库）；打开加密数据库需要 sqlcipher3 模块，但它尚未安装。请用以下命令安装：{command}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="274"/>
        <source>A template family &apos;{family}&apos; exists already; edit it or choose another name.</source>
        <translation>模板系列“{family}”已存在；请编辑它或换一个名称。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="276"/>
        <source>The template needs a name.</source>
        <translation>模板需要名称。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="277"/>
        <source>The template needs a family (e.g. individual_contributor).</source>
        <translation>模板需要系列名（例如 individual_contributor）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="279"/>
        <source>The template has no questions.</source>
        <translation>模板中没有题目。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="280"/>
        <source>Section {section} needs a title.</source>
        <translation>第 {section} 部分需要标题。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="281"/>
        <source>Section {section}, question {question} has no text.</source>
        <translation>第 {section} 部分第 {question} 题没有内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="282"/>
        <source>Section {section}, question {question}: choose at least one known rater group to show it to.</source>
        <translation>第 {section} 部分第 {question} 题：请至少选择一个可见的评估人组。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="284"/>
        <source>Section {section}, question {question} rates a competency that no longer exists.</source>
        <translation>第 {section} 部分第 {question} 题评价的能力项已不存在。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="286"/>
        <source>Section {section}, question {question}: the scale must run upwards over 2 to 11 points.</source>
        <translation>第 {section} 部分第 {question} 题：量表须由低到高，共 2 至 11 个分值。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="288"/>
        <source>Section {section}, question {question}: point(s) {points} of the scale need anchor text.</source>
        <translation>第 {section} 部分第 {question} 题：量表分值 {points} 需要锚定描述。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="290"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>无法读取文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="291"/>
        <source>This is not a PDF file. Ask the rater to send back the PDF form itself.</source>
        <translation>这不是 PDF 文件。请评估人发回 PDF 表单本身。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="293"/>
        <source>The file is larger than any returned form can be (50 MB).</source>
        <translation>文件超过了回收表单的最大大小（50 MB）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="294"/>
        <source>The PDF carries scripts, actions or embedded files, which no form of ours does; its answers are not taken in. Ask the rater to fill in the form as it was sent and send it back.</source>
        <translation>该 PDF 含有脚本、动作或嵌入文件，而我们的表单从不包含这些内容；其中的答案不予导入。请让评价人在原样发出的表单上填写后发回。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="297"/>
        <source>The PDF holds far more than a returned form does (it could not be read in {seconds} seconds); ask the rater to send back the form itself.</source>
        <translation>该 PDF 包含的内容远超回收表单应有的内容（{seconds} 秒内无法读完）；请让评价人重新发回表单本身。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="300"/>
        <source>The PDF is protected by a password; ask the rater to save the form again without one.</source>
        <translation>PDF 受密码保护；请评估人不设密码重新保存表单。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="302"/>
        <source>The PDF is damaged or incomplete (perhaps cut off while sending); ask the rater to send it again.</source>
        <translation>PDF 已损坏或不完整（可能在发送时被截断）；请评估人重新发送。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="305"/>
        <source>About {subject}, question {number} ({question}): &apos;cannot judge&apos; is not allowed for this question.</source>
        <translation>关于 {subject}，第 {number} 题（{question}）：本题不允许选择“无法评价”。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="307"/>
        <source>About {subject}, question {number} ({question}): the answer &apos;{value}&apos; is not on the scale {low}–{high}.</source>
        <translation>关于 {subject}，第 {number} 题（{question}）：答案“{value}”不在量表 {low}–{high} 内。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="308"/>
        <source>About {subject}, question {number} ({question}): the answer is longer than {limit} characters.</source>
        <translation>关于 {subject}，第 {number} 题（{question}）：答案超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="309"/>
        <source>About {subject}, question {number} ({question}) is not answered.</source>
        <translation>关于 {subject}，第 {number} 题（{question}）未作答。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="310"/>
        <source>About {subject}, question {number} ({question}) is not answered (and {more} more).</source>
        <translation>关于 {subject}，第 {number} 题（{question}）未作答（另有 {more} 题）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="311"/>
        <source>The form&apos;s security token is not valid: the form was altered or was not issued by this database. Export a new form for the rater.</source>
        <translation>表单的安全令牌无效：表单被改动过，或并非由本数据库签发。请为该评估人重新导出表单。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="314"/>
        <source>No 360 feedback form was found in this PDF.</source>
        <translation>此 PDF 中没有 360 评估表单。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="315"/>
        <source>The feedback about {subject} was already submitted; this file is a duplicate or arrived late.</source>
        <translation>关于 {subject} 的评估已提交；此文件重复或送达过晚。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="317"/>
        <source>The request for feedback about {subject} is closed ({status}).</source>
        <translation>关于 {subject} 的评估请求已关闭（{status}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="319"/>
        <source>The request for feedback about {subject} is closed (its cycle is closed).</source>
        <translation>关于 {subject} 的评估请求已关闭（考核周期已结束）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="321"/>
        <source>Another file in this batch already answered the feedback about {subject}.</source>
        <translation>本批次中已有另一个文件回答了关于 {subject} 的评估。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="323"/>
        <source>The form was returned empty; nothing was imported.</source>
        <translation>交回的表单是空的；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="324"/>
        <source>The form about {subject} is outside your reporting line; give it to HR to import.</source>
        <translation>关于 {subject} 的评估表不在您的汇报线内；请交给人事导入。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="330"/>
        <source>The password needs at least {limit} characters.</source>
        <translation>密码至少需要 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="331"/>
        <source>The signing identity needs the holder&apos;s name.</source>
        <translation>签名身份需要填写持有人姓名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="332"/>
        <source>There is no company CA yet; HR creates it under Signatures → Company CA.</source>
        <translation>尚未创建公司 CA；请由人力资源部在“签名 → 公司 CA”中创建。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="334"/>
        <source>The identity file {path} is missing; import the PKCS#12 file again.</source>
        <translation>身份文件 {path} 不存在；请重新导入 PKCS#12 文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="336"/>
        <source>The password does not open this identity (or the file is not a PKCS#12 file).</source>
        <translation>密码无法打开此身份（或该文件不是 PKCS#12 文件）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="338"/>
        <source>The PKCS#12 file holds no private key and certificate; it cannot sign.</source>
        <translation>该 PKCS#12 文件不含私钥和证书，无法签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="340"/>
        <source>This certificate ({fingerprint}…) is already known.</source>
        <translation>此证书（{fingerprint}…）已登记。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="341"/>
        <source>There is no signing identity with id {id}.</source>
        <translation>不存在编号为 {id} 的签名身份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="342"/>
        <source>&apos;{role}&apos; is not a signer role (manager, employee or hr).</source>
        <translation>“{role}”不是签署角色（manager、employee 或 hr）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="343"/>
        <source>This PDF is not an appraisal document of this database; export the appraisal again.</source>
        <translation>此 PDF 不是本数据库生成的考核报告；请重新导出考核报告。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="345"/>
        <source>This appraisal is signed by HR and read-only; a correction creates a new version.</source>
        <translation>此考核已由人力资源部签署，只读；如需更正将生成新版本。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="347"/>
        <source>Signatures go manager → employee → HR: the next signer is {expected}, not {role}.</source>
        <translation>签署顺序为上级 → 员工 → 人力资源部：下一位签署人是 {expected}，不是 {role}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="349"/>
        <source>The appraisal of {name} is already signed as {role} (by {signer}); it was not signed again.</source>
        <translation>{name} 的考评表已以{role}身份签署（签署人：{signer}）；未再次签署。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="351"/>
        <source>This PDF holds parts the program never puts in an appraisal ({parts}); it is not signed. Sign the program&apos;s own copy (Preview and sign…, or export the appraisal again).</source>
        <translation>此 PDF 含有本程序从不放入考核文档的内容（{parts}），未签署。请签署程序自己的副本（“预览并签署…”，或重新导出考核）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="354"/>
        <source>This PDF is not the document this database wrote for version {version} of the appraisal (it was changed, or written elsewhere); it is not signed. Export the appraisal again and sign that file.</source>
        <translation>此 PDF 不是本数据库为该考核第 {version} 版写出的文档（已被修改，或在别处生成），未签署。请重新导出考核并签署该文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="358"/>
        <source>This PDF is not the file the recorded {role} signature produced (a signature is missing or the file was changed since); it is not signed. Sign the file that carries every earlier signature.</source>
        <translation>此 PDF 不是已记录的{role}签名所生成的文件（缺少一个签名，或此后被修改过），未签署。请签署带有此前全部签名的文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="362"/>
        <source>{identity} cannot sign as manager: it does not belong to the direct manager of {name} ({manager}).</source>
        <translation>{identity} 不能以上级身份签署：它不属于 {name} 的直接上级（{manager}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="365"/>
        <source>{identity} cannot sign as employee: it does not belong to {name}, whose appraisal this is.</source>
        <translation>{identity} 不能以员工身份签署：它不属于本考核的被考核人 {name}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="367"/>
        <source>{identity} cannot sign as HR: it does not belong to someone with an active HR profile here.</source>
        <translation>{identity} 不能以人事身份签署：它不属于在此拥有有效人事档案的人员。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="369"/>
        <source>Nobody is appraised in this cycle (and department) yet.</source>
        <translation>本周期（及所选部门）尚无人参加考核。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="370"/>
        <source>Every appraisal here already carries signatures; their signed PDFs stand.</source>
        <translation>这里的每份考核都已有签名；已签署的 PDF 继续有效。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="372"/>
        <source>The signing identity {identity} belongs to no employee (none, or several, have this name), so it is nobody&apos;s manager; sign with the identity of the people&apos;s manager.</source>
        <translation>签名身份 {identity} 不属于任何员工（没有或有多名员工使用此姓名），因此不是任何人的上级；请使用这些员工的上级的身份签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="375"/>
        <source>{identity} is the direct manager of none of the {count} people here; sign with their manager&apos;s identity, or choose the manager&apos;s team.</source>
        <translation>{identity} 不是此处 {count} 人中任何人的直属上级；请使用他们上级的身份签名，或选择该上级的团队。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="378"/>
        <source>{name}: not signed, {identity} is not this person&apos;s manager (the manager is {manager}).</source>
        <translation>{name}：未签名，{identity} 不是此人的上级（上级是 {manager}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="380"/>
        <source>{name}: left out, the appraisal already carries signatures; its signed PDF stands.</source>
        <translation>{name}：已略过，该考核已有签名；其已签名的 PDF 继续有效。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="382"/>
        <location filename="../../reviewer/messages.py" line="1373"/>
        <source>There is no appraisal with id {id}.</source>
        <translation>不存在编号为 {id} 的考核。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="383"/>
        <source>Version {version} of this appraisal is already superseded; correct the newest version.</source>
        <translation>此考核的第 {version} 版已被取代；请更正最新版本。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="385"/>
        <source>Nobody has signed this appraisal yet; change it directly instead of correcting it.</source>
        <translation>此考核尚无人签署；请直接修改，无需更正。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="387"/>
        <source>Say why the appraisal is corrected; the reason is kept with the new version.</source>
        <translation>请说明更正原因；原因将随新版本保存。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="389"/>
        <source>{field} cannot be corrected.</source>
        <translation>{field} 不能更正。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="390"/>
        <source>The score {value} is outside 0–100.</source>
        <translation>分数 {value} 超出 0–100 范围。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="391"/>
        <source>Only the employee can sign with &quot;acknowledged, I disagree&quot;.</source>
        <translation>只有员工可以以“已阅，但不同意”签署。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="394"/>
        <source>{name} signed in as an auditor: auditors read everything and change nothing.</source>
        <translation>{name} 以审计员身份登录：审计员可以查看全部内容，但不能做任何修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="396"/>
        <source>Only HR may do this; {name} is not signed in as HR.</source>
        <translation>只有人力资源可以执行此操作；{name} 不是以人力资源身份登录的。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="397"/>
        <source>{name} signed in as a manager: this list shows your own record and everyone in your reporting line. You may add people to your line, edit them, mark them as left and import roster rows about them; your own record and the departments are kept by HR.</source>
        <translation>{name} 以经理身份登录：此列表显示您本人的记录和您汇报线上的所有人。您可以在自己的汇报线中添加人员、编辑人员、标记离职，并导入与他们相关的花名册行；您本人的记录和部门由人力资源部维护。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="401"/>
        <source>This person is outside the reporting line of {name}; ask HR if you need access.</source>
        <translation>此人不在 {name} 的汇报线内；如需查看，请联系人力资源。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="403"/>
        <source>This form has been returned: its answers are confidential and reach anyone but its rater only through the published 360 results, so {name} cannot open it.</source>
        <translation>此评估表已提交：其答案属于保密内容，除评估人本人外，任何人只能通过已发布的 360 结果看到，因此 {name} 无法打开它。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="406"/>
        <source>This 360 form was given to someone else; {name} may open only the forms they were asked to fill.</source>
        <translation>此 360 评估表是发给其他人的；{name} 只能打开请其本人填写的评估表。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="408"/>
        <source>Only HR exports and imports offline 360 forms: a form shows who rates whom and the answers typed so far, and is submitted in its rater&apos;s name; {name} is not signed in as HR.</source>
        <translation>只有人事部门可以导出和导入离线 360 表单：表单显示谁评价谁以及已填写的答案，并以评价人的名义提交；{name} 未以人事身份登录。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="411"/>
        <source>{value} is outside your reporting line; only HR imports rows about other people.</source>
        <translation>{value} 不在您的汇报线内；只有人事可以导入关于其他人的行。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="413"/>
        <source>the department {value} does not exist yet; only HR adds departments.</source>
        <translation>部门 {value} 尚不存在；只有人事可以添加部门。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="415"/>
        <source>{name} cannot open their own appraisal here: its 360 results, comments and HR notes are confidential; HR shares it when it is released.</source>
        <translation>{name} 不能在此打开自己的考核：其中的 360 结果、评语和人事备注是保密的；考核发布后由人事分享。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="418"/>
        <source>A profile name has 1 to {limit} characters and no spaces.</source>
        <translation>用户名为 1 到 {limit} 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="420"/>
        <source>There is already a profile called {name}.</source>
        <translation>已存在名为 {name} 的用户。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="421"/>
        <source>There is no profile called {name}.</source>
        <translation>没有名为 {name} 的用户。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="422"/>
        <source>{name} already has the profile {profile}.</source>
        <translation>{name} 已有用户 {profile}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="423"/>
        <source>A manager&apos;s profile needs the employee number of the manager it belongs to.</source>
        <translation>经理用户需要填写其本人的工号。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="425"/>
        <source>This is the last active HR profile; add another HR profile before disabling it.</source>
        <translation>这是最后一个启用的人力资源用户；请先添加另一个人力资源用户再停用它。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="427"/>
        <source>The profile name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="428"/>
        <source>This database asks who you are: say it with --user NAME (the password from APPRAISAL_PASSWORD or typed when asked).</source>
        <translation>此数据库需要确认您的身份：请用 --user 用户名 说明（密码取自 APPRAISAL_PASSWORD，或在提示时输入）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="431"/>
        <source>Give an HR profile a password first (main.py users passwd NAME, or users add NAME --role hr): once {name} can sign in, this database asks who you are, and without an HR profile that can sign in nobody could manage profiles any more.</source>
        <translation>请先为一个人事用户设置密码（main.py users passwd 用户名，或 users add 用户名 --role hr）：{name} 能登录后，此数据库会要求确认身份，若没有能登录的人事用户，就再也无人能管理用户。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="435"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="436"/>
        <source>No password for {name}: set {variable} or run the command in a terminal to type it.</source>
        <translation>没有 {name} 的密码：请设置 {variable}，或在终端中运行命令以输入密码。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="438"/>
        <source>Only HR and auditors read the audit trail; {name} is neither.</source>
        <translation>只有人力资源和审计员可以查看审计记录；{name} 两者都不是。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="440"/>
        <source>Entry {id} is at position {sequence} where {expected} was expected: an entry was removed.</source>
        <translation>记录 {id} 位于第 {sequence} 位，而此处应为第 {expected} 位：有记录被删除。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="442"/>
        <source>Entry {id} (position {sequence}) does not follow the entry before it: an entry was removed, inserted or changed.</source>
        <translation>记录 {id}（第 {sequence} 位）与前一条记录不衔接：有记录被删除、插入或修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="445"/>
        <source>Entry {id} (position {sequence}) was changed after it was written.</source>
        <translation>记录 {id}（第 {sequence} 位）在写入后被修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="447"/>
        <source>Entry {id} was written outside the chain, behind the program&apos;s back.</source>
        <translation>记录 {id} 是绕过本程序、在链外写入的。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="449"/>
        <source>The newest entries are missing: the chain ends at position {sequence} but its recorded end is {recorded}.</source>
        <translation>最新的记录缺失：链在第 {sequence} 位结束，但记录的链尾为 {recorded}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="452"/>
        <source>The record of where the chain begins is missing or damaged: the audit trail cannot be trusted. Compare with a head printed earlier and restore the database from a backup.</source>
        <translation>记录审计链起点的信息缺失或已损坏：审计记录不可信。请与此前打印的链头核对，并从备份恢复数据库。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="455"/>
        <source>{count} entries are outside the chain where {anchored} entries predate it: entries older than the chain were removed or added.</source>
        <translation>链外有 {count} 条记录，而早于审计链的记录应为 {anchored} 条：早于审计链的记录被删除或添加过。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="458"/>
        <source>The recorded end of the chain is missing (the chain ends at position {sequence}): entries may have been removed.</source>
        <translation>审计链记录的末端信息缺失（链止于位置 {sequence}）：可能有记录被删除。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="461"/>
        <source>The chain does not hold entry {sequence} with the hash given ({hash}); it ends at position {end}: the newest entries were removed or rewritten.</source>
        <translation>审计链中没有位置 {sequence} 且哈希为给定值（{hash}）的记录；链止于位置 {end}：最新的记录被删除或改写过。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="464"/>
        <source>--expect-head takes POSITION:HASH as audit verify prints it (a number, a colon and 64 hexadecimal digits), not {value}.</source>
        <translation>--expect-head 的格式为 audit verify 打印的“位置:哈希”（一个数字、一个冒号和 64 位十六进制数字），而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="468"/>
        <source>The 360 results of {cycle} are published; no more answers are accepted.</source>
        <translation>{cycle} 的 360 结果已发布；不再接受任何回答。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="470"/>
        <source>360 results are published when the 360 stage ends.</source>
        <translation>360 评估结果在 360 评估阶段结束后公布。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="471"/>
        <source>The 360 results of {cycle} are already published; a release cannot be taken back or moved later (answering stays closed).</source>
        <translation>{cycle} 的 360 评估结果已经公布；公布不能撤回或推迟（答卷保持关闭）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="474"/>
        <source>360 results are published when the 360 stage ends or on {date}, whichever comes first.</source>
        <translation>360 评估结果在 360 评估阶段结束时或 {date} 公布，以先到者为准。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="476"/>
        <source>The 360 results of {cycle} are not published yet: until then nobody sees them, HR included, only how many forms came back.</source>
        <translation>{cycle} 的 360 结果尚未公布：在此之前任何人（包括 HR）都看不到结果，只能看到收回了多少份问卷。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="479"/>
        <source>To publish them earlier, HR sets the release date: forms release --cycle &quot;{cycle}&quot; --on YYYY-MM-DD (today&apos;s date publishes them now and closes answering).</source>
        <translation>如需提前公布，由 HR 设置公布日期：forms release --cycle &quot;{cycle}&quot; --on YYYY-MM-DD（设为今天即立即公布，并停止收集答卷）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="483"/>
        <source>{file} unpacks to more than {limit} MB; larger workbooks are not read. Copy the data you need into a new workbook.</source>
        <translation>{file} 解压后超过 {limit} MB；不读取更大的工作簿。请把需要的数据复制到新的工作簿中。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="486"/>
        <source>{file} holds a part ({part}) packed {ratio} times smaller than its size: a zip bomb, not a workbook. It was not read.</source>
        <translation>{file} 中的部件（{part}）压缩比为 {ratio} 倍：这是压缩炸弹，不是工作簿。未读取该文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="489"/>
        <source>{file}: its part {part} unpacks to more than {limit} MB; larger workbooks are not read. Copy the data you need into a new workbook.</source>
        <translation>{file}：其中的部件 {part} 解压后超过 {limit} MB；不读取更大的工作簿。请把需要的数据复制到新的工作簿中。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="492"/>
        <source>{file} holds more than {limit} different texts; split it into smaller files.</source>
        <translation>{file} 含有超过 {limit} 个不同的文本；请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="494"/>
        <source>{file} is damaged ({reason}). Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>{file} 已损坏（{reason}）。请用 Excel 或 WPS 打开并重新另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="496"/>
        <source>{file} has no sheet called &apos;{sheet}&apos;; its sheets are {sheets}.</source>
        <translation>{file} 中没有名为“{sheet}”的工作表；其工作表为：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="497"/>
        <source>{file} declares the range {range} ({rows} rows × {columns} columns); at most {max_rows} rows of data and {max_columns} columns are read. Copy the data you need to a new sheet.</source>
        <translation>{file} 声明的区域为 {range}（{rows} 行 × {columns} 列）；最多读取 {max_rows} 行数据和 {max_columns} 列。请把需要的数据复制到新的工作表中。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="500"/>
        <source>{file} has more than {limit} rows of data; split it into smaller files.</source>
        <translation>{file} 的数据超过 {limit} 行；请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="502"/>
        <source>{file}: row {row} has a value in column {column}; at most {limit} columns are read. Delete the columns that are not needed.</source>
        <translation>{file}：第 {row} 行的第 {column} 列有内容；最多读取 {limit} 列。请删除不需要的列。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="505"/>
        <source>{file} has more than {limit} cells; split it into smaller files.</source>
        <translation>{file} 的单元格超过 {limit} 个；请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="507"/>
        <source>{file}: row {row} has more than {limit} cells, more than any spreadsheet holds.</source>
        <translation>{file}：第 {row} 行超过 {limit} 个单元格，超出了任何电子表格的容量。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="509"/>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="510"/>
        <source>{file} is {size} MB; files over {limit} MB are not imported. Split it into smaller files.</source>
        <translation>{file} 大小为 {size} MB；不导入超过 {limit} MB 的文件。请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="512"/>
        <source>{file} is an old Excel 97-2003 (.xls) workbook. Open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation>{file} 是旧版 Excel 97-2003（.xls）工作簿。请用 Excel 或 WPS 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="514"/>
        <source>{file} is a PDF, not a spreadsheet. Export the roster as .xlsx or CSV.</source>
        <translation>{file} 是 PDF，不是电子表格。请将名单导出为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="516"/>
        <source>{file} is not a readable Excel workbook ({reason}). Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>{file} 不是可读取的 Excel 工作簿（{reason}）。请用 Excel 或 WPS 打开并重新另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="519"/>
        <source>{file} is empty: it needs a header row and at least one row of data.</source>
        <translation>{file} 是空的：需要一行表头和至少一行数据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="521"/>
        <source>{file} contains binary data; it does not look like a CSV file.</source>
        <translation>{file} 含有二进制数据；看起来不是 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="522"/>
        <source>{file} is not valid CSV: {reason}.</source>
        <translation>{file} 不是有效的 CSV：{reason}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="528"/>
        <source>--mapping: &apos;{part}&apos; should look like field=column header.</source>
        <translation>--mapping：“{part}”应写成 字段=列标题 的形式。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="529"/>
        <source>--mapping: unknown field &apos;{field}&apos;; fields are {fields}.</source>
        <translation>--mapping：未知字段“{field}”；可用字段为 {fields}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="530"/>
        <source>--mapping: the file has no column &apos;{column}&apos;; its columns are {columns}.</source>
        <translation>--mapping：文件中没有“{column}”列；其列为 {columns}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="532"/>
        <source>No column is chosen for: {fields}. The file&apos;s columns are: {columns}.</source>
        <translation>以下字段尚未选择列：{fields}。文件的列为：{columns}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="534"/>
        <source>The column &apos;{column}&apos; is chosen for both {first} and {second}.</source>
        <translation>“{column}”列同时被选作 {first} 和 {second}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="536"/>
        <source>&apos;{value}&apos; looks like {likely} text read as {read_as} (it would read &apos;{fixed}&apos;): this row was saved in another encoding. Save the whole file as UTF-8, or choose its encoding, and import it again</source>
        <translation>“{value}”看起来是按 {read_as} 读取的 {likely} 文本（应为“{fixed}”）：这一行是用另一种编码保存的。请把整个文件另存为 UTF-8，或选择其编码，然后重新导入</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="540"/>
        <source>{file}: line {line} is {length} characters long; lines of more than {limit} characters are not read. This does not look like a table.</source>
        <translation>{file}：第 {line} 行长 {length} 个字符；不读取超过 {limit} 个字符的行。该文件看起来不是表格。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="544"/>
        <source>{name} ({number}) has no manager, so nobody can write their manager review: give them a manager under People.</source>
        <translation>{name}（{number}）没有上级，无人能为其撰写上级评估：请在“人员”中为其指定上级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="547"/>
        <source>{name} ({number}) heads the organisation and has no manager, so nobody here writes their manager review: let them past with a reason (e.g. reviewed by the board) or give them a manager under People.</source>
        <translation>{name}（{number}）是组织负责人，没有上级，本程序中无人为其撰写上级评估：请填写理由放行（例如由董事会评估），或在“人员”中为其指定上级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="551"/>
        <source>{name} ({number}) has no targets in this cycle: assign targets under KPIs → Targets.</source>
        <translation>{name}（{number}）在本周期没有目标：请在“KPI → 目标”中分配目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="553"/>
        <source>The target weights of {name} ({number}) total {total} %, not 100 %: adjust them under KPIs → Targets.</source>
        <translation>{name}（{number}）的目标权重合计为 {total} %，不是 100 %：请在“KPI → 目标”中调整。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="556"/>
        <source>{name} ({number}) has not submitted their self-review: remind them, or fill in the returned form.</source>
        <translation>{name}（{number}）尚未提交自评：请提醒其提交，或录入交回的表格。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="559"/>
        <source>The manager of {name} ({number}) has not answered the 360 form: remind them under 360 Reviews.</source>
        <translation>{name}（{number}）的上级尚未填写 360 评估表：请在“360 评估”中提醒。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="562"/>
        <source>{answered} of {asked} peers of {name} ({number}) answered; at least {minimum} must answer (alone or pooled) for their ratings to count: remind them or ask more under 360 Reviews.</source>
        <translation>{name}（{number}）的 {asked} 位同事中有 {answered} 位作答；至少需 {minimum} 位作答（单独或合并）其评分才计入：请在“360 评估”中提醒或增加评估人。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="565"/>
        <source>{answered} of {asked} direct reports of {name} ({number}) answered; at least {minimum} must answer (alone or pooled) for their ratings to count: remind them or ask more under 360 Reviews.</source>
        <translation>{name}（{number}）的 {asked} 位直接下属中有 {answered} 位作答；至少需 {minimum} 位作答（单独或合并）其评分才计入：请在“360 评估”中提醒或增加评估人。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="569"/>
        <source>{answered} of {asked} customers of {name} ({number}) answered; at least {minimum} must answer (alone or pooled) for their ratings to count: remind them or ask more under 360 Reviews.</source>
        <translation>{name}（{number}）的 {asked} 位客户中有 {answered} 位作答；至少需 {minimum} 位作答（单独或合并）其评分才计入：请在“360 评估”中提醒或增加评估人。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="573"/>
        <source>The manager review of {name} ({number}) is not submitted: the manager completes and submits it.</source>
        <translation>{name}（{number}）的上级评估尚未提交：由上级填写并提交。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="576"/>
        <source>{name} ({number}) has no result for {kpi} between {start} and {end}: enter one under KPIs → Results.</source>
        <translation>{name}（{number}）的 {kpi} 在 {start} 至 {end} 之间没有结果：请在“KPI → 结果”中录入。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="579"/>
        <source>The proposed rating {proposed} of {name} ({number}) differs from the band of the score {score} ({computed}) and has no justification: the manager writes one in the review.</source>
        <translation>{name}（{number}）的建议等级 {proposed} 与得分 {score} 对应的等级（{computed}）不同且没有说明理由：请上级在评估中填写理由。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="582"/>
        <source>The appraisal of {name} ({number}) still needs the signatures of: {roles}. Sign it on the Appraisals page.</source>
        <translation>{name}（{number}）的考评表仍缺少以下签名：{roles}。请在“考评”页面签署。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="585"/>
        <source>{cycle} is at {stage} now, not at {seen} as shown: someone else moved it meanwhile. Look at the cycle again before moving it.</source>
        <translation>{cycle} 现在处于 {stage}，而不是显示的 {seen}：其他人刚刚推进或退回了它。请重新查看该周期后再操作。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="594"/>
        <source>Say why; the reason is kept with the cycle.</source>
        <translation>请说明理由；理由将随周期保存。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="595"/>
        <location filename="../../reviewer/messages.py" line="1285"/>
        <source>The reason is {length} characters long; at most {limit} fit.</source>
        <translation>理由长 {length} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="597"/>
        <source>Say why {name} ({number}) may pass the gate; the reason is kept with the cycle.</source>
        <translation>请说明 {name}（{number}）为何可以通过此关口；理由将随周期保存。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="599"/>
        <source>{name} ({number}) is not held at this gate; an exception is only for someone who is.</source>
        <translation>{name}（{number}）并未被此关口阻挡；例外只适用于被阻挡的人员。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="601"/>
        <source>&apos;{value}&apos; is not a stage; stages are {stages}.</source>
        <translation>“{value}”不是阶段；阶段有：{stages}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="602"/>
        <source>The cycle is at {stage}; going back means choosing an earlier stage than that, not {to}.</source>
        <translation>周期处于 {stage}；退回须选择比它更早的阶段，而不是 {to}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="604"/>
        <source>{cycle}&apos;s released appraisals already carry signatures: it cannot go back before sign-off. Correct an appraisal on the Appraisals page instead.</source>
        <translation>{cycle} 已发布的考评表已有签名：不能退回到签署阶段之前。请改为在“考评”页面更正考评表。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="607"/>
        <source>{cycle} is not in sign-off yet: appraisals are released once calibration is done.</source>
        <translation>{cycle} 尚未进入签署阶段：校准完成后才能发布考评表。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="609"/>
        <source>The appraisals of {cycle} are already released.</source>
        <translation>{cycle} 的考评表已经发布。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="610"/>
        <source>{cycle} is not in sign-off yet: a cycle closes from sign-off.</source>
        <translation>{cycle} 尚未进入签署阶段：周期从签署阶段关闭。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="612"/>
        <source>Release the appraisals of {cycle} first: the employees sign their released appraisal before the cycle closes.</source>
        <translation>请先发布 {cycle} 的考评表：员工须在周期关闭前签署已发布的考评表。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="615"/>
        <source>The appraisal of {name} is not released yet: until HR releases the cycle it is a draft for the manager and HR only.</source>
        <translation>{name} 的考评表尚未发布：在人力资源部发布周期之前，它只是供上级和人力资源部查看的草稿。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="622"/>
        <source>This form was issued before the self-review of {name} was returned for changes; export a new form for {name}.</source>
        <translation>此表格是在 {name} 的自我评估被退回修改之前发出的；请为 {name} 导出新表格。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="625"/>
        <source>The self-review form of {name} was altered: it holds a field ({field}) this database did not issue for that appraisal (perhaps a KPI target was removed since). Export a new form.</source>
        <translation>{name} 的自我评估表已被改动：其中有本数据库未为该考核发出的字段（{field}）（可能之后删除了某个 KPI 目标）。请导出新表格。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="628"/>
        <source>Self-review of {name}, {kpi}: the self-rating &apos;{value}&apos; is not on the scale 1–5.</source>
        <translation>{name} 的自我评估，{kpi}：自评分“{value}”不在 1–5 分范围内。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="630"/>
        <source>Self-review of {name}: the field {field} is longer than {limit} characters.</source>
        <translation>{name} 的自我评估：字段 {field} 超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="632"/>
        <source>The self-review of {name} was submitted.</source>
        <translation>{name} 的自我评估已提交。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="633"/>
        <source>Choose at least one cycle to compare.</source>
        <translation>请至少选择一个考核周期进行比较。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="635"/>
        <source>There is no employee with the number {value}.</source>
        <translation>没有工号为 {value} 的员工。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="636"/>
        <source>There is no department called {value}.</source>
        <translation>没有名为 {value} 的部门。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="638"/>
        <source>{cycle}, {start} to {end}: the KPI part weighs {kpi_weight} %, the competency part {competency_weight} %.</source>
        <translation>{cycle}，{start} 至 {end}：KPI 部分占 {kpi_weight} %，能力素质部分占 {competency_weight} %。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="641"/>
        <source>The scores were frozen on {date} when calibration began; they no longer follow their inputs.</source>
        <translation>评分已于 {date} 进入校准时冻结，不再随输入变化。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="643"/>
        <source>The scores were frozen on {date} when calibration began, and an input changed afterwards: the stored final score {stored} was kept. The steps below use today&apos;s inputs.</source>
        <translation>评分已于 {date} 进入校准时冻结，之后有输入发生变化：保留已存的综合得分 {stored}。以下步骤按当前输入计算。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="646"/>
        <source>KPI part: {score}</source>
        <translation>KPI 部分：{score}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="647"/>
        <source>KPI part: no target has a result in the cycle period, so the part is left out.</source>
        <translation>KPI 部分：考核期内没有任何指标有结果，因此不计入该部分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="649"/>
        <source>{kpi}: target {target}, weight {weight}; latest result {actual} on {as_of}.</source>
        <translation>{kpi}：目标 {target}，权重 {weight}；最新结果 {actual}（{as_of}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="651"/>
        <source>{kpi}: target {target}, weight {weight}; no result in the cycle period, so it is left out.</source>
        <translation>{kpi}：目标 {target}，权重 {weight}；考核期内没有结果，因此不计入。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="653"/>
        <source>Higher is better: attainment = result ÷ target = {actual} ÷ {target} = {attainment} %.</source>
        <translation>越高越好：达成率 = 结果 ÷ 目标 = {actual} ÷ {target} = {attainment} %。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="655"/>
        <source>Lower is better: attainment = target ÷ result = {target} ÷ {actual} = {attainment} %.</source>
        <translation>越低越好：达成率 = 目标 ÷ 结果 = {target} ÷ {actual} = {attainment} %。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="657"/>
        <source>Target band {low} to {high}: attainment is 100 % inside it and falls in proportion to the distance outside: {attainment} %.</source>
        <translation>目标区间 {low} 至 {high}：区间内达成率为 100 %，区间外按偏离距离成比例下降：{attainment} %。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="660"/>
        <source>Attainment cannot be computed (a target of zero): {points} points.</source>
        <translation>无法计算达成率（目标为零）：{points} 分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="662"/>
        <source>Linear rule: 100 × attainment, 0 below {floor} %, counted up to {cap} %: {points} points.</source>
        <translation>线性规则：100 × 达成率，低于 {floor} % 记 0 分，最多计到 {cap} %：{points} 分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="664"/>
        <source>Band rule: 100 × attainment, at most 100: {points} points.</source>
        <translation>区间规则：100 × 达成率，最高 100：{points} 分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="665"/>
        <source>Step rule ({steps}): the highest step the attainment reaches gives {points} points.</source>
        <translation>阶梯规则（{steps}）：达成率达到的最高阶梯得 {points} 分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="667"/>
        <source>Weighted mean of the points of the targets with a result: ({products}) ÷ {weights} = {score}.</source>
        <translation>有结果的指标得分按权重加权平均：（{products}）÷ {weights} = {score}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="669"/>
        <source>Capped at {cap}, the highest score an appraisal holds.</source>
        <translation>封顶为 {cap}，即考核可记录的最高分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="670"/>
        <source>Competency part (360): {score}</source>
        <translation>能力素质部分（360）：{score}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="671"/>
        <source>Competency part (360): no published rating from anyone but self, so the part is left out.</source>
        <translation>能力素质部分（360）：除自评外没有已公布的评分，因此不计入该部分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="673"/>
        <source>Competency part (360): held back until the cycle&apos;s 360 results are published.</source>
        <translation>能力素质部分（360）：在本周期 360 结果公布前暂不显示。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="681"/>
        <source>{group}: fewer than {threshold} raters, too few even when pooled; withheld, it counts for nothing.</source>
        <translation>{group}：评估人少于 {threshold} 名，合并后仍不足；不予公布，不计入得分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="684"/>
        <source>Weighted mean of the group scores: ({products}) ÷ {weights} = {score}.</source>
        <translation>各评估组得分按权重加权平均：（{products}）÷ {weights} = {score}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="686"/>
        <source>Final score: {score}</source>
        <translation>综合得分：{score}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="687"/>
        <source>Not scored: neither part has data.</source>
        <translation>未评分：两个部分都没有数据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="688"/>
        <source>({kpi} × {kpi_weight} + {competency} × {competency_weight}) ÷ {weights} = {score}.</source>
        <translation>（{kpi} × {kpi_weight} + {competency} × {competency_weight}）÷ {weights} = {score}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="690"/>
        <source>Only the KPI part has data; it is re-weighted to 100 %: {score}.</source>
        <translation>只有 KPI 部分有数据，按 100 % 重新加权：{score}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="692"/>
        <source>Only the competency part has data; it is re-weighted to 100 %: {score}.</source>
        <translation>只有能力素质部分有数据，按 100 % 重新加权：{score}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="694"/>
        <source>Band the score reaches: {band}</source>
        <translation>分数对应的等级：{band}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="695"/>
        <source>Band the score reaches: none</source>
        <translation>分数对应的等级：无</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="696"/>
        <source>{score} is shown as {shown}; the highest band whose minimum it reaches is {band} (from {minimum}).</source>
        <translation>{score} 显示为 {shown}；其达到最低分的最高等级为 {band}（自 {minimum} 起）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="699"/>
        <source>{score} is shown as {shown}, below the lowest band&apos;s minimum {minimum}: no band.</source>
        <translation>{score} 显示为 {shown}，低于最低等级的最低分 {minimum}：无等级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="701"/>
        <source>Band proposed by the manager: {band}, with a justification.</source>
        <translation>上级建议等级：{band}，已写等级理由。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="703"/>
        <source>Band proposed by the manager: {band}, without a justification.</source>
        <translation>上级建议等级：{band}，未写等级理由。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="705"/>
        <source>Band proposed by the manager: none yet.</source>
        <translation>上级建议等级：尚未建议。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="706"/>
        <source>Calibrated band: {band}. The appraisal carries this band (the Appraisals list shows it).</source>
        <translation>校准后等级：{band}。考评表采用此等级（“考核结果”列表中显示的就是它）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="708"/>
        <source>Calibrated band: none yet. Until calibration the appraisal carries the proposed band {band} (the Appraisals list shows it).</source>
        <translation>校准后等级：尚未校准。校准前考评表采用上级建议等级 {band}（“考核结果”列表中显示的就是它）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="711"/>
        <source>Calibrated band: none yet, and no band is proposed.</source>
        <translation>校准后等级：尚未校准，也没有建议等级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="713"/>
        <source>{employee} is not in the cycle {cycle}; `cycle score --cycle &apos;{cycle}&apos;` lists who is.</source>
        <translation>{employee} 不在周期 {cycle} 中；`cycle score --cycle &apos;{cycle}&apos;` 可列出参与人员。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="716"/>
        <source>{name} cannot write {person}&apos;s self-review: only the person (signed in with their own profile) or HR on their behalf may.</source>
        <translation>{name} 不能填写 {person} 的自评：只有本人（用自己的账户登录）或代其填写的 HR 可以。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="719"/>
        <source>{name} may not read {person}&apos;s self-review: it is for the person, their managers and HR.</source>
        <translation>{name} 无权查看 {person} 的自评：自评仅供本人、其上级和 HR 查看。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="721"/>
        <source>Self-reviews are written while the cycle is in its self-review and 360 stage; {cycle} is not (a returned self-review may also be corrected during the manager review stage).</source>
        <translation>自评只能在周期处于“自评与360”阶段时填写；{cycle} 不在此阶段（被退回的自评也可在上级评价阶段修改）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="724"/>
        <source>{person}&apos;s self-review is submitted and locked; the manager can return it with a note.</source>
        <translation>{person} 的自评已提交并锁定；上级可附说明将其退回。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="726"/>
        <source>{person}&apos;s self-review is submitted and locked; it can be returned only during the self-review and 360 or the manager review stage, and {cycle} is in neither.</source>
        <translation>{person} 的自评已提交并锁定；只有在“自评与360”或“上级评价”阶段才能退回，而 {cycle} 不在这两个阶段。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="729"/>
        <source>{person}&apos;s self-review is not submitted, so there is nothing to return.</source>
        <translation>{person} 的自评尚未提交，无可退回的内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="731"/>
        <source>A self-review can be returned during the self-review and 360 or the manager review stage; {cycle} is in neither.</source>
        <translation>自评只能在“自评与360”或“上级评价”阶段退回；{cycle} 不在这两个阶段。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="734"/>
        <source>Write the achievements before submitting the self-review.</source>
        <translation>提交自评前请填写主要成绩。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="736"/>
        <source>Say in a note what the person should change in the self-review.</source>
        <translation>请在说明中写明本人应修改自评的哪些内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="738"/>
        <source>&apos;{value}&apos; is not a field of this review.</source>
        <translation>“{value}”不是此评价的字段。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="739"/>
        <source>The text is {length} characters long; at most {limit} fit.</source>
        <translation>文字长 {length} 个字符；最多可容纳 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="741"/>
        <source>&apos;{value}&apos; is not a self-rating; give a whole number from 1 to 5, or leave it empty.</source>
        <translation>“{value}”不是有效的自评分；请填写 1 到 5 的整数，或留空。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="743"/>
        <source>The target {id} is not one of this appraisal&apos;s targets.</source>
        <translation>目标 {id} 不属于此考核。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="745"/>
        <source>{name} cannot write {person}&apos;s manager review: only the person&apos;s managers or HR may.</source>
        <translation>{name} 不能填写 {person} 的上级评价：只有其上级或 HR 可以。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="747"/>
        <source>Manager reviews are written while the cycle is in its manager review stage; {cycle} is not.</source>
        <translation>上级评价只能在周期处于“上级评价”阶段时填写；{cycle} 不在此阶段。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="749"/>
        <source>{person}&apos;s manager review is submitted and locked.</source>
        <translation>{person} 的上级评价已提交并锁定。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="751"/>
        <source>The manager review is shown to the person once HR releases the cycle&apos;s appraisals.</source>
        <translation>HR 发布本周期的考核后，本人才能看到上级评价。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="753"/>
        <source>Write the overall comment and propose a band before submitting the manager review.</source>
        <translation>提交上级评价前请填写总体评价并选择建议等级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="755"/>
        <source>&apos;{value}&apos; is not one of the rating bands of {cycle}.</source>
        <translation>“{value}”不是 {cycle} 的评级等级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="756"/>
        <source>The proposed band {proposed} differs from the band the score gives ({computed}); write a justification.</source>
        <translation>建议等级 {proposed} 与得分对应的等级（{computed}）不同；请填写理由。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="759"/>
        <source>&apos;{value}&apos; is not a part; write self (自评) or manager (上级).</source>
        <translation>“{value}”不是有效的评价类型；请填写 自评（self）或 上级（manager）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="761"/>
        <source>the row fills none of the review&apos;s fields</source>
        <translation>该行没有填写任何评价字段</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="762"/>
        <source>belongs to the {part} part; leave it empty on this row or change the part</source>
        <translation>属于{part}部分；请在此行留空或更改评价类型</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="764"/>
        <source>{person} has no appraisal in {cycle}</source>
        <translation>{person} 在 {cycle} 中没有考核</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="765"/>
        <source>another row of {person} has problems; a person&apos;s targets are imported together</source>
        <translation>{person} 的另一行有问题；同一人的目标需一并导入</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="767"/>
        <source>{person}&apos;s {part} part is also on row {row}</source>
        <translation>{person} 的 {part} 部分也在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="769"/>
        <source>{person}&apos;s target for {kpi} is also on row {row}</source>
        <translation>{person} 的 {kpi} 目标也在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="770"/>
        <source>{person}&apos;s weights in this file total {total}, not 100 (rows {rows})</source>
        <translation>{person} 在此文件中的权重合计为 {total}，不是 100（第 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="772"/>
        <source>{person}&apos;s target for {kpi} already has results or review notes and is kept; the file cannot drop it: list it in the file too</source>
        <translation>{person} 的 {kpi} 目标已有实际值或评价内容，将保留；文件不能删除它：请在文件中也列出该目标</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="775"/>
        <source>Name the cycle with --cycle.</source>
        <translation>请用 --cycle 指定周期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="777"/>
        <source>The text holds invisible control characters (such as NUL); retype it or paste it as plain text.</source>
        <translation>文字中含有不可见的控制字符（如 NUL）；请重新输入，或以纯文本粘贴。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="779"/>
        <source>Self-review of {name}: the field {field} holds invisible control characters (such as NUL); the form was altered, send a new one.</source>
        <translation>{name} 的自我评估：字段 {field} 含有不可见的控制字符（如 NUL）；表单已被改动，请重新发送一份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="783"/>
        <source>This database lives on a PostgreSQL server; its backups are made there with pg_dump, for example: {command} (restore with pg_restore). Ask the server&apos;s administrator.</source>
        <translation>此数据库位于 PostgreSQL 服务器上，其备份在服务器上用 pg_dump 完成，例如：{command}（用 pg_restore 恢复）。请联系服务器管理员。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="786"/>
        <source>This database is held in memory only; there is no file to back up or restore.</source>
        <translation>此数据库仅存在于内存中，没有可备份或恢复的文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="788"/>
        <source>Keep {keep} backups? Give a whole number from {least} to {most}.</source>
        <translation>保留 {keep} 份备份？请填写 {least} 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="790"/>
        <source>There is no database file {path} to back up yet.</source>
        <translation>数据库文件 {path} 尚不存在，无法备份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="792"/>
        <source>{path} is the database itself; choose another file for the backup.</source>
        <translation>{path} 就是数据库本身；请为备份选择另一个文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="794"/>
        <source>Cannot write the backup {path}: {detail}. No backup was made; choose a folder you may write to with free space.</source>
        <translation>无法写入备份 {path}：{detail}。未做备份；请选择一个有写入权限且空间充足的文件夹。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="797"/>
        <source>Cannot read the database {path} to back it up: {detail}. No backup was made.</source>
        <translation>无法读取数据库 {path} 进行备份：{detail}。未做备份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="799"/>
        <source>There is no file {path}; choose a backup file that exists.</source>
        <translation>文件 {path} 不存在；请选择一个存在的备份文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="801"/>
        <source>Cannot read {path}: {detail}. Nothing was restored.</source>
        <translation>无法读取 {path}：{detail}。未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="803"/>
        <source>{path} is not a SQLite database, so it is no backup of this program; nothing was restored. Choose a backup file (name.backup-date.sqlite3).</source>
        <translation>{path} 不是 SQLite 数据库，因此不是本程序的备份；未恢复任何内容。请选择一个备份文件（名称.backup-日期.sqlite3）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="806"/>
        <source>{path} is damaged or cut short ({detail}); nothing was restored. Choose another backup.</source>
        <translation>{path} 已损坏或不完整（{detail}）；未恢复任何内容。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="808"/>
        <source>{path} is a SQLite database, but not one of Appraisal Workstation (it has no schema version); nothing was restored. Choose a backup made by this program.</source>
        <translation>{path} 是 SQLite 数据库，但不是 Appraisal Workstation 的数据库（没有架构版本）；未恢复任何内容。请选择本程序制作的备份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="811"/>
        <source>{path} has schema version {revision}, newer than this program&apos;s {head}; nothing was restored. Update Appraisal Workstation, then restore it.</source>
        <translation>{path} 的架构版本为 {revision}，比本程序的 {head} 更新；未恢复任何内容。请先更新 Appraisal Workstation，再恢复。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="814"/>
        <source>{path} holds what Appraisal Workstation never puts in its databases ({objects}), which would run inside its own changes; nothing was restored. Choose a backup made by this program.</source>
        <translation>{path} 含有 Appraisal Workstation 从不放入其数据库的内容（{objects}），它们会在本程序自己的修改中运行；未恢复任何内容。请选择本程序制作的备份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="817"/>
        <source>{path} lacks what every database of its schema version has ({missing}); nothing was restored. Choose another backup.</source>
        <translation>{path} 缺少同一架构版本的每个数据库都有的内容（{missing}）；未恢复任何内容。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="820"/>
        <source>{path} is encrypted, and the database&apos;s passphrase does not open it; nothing was restored. Choose a backup of this database, or give the backup&apos;s passphrase in APPRAISAL_DB_PASSPHRASE.</source>
        <translation>{path} 已加密，而数据库的口令打不开它；未恢复任何内容。请选择本数据库的备份，或在 APPRAISAL_DB_PASSPHRASE 中提供该备份的口令。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="824"/>
        <source>Encrypting the database needs the sqlcipher3 module, which is not installed. Install it with: {command}</source>
        <translation>加密数据库需要 sqlcipher3 模块，但它尚未安装。请用以下命令安装：{command}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="827"/>
        <source>This database lives on a PostgreSQL server; its data is protected there (disk encryption and access rights on the server). Ask the server&apos;s administrator.</source>
        <translation>此数据库位于 PostgreSQL 服务器上；其数据在服务器端受保护（磁盘加密和服务器上的访问权限）。请咨询服务器管理员。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="830"/>
        <source>There is no database file {path} yet.</source>
        <translation>数据库文件 {path} 尚不存在。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="831"/>
        <source>{path} is encrypted already; change its passphrase instead.</source>
        <translation>{path} 已经加密；如需更改，请改为更换其口令。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="833"/>
        <source>{path} is not encrypted; there is no encryption to remove or passphrase to change.</source>
        <translation>{path} 未加密；没有可移除的加密，也没有可更换的口令。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="835"/>
        <source>The passphrase has {length} characters; give at least {minimum}.</source>
        <translation>口令只有 {length} 个字符；请至少输入 {minimum} 个。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="837"/>
        <source>The two passphrases differ; type the same passphrase in both fields.</source>
        <translation>两次输入的口令不一致；请在两个字段中输入相同的口令。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="839"/>
        <source>Cannot rewrite {path}: {detail}. The database was left as it was.</source>
        <translation>无法重写 {path}：{detail}。数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="841"/>
        <source>No new passphrase was given: name a file holding it with --new-passphrase-file FILE, or set APPRAISAL_DB_NEW_PASSPHRASE (on a terminal it is asked).</source>
        <translation>未提供新口令：请用 --new-passphrase-file FILE 指定存放口令的文件，或设置 APPRAISAL_DB_NEW_PASSPHRASE（在终端中会提示输入）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="844"/>
        <source>Cannot read the passphrase file {path}: {detail}.</source>
        <translation>无法读取口令文件 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="846"/>
        <source>The passphrase file {path} is empty; write the passphrase on its first line.</source>
        <translation>口令文件 {path} 为空；请把口令写在其第一行。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="848"/>
        <source>Another program has {path} open; nothing was restored. Close every other window and command using it, then try again.</source>
        <translation>另一个程序正打开着 {path}；未恢复任何内容。请关闭所有正在使用它的其他窗口和命令，然后重试。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="851"/>
        <source>Cannot put the backup in place of {path}: {detail}. The database was left as it was.</source>
        <translation>无法用备份替换 {path}：{detail}。数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1099"/>
        <source>{cycle} is at the stage &apos;{stage}&apos;; its settings can change only before calibration. Reopen an earlier stage first if they must change.</source>
        <translation>{cycle} 处于“{stage}”阶段；其设置只能在校准之前修改。如必须修改，请先退回到较早的阶段。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1102"/>
        <source>there is no 360 form with id {value}; choose one of the forms listed</source>
        <translation>没有编号为 {value} 的 360 评估表；请从列出的评估表中选择</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1104"/>
        <source>&apos;{value}&apos; is not a weight from 0 to 100</source>
        <translation>“{value}”不是 0 到 100 之间的权重</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1105"/>
        <source>KPI {kpi} and competency {competency} make {total}; the two parts must make 100</source>
        <translation>KPI {kpi} 与能力 {competency} 合计 {total}；两部分合计必须为 100</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1107"/>
        <source>&apos;{value}&apos; is not a rater group; use {groups}</source>
        <translation>“{value}”不是评价人组；请使用 {groups}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1109"/>
        <source>the weight of {group} is &apos;{value}&apos;; give a number of 0 or more</source>
        <translation>{group} 的权重为“{value}”；请填写 0 或更大的数</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1111"/>
        <source>every rater group other than self weighs 0; give at least one of them a weight above 0</source>
        <translation>除本人外所有评价人组的权重都为 0；请至少给其中一组大于 0 的权重</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1113"/>
        <source>there are {count} bands; give from {low} to {high}</source>
        <translation>共有 {count} 个档次；请设置 {low} 到 {high} 个</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1114"/>
        <source>is missing; every band needs a code and both names</source>
        <translation>缺失；每个档次都需要代码以及中英文名称</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1115"/>
        <source>&apos;{value}&apos; is not a minimum score from 0 to {high}</source>
        <translation>“{value}”不是 0 到 {high} 之间的最低分</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1117"/>
        <source>&apos;{value}&apos; is not a share from 0 to 100 %</source>
        <translation>“{value}”不是 0 到 100% 之间的比例</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1119"/>
        <source>the lowest band starts at {lowest}; one band must start at 0 so every score gets a band</source>
        <translation>最低档次从 {lowest} 开始；必须有一个档次从 0 开始，才能让每个分数都有档次</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1121"/>
        <source>the guideline shares make {total} %; they must make 100 %</source>
        <translation>指导比例合计 {total}%；合计必须为 100%</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1123"/>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>“{value}”不是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1125"/>
        <source>&apos;{value}&apos; is not a stage; use {stages}</source>
        <translation>“{value}”不是阶段；请使用 {stages}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1126"/>
        <source>The band {code} of {cycle} is already given to someone; keep it (you may rename it or change its score) or take it off their appraisal first.</source>
        <translation>{cycle} 的档次 {code} 已被评给某人；请保留它（可以改名或修改分数），或先从其考核中撤下。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1129"/>
        <source>{name} ({number}) has left; only people still employed can join a cycle.</source>
        <translation>{name}（{number}）已离职；只有在职人员才能加入周期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1131"/>
        <source>{name} ({number}) is already in {cycle}.</source>
        <translation>{name}（{number}）已在 {cycle} 中。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1132"/>
        <source>is missing; give the cycle a name such as 2027 H1</source>
        <translation>缺失；请为周期命名，例如 2027 H1</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1133"/>
        <source>a cycle called &apos;{value}&apos; already exists; choose another name</source>
        <translation>已有名为“{value}”的周期；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1135"/>
        <source>{end} is before the start date {start}; the cycle must end on or after its start</source>
        <translation>{end} 早于开始日期 {start}；周期的结束日期不能早于开始日期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1137"/>
        <source>&apos;{value}&apos; is not a frequency; use {choices}</source>
        <translation>“{value}”不是有效的频率；请使用 {choices}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1138"/>
        <source>no department is chosen; choose at least one, or the whole company</source>
        <translation>未选择部门；请至少选择一个，或选择全公司</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1140"/>
        <source>&apos;{value}&apos; is neither the name nor the code of a department</source>
        <translation>“{value}”既不是部门名称，也不是部门代码</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1142"/>
        <source>&apos;{value}&apos; is not GROUP=WEIGHT; write it like manager=50,peer=20,report=20,customer=10,self=0</source>
        <translation>“{value}”不是“组=权重”格式；请写成 manager=50,peer=20,report=20,customer=10,self=0 这样</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1144"/>
        <source>&apos;{value}&apos; is not STAGE=DATE; write it like goal_setting=2027-01-31</source>
        <translation>“{value}”不是“阶段=日期”格式；请写成 goal_setting=2027-01-31 这样</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1146"/>
        <source>{file} lacks the columns {missing}; a bands file has code, name, name_zh, min_score, guideline_pct</source>
        <translation>{file} 缺少列 {missing}；档次文件应包含 code、name、name_zh、min_score、guideline_pct</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1149"/>
        <source>{file} has no bands; give one row per band</source>
        <translation>{file} 中没有档次；请每个档次写一行</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1151"/>
        <source>the weight of {group} is {value}; give a number from 0 to {high}</source>
        <translation>{group} 的权重为 {value}；请填写 0 到 {high} 之间的数</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1153"/>
        <source>&apos;{value}&apos; is the name of one cycle and the id of {other}; give the name of the one you mean, or the id {id} of the cycle named &apos;{value}&apos;</source>
        <translation>“{value}”既是一个周期的名称，又是周期 {other} 的编号；请填写您所指周期的名称，或名为“{value}”的周期的编号 {id}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1156"/>
        <source>{path} is read-only here; nothing was saved. Copy it to a folder you may write to, or ask for write permission, then try again.</source>
        <translation>{path} 在此处为只读，未保存任何内容。请将其复制到您可写入的文件夹，或申请写入权限，然后重试。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1159"/>
        <source>{value} is not in {cycle}; add them to the cycle first (cycle add), or leave the row out</source>
        <translation>{value} 不在 {cycle} 中；请先将其加入该周期（cycle add），或删去这一行</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1169"/>
        <source>Nobody who may sign the appraisal of {name} as {role} has a signing identity here; HR creates one (main.py identity create --employee EMPLOYEE_NO, or Appraisals → Signing identities…).</source>
        <translation>有权以{role}身份签署 {name} 的考评表的人在此均没有签名身份；请由人力资源部创建（main.py identity create --employee 工号，或在“考核结果 → 签名身份…”中创建）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1172"/>
        <source>{name} ({number}) has no signing identity here; HR creates one with main.py identity create --employee {number}.</source>
        <translation>{name}（{number}）在此没有签名身份；请由人力资源部使用 main.py identity create --employee {number} 创建。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1175"/>
        <source>Several people may sign the appraisal of {name} as {role} ({numbers}); say whose identity signs with --identity EMPLOYEE_NO.</source>
        <translation>有多人可以以{role}身份签署 {name} 的考评表（{numbers}）；请用 --identity 工号 指明由谁的身份签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1178"/>
        <source>New identities are issued by the company CA: set {variable} to its password, run the command in a terminal to type it, or give --self-signed.</source>
        <translation>新的签名身份由公司 CA 签发：请将 {variable} 设为其密码，或在终端中运行命令以输入密码，或使用 --self-signed。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1181"/>
        <source>There is no file {path} to sign.</source>
        <translation>没有可签署的文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1182"/>
        <source>{file} is not the current appraisal of {name} (another person&apos;s, or an earlier version); it is not signed.</source>
        <translation>{file} 不是 {name} 当前的考评表（是其他人的，或是较早的版本）；未签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1185"/>
        <source>The company CA ({name}) already exists; identities are issued by it.</source>
        <translation>公司 CA（{name}）已存在；签名身份由它签发。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1200"/>
        <source>{cycle} is closed; its goals can no longer change.</source>
        <translation>{cycle} 已结束，其目标不能再更改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1201"/>
        <source>Only HR keeps company goals; {name} may add goals for their own department and the departments below it.</source>
        <translation>公司目标只能由 HR 维护；{name} 可以为本部门及其下属部门添加目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1204"/>
        <source>{department} is not {name}&apos;s department or one below it; ask HR to keep its goals.</source>
        <translation>{department} 不是 {name} 所在的部门或其下属部门；请联系 HR 维护其目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1206"/>
        <source>There is no goal with id {id} in this cycle.</source>
        <translation>本周期没有编号为 {id} 的目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1207"/>
        <source>This cycle has no goal called &apos;{value}&apos;; goal list shows its goals.</source>
        <translation>本周期没有名为“{value}”的目标；goal list 可列出本周期的目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1209"/>
        <source>{count} goals of this cycle are called &apos;{value}&apos; (ids {ids}); give the goal&apos;s id instead.</source>
        <translation>本周期有 {count} 个目标名为“{value}”（编号 {ids}）；请改用目标编号。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1211"/>
        <source>A goal needs a title.</source>
        <translation>目标需要标题。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1212"/>
        <source>&apos;{value}&apos; is {length} characters long; at most {limit} fit in a goal&apos;s {what}.</source>
        <translation>“{value}”长 {length} 个字符；目标的{what}最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1214"/>
        <source>The goal&apos;s target value is not a number.</source>
        <translation>目标的目标值不是数字。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1215"/>
        <source>The goal &apos;{parent}&apos; belongs to another cycle; a goal serves a goal of its own cycle.</source>
        <translation>目标“{parent}”属于另一个周期；目标只能支撑同一周期的目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1217"/>
        <source>&apos;{parent}&apos; is &apos;{goal}&apos; itself or one of its sub-goals; a goal cannot serve itself.</source>
        <translation>“{parent}”就是“{goal}”本身或其子目标；目标不能支撑自己。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1219"/>
        <source>&apos;{parent}&apos; is a department goal; a company goal cannot serve it. Choose a department, or a company goal as the parent.</source>
        <translation>“{parent}”是部门目标，公司目标不能支撑它。请选择一个部门，或选择公司目标作为上级目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1222"/>
        <source>&apos;{parent}&apos; is a goal of {parent_department}; a goal of {department} cannot serve it. Goals cascade down: choose a department at or below {parent_department}.</source>
        <translation>“{parent}”是 {parent_department} 的目标；{department} 的目标不能支撑它。目标自上而下分解：请选择 {parent_department} 或其下属部门。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1225"/>
        <source>There is already a goal called &apos;{title}&apos; in the same place; choose another title.</source>
        <translation>同一位置已有名为“{title}”的目标；请换一个标题。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1227"/>
        <source>The sub-goal &apos;{child}&apos; of &apos;{goal}&apos; is not a goal of {department} or below it; move it first.</source>
        <translation>“{goal}”的子目标“{child}”不属于 {department} 或其下属部门；请先移动该子目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1229"/>
        <source>{count:target|targets} serving &apos;{goal}&apos; belong to people outside {department}; unlink them first.</source>
        <translation>支撑“{goal}”的 {count} 项指标目标属于 {department} 以外的人员；请先取消关联。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1232"/>
        <source>&apos;{goal}&apos; has {goals:sub-goal|sub-goals} and {targets:target|targets} serving it. Remove it with unlink to move its sub-goals up and leave those targets without a goal.</source>
        <translation>“{goal}”有 {goals} 个子目标和 {targets} 项支撑它的指标目标。使用“取消关联”删除：子目标上移一级，这些指标目标不再关联任何目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1235"/>
        <source>Targets of people outside the reporting line of {name} serve &apos;{goal}&apos;; ask HR to remove it.</source>
        <translation>{name} 汇报线以外人员的指标目标支撑着“{goal}”；请联系 HR 删除该目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1237"/>
        <source>The goal &apos;{goal}&apos; belongs to another cycle; a target serves a goal of its own cycle.</source>
        <translation>目标“{goal}”属于另一个周期；指标目标只能支撑同一周期的目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1239"/>
        <source>&apos;{goal}&apos; is a goal of {department}, and {person} is not in it or below it; choose a goal of their department or a company goal.</source>
        <translation>“{goal}”是 {department} 的目标，而 {person} 不在该部门或其下属部门；请选择其所在部门的目标或公司目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1242"/>
        <source>{person} has no target on {kpi} in {cycle}.</source>
        <translation>{person} 在 {cycle} 中没有 {kpi} 的指标目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1244"/>
        <source>{cycle} has no goal called &apos;{value}&apos;; add it first (goal add) or correct the title.</source>
        <translation>{cycle} 没有名为“{value}”的目标；请先添加（goal add）或更正标题。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1246"/>
        <source>{count} goals of {cycle} are called &apos;{value}&apos; (ids {ids}); write the goal&apos;s id instead.</source>
        <translation>{cycle} 有 {count} 个目标名为“{value}”（编号 {ids}）；请改写目标编号。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1257"/>
        <source>&apos;{value}&apos; is not a band of this cycle; use one of {codes}</source>
        <translation>“{value}”不是本周期的等级；请用 {codes} 之一</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1259"/>
        <location filename="../../reviewer/messages.py" line="1387"/>
        <source>There is no calibration session {id} in this cycle; list them with main.py calibrate sessions.</source>
        <translation>本周期没有编号为 {id} 的校准会议；可用 main.py calibrate sessions 列出。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1261"/>
        <source>{name} does not sit in the calibration session &apos;{session}&apos;; HR and its participants read it.</source>
        <translation>{name} 不是校准会议“{session}”的参与者；只有 HR 和参与者可以查看。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1263"/>
        <source>The calibration session &apos;{session}&apos; is closed; its moves are locked. Open a new session to calibrate again.</source>
        <translation>校准会议“{session}”已关闭，其调整已锁定。如需再次校准，请新开一次会议。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1266"/>
        <source>&apos;{value}&apos; is not a scope; use {scopes}</source>
        <translation>“{value}”不是范围；请用 {scopes}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1267"/>
        <source>{cycle} is not in its calibration stage; sessions are opened only then. Advance the cycle to calibration first.</source>
        <translation>{cycle} 不在校准阶段；只有在校准阶段才能开校准会议。请先把周期推进到校准阶段。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1270"/>
        <source>There is no department &apos;{value}&apos;.</source>
        <translation>没有部门“{value}”。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1271"/>
        <source>There is no position &apos;{value}&apos;.</source>
        <translation>没有岗位“{value}”。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1272"/>
        <source>Nobody in {cycle} is in {scope}; choose another department or position.</source>
        <translation>{cycle} 中没有人属于 {scope}；请选择其他部门或岗位。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1274"/>
        <source>{count} of these people are already in the open session &apos;{session}&apos;; a person is calibrated in one session at a time. Close that session first, or choose another scope.</source>
        <translation>其中 {count} 人已在进行中的会议“{session}”里；一个人同一时间只能在一个会议中校准。请先关闭那个会议，或选择其他范围。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1277"/>
        <source>The session name is {length} characters long; at most {limit} fit.</source>
        <translation>会议名称有 {length} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1279"/>
        <source>The session &apos;{session}&apos; cannot close: this cycle enforces its distribution and these bands are off the guideline by more than {margin} points (share now, guideline in brackets): {bands}. Move people, or HR changes the cycle&apos;s margin or rule.</source>
        <translation>会议“{session}”不能关闭：本周期强制执行分布，以下等级偏离指导比例超过 {margin} 个百分点（当前占比，括号内为指导比例）：{bands}。请调整人员，或由 HR 修改周期的容差或规则。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1283"/>
        <location filename="../../reviewer/messages.py" line="1401"/>
        <source>Give a reason for the move; every calibration move is recorded with its reason.</source>
        <translation>请填写调整理由；每次校准调整都会连同理由一起记录。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1287"/>
        <source>Appraisal {id} is not calibrated in the session &apos;{session}&apos;.</source>
        <translation>考核 {id} 不在校准会议“{session}”中。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1289"/>
        <source>Someone else moved {person} meanwhile; they are now in {band}. Look again, then move them if you still mean to.</source>
        <translation>其他人刚刚调整了 {person}，现在的等级是 {band}。请重新查看后再决定是否调整。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1292"/>
        <source>{person} is already in {band}.</source>
        <translation>{person} 已经是 {band}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1293"/>
        <source>&apos;{value}&apos; is not a potential level; use {levels}</source>
        <translation>“{value}”不是潜力等级；请用 {levels}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1294"/>
        <source>Someone else changed the potential of {person} meanwhile; it is now {level}. Look again, then change it if you still mean to.</source>
        <translation>其他人刚刚修改了 {person} 的潜力，现在是 {level}。请重新查看后再决定是否修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1297"/>
        <source>The potential of {person} is already {level}.</source>
        <translation>{person} 的潜力已经是 {level}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1298"/>
        <source>There is no move {id} in the session &apos;{session}&apos;; list them with main.py calibrate moves.</source>
        <translation>会议“{session}”中没有调整 {id}；用 main.py calibrate moves 列出调整。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1300"/>
        <source>Move {id} is already undone.</source>
        <translation>调整 {id} 已经撤销。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1301"/>
        <source>The session &apos;{session}&apos; has no move left to undo.</source>
        <translation>会议“{session}”没有可撤销的调整。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1303"/>
        <source>Move {id} is not the latest move of {person}; undo move {latest} first.</source>
        <translation>调整 {id} 不是 {person} 最近的一次调整；请先撤销调整 {latest}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1305"/>
        <source>{band} holds {share} % of the people, {difference} points above its guideline of {guideline} % (margin {margin} points).</source>
        <translation>{band} 占 {share}% 的人，比指导比例 {guideline}% 高 {difference} 个百分点（容差 {margin} 个百分点）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1308"/>
        <source>{band} holds {share} % of the people, {difference} points below its guideline of {guideline} % (margin {margin} points).</source>
        <translation>{band} 占 {share}% 的人，比指导比例 {guideline}% 低 {difference} 个百分点（容差 {margin} 个百分点）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1311"/>
        <source>The manager review of {person} is read-only: {person} is being calibrated in the session &apos;{session}&apos;. It can change again after HR closes the session.</source>
        <translation>{person} 的经理评价为只读：{person} 正在校准会议“{session}”中校准。HR 关闭会议后才能再修改。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1314"/>
        <source>{name} ({number}) is still in the open calibration session &apos;{session}&apos;; HR closes the session first.</source>
        <translation>{name}（{number}）仍在进行中的校准会议“{session}”里；请 HR 先关闭该会议。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1317"/>
        <source>{name} ({number}) is in no open calibration session of {cycle}; HR opens one with main.py calibrate open.</source>
        <translation>{name}（{number}）不在 {cycle} 的任何进行中的校准会议里；HR 用 main.py calibrate open 开会议。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1320"/>
        <source>{name} ({number}) has no appraisal in {cycle}.</source>
        <translation>{name}（{number}）在 {cycle} 中没有考核。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1321"/>
        <source>&apos;{value}&apos; is not a margin from 0 to 100 percentage points</source>
        <translation>“{value}”不是 0 到 100 个百分点之间的容差</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1328"/>
        <source>Rates higher than the organisation by {points} points (z = {z}).</source>
        <translation>评分比全公司平均高 {points} 分（z = {z}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1330"/>
        <source>Rates lower than the organisation by {points} points (z = {z}).</source>
        <translation>评分比全公司平均低 {points} 分（z = {z}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1332"/>
        <source>Proposes bands unlike the guideline (p {p}).</source>
        <translation>建议的等级分布与指导比例不符（p {p}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1333"/>
        <source>Rates higher than the organisation by {points} points (z = {z}) and proposes bands unlike the guideline (p {p}).</source>
        <translation>评分比全公司平均高 {points} 分（z = {z}），且建议的等级分布与指导比例不符（p {p}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1336"/>
        <source>Rates lower than the organisation by {points} points (z = {z}) and proposes bands unlike the guideline (p {p}).</source>
        <translation>评分比全公司平均低 {points} 分（z = {z}），且建议的等级分布与指导比例不符（p {p}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1339"/>
        <source>In line with the organisation.</source>
        <translation>与全公司一致。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1340"/>
        <source>Nothing to compare with: no organisation figures and no proposed bands with a guideline.</source>
        <translation>无从比较：没有全公司数据，也没有带指导比例的建议等级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1342"/>
        <source>The organisation&apos;s figures are not shown to you: too few people are rated outside your team for them to say nothing about another manager&apos;s team.</source>
        <translation>不向您显示全公司数据：您团队以外被评的人太少，这些数据会透露其他经理团队的评分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1345"/>
        <source>&apos;{value}&apos; is not a team size; give a whole number of 1 or more</source>
        <translation>“{value}”不是团队人数；请填写 1 或更大的整数</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1352"/>
        <source>There is no position with id {id}.</source>
        <translation>没有 ID 为 {id} 的岗位。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1353"/>
        <source>This ranking includes people outside the reporting line of {name}; only HR and auditors may read it.</source>
        <translation>此排名包含不在 {name} 汇报线内的人员；只有人力资源部和审计员可以查看。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1356"/>
        <source>{cycle} is not in its calibration stage; rankings are saved during calibration.</source>
        <translation>{cycle} 不在校准阶段；排名只能在校准阶段保存。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1358"/>
        <source>The ranking names {people} more than once; give each person one place.</source>
        <translation>排名中 {people} 出现了不止一次；每人只能占一个名次。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1360"/>
        <source>{people} are not among the people of {position} with an appraisal in this cycle; leave them out of its ranking.</source>
        <translation>{people} 不是本周期有考核记录的 {position} 人员；请将其从排名中去掉。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1363"/>
        <source>The ranking of {position} leaves out {people}; rank every person of the position.</source>
        <translation>{position} 的排名漏掉了 {people}；请为该岗位的每个人排名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1365"/>
        <source>Appraisal {id} does not belong to this cycle.</source>
        <translation>考核记录 {id} 不属于本周期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1366"/>
        <source>This person is not calibrated in the session; open their context from the session they are in.</source>
        <translation>此人不在本次校准会议中；请从其所在的会议中打开其背景信息。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1369"/>
        <source>The 360 summary is shown to HR, auditors and the person&apos;s own managers only.</source>
        <translation>360 评估摘要仅向人力资源部、审计员和此人的上级显示。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1371"/>
        <source>Comments are hidden while the blind session is open: they may name the person.</source>
        <translation>盲评会议进行期间隐藏评语：评语中可能提到此人的姓名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1376"/>
        <source>There is no position &apos;{value}&apos;; the positions are {options}.</source>
        <translation>没有岗位“{value}”；现有岗位为 {options}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1385"/>
        <source>&apos;{value}&apos; is not a potential rating; give low, medium or high (低, 中 or 高)</source>
        <translation>“{value}”不是潜力评级；请填写 low、medium 或 high（低、中或高）</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1389"/>
        <source>{name} may not see the calibration session {session}: it is for HR, auditors and the session&apos;s participants.</source>
        <translation>{name} 无权查看校准会议 {session}：仅 HR、审计员和会议参与人可以查看。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1392"/>
        <source>This person has no band yet (no score and no proposed band), so their performance cannot move; give them a band in the grid first.</source>
        <translation>此人尚无等级（没有得分，也没有建议等级），无法调整绩效；请先在网格中为其定级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1395"/>
        <source>The cycle has no band at the performance level &apos;{level}&apos;; the person cannot move there.</source>
        <translation>本周期没有属于绩效层级“{level}”的等级；无法移到该处。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1397"/>
        <source>The person is already in that box; nothing was moved.</source>
        <translation>此人已在该格中；未作调整。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1399"/>
        <source>&apos;{value}&apos; is not a box of the nine-box.</source>
        <translation>“{value}”不是九宫格中的格子。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1404"/>
        <source>The calibration session &apos;{session}&apos; is blind while open: it is shown whole, not by department, since a department would tell whose people its codes are. Leave out the department, or narrow it once HR has closed the session.</source>
        <translation>校准会议“{session}”在进行中为匿名会议：只能整体查看，不能按部门查看，因为部门会透露编号对应的是谁的下属。请去掉部门，或在人力资源部关闭会议后再按部门查看。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1408"/>
        <source>{file}: the nine-box is written as .png, .pdf or .xlsx; give a file name with one of these endings.</source>
        <translation>{file}：九宫格可导出为 .png、.pdf 或 .xlsx；请使用其中一种扩展名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1419"/>
        <source>The cycle &apos;{cycle}&apos; still has the calibration session &apos;{session}&apos; open; close it first (main.py calibrate close --session {id}), then move the cycle.</source>
        <translation>周期“{cycle}”的校准会议“{session}”仍未关闭；请先关闭它（main.py calibrate close --session {id}），再移动周期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1427"/>
        <source>Too few to compare: {count:other person has|other people have} a result in this position; the figure is shown from {minimum} on, so that nobody&apos;s own result can be read from it.</source>
        <translation>人数太少,无法比较:本岗位另有 {count} 人有结果;至少 {minimum} 人时才显示该数字,以免从中推出任何人的个人结果。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1430"/>
        <source>Too few to compare: of the {count} other people with a result in this position, only {unseen:is|are} outside your reporting line; the figure is shown once at least {minimum} are, so that their results cannot be read from it beside the ones you know.</source>
        <translation>人数太少,无法比较:本岗位另有 {count} 人有结果,其中只有 {unseen} 人不在您的汇报线内;至少 {minimum} 人不在您的汇报线内时才显示该数字,以免结合您已知的结果推出他们的个人结果。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1434"/>
        <source>{person} has no position, so there is nobody in the same role to compare with.</source>
        <translation>{person} 没有岗位,因此没有同岗位的人可供比较。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1436"/>
        <source>The final scores of {cycle} are shown once its 360 results are published.</source>
        <translation>{cycle} 的 360 结果发布后才显示最终得分。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1438"/>
        <source>&apos;{value}&apos; is not a number of months from {low} to {high}.</source>
        <translation>“{value}”不是 {low} 到 {high} 之间的月数。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1440"/>
        <source>Short-term goals ({short} months) must be due no later than long-term goals ({long} months), and those no later than the end of the plan ({plan} months).</source>
        <translation>短期目标({short} 个月)的截止日期不得晚于长期目标({long} 个月),长期目标不得晚于计划结束({plan} 个月)。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1443"/>
        <source>&apos;{value}&apos; is not a number of people; compare over at least 1 other person.</source>
        <translation>“{value}”不是有效人数;至少需要与 1 位其他人比较。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1445"/>
        <source>{kpi}: from {baseline} to {target} by {due} (a first step).</source>
        <translation>{kpi}:在 {due} 前从 {baseline} 提高到 {target}(第一步)。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1447"/>
        <source>{kpi}: from {baseline} to the target {target} by {due}.</source>
        <translation>{kpi}:在 {due} 前从 {baseline} 达到目标 {target}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1448"/>
        <source>{competency}: raise the others&apos; mean rating from {baseline} to {target} by {due}.</source>
        <translation>{competency}:在 {due} 前将他人平均评分从 {baseline} 提高到 {target}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1450"/>
        <source>{competency} (a blind spot: self {self}, others {baseline}): raise the others&apos; mean rating to {target} by {due}.</source>
        <translation>{competency}(盲点:自评 {self},他人 {baseline}):在 {due} 前将他人平均评分提高到 {target}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1453"/>
        <source>Work on the development areas the manager review names by {due}: {text}</source>
        <translation>在 {due} 前改进上级评价指出的待发展领域:{text}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1455"/>
        <source>{kpi}: the {count} others in the position reach {attainment} % of target at the median; compare how they work (skills or process).</source>
        <translation>{kpi}:本岗位其他 {count} 人的达成率中位数为目标的 {attainment}%;请对比他们的工作方式(技能或流程)。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1458"/>
        <source>{kpi}: the {count} others in the position also miss the target ({attainment} % at the median); look at the market or the process.</source>
        <translation>{kpi}:本岗位其他 {count} 人同样未达目标(中位数 {attainment}%);请从市场或流程找原因。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1461"/>
        <source>{kpi}: too few others in the position to compare with; analyse the cause with the person.</source>
        <translation>{kpi}:本岗位可比较的人数太少;请与本人一起分析原因。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1463"/>
        <source>{kpi}: no result in the cycle period; check that the results were entered.</source>
        <translation>{kpi}:考核期内没有结果;请检查结果是否已录入。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1465"/>
        <source>{competency}: rated {self} by self and {others} by others; talk the difference through.</source>
        <translation>{competency}:自评 {self},他人评 {others};请就差距进行沟通。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1467"/>
        <source>No KPI of {person} is below target in {cycle}; add goals by hand.</source>
        <translation>{person} 在 {cycle} 中没有低于目标的 KPI;请手动添加目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1469"/>
        <source>The 360 results of {cycle} are not published yet, so no competency goal is proposed.</source>
        <translation>{cycle} 的 360 结果尚未发布,因此不建议能力目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1471"/>
        <source>{person} has no published 360 rating from others in {cycle}, so no competency goal is proposed.</source>
        <translation>{person} 在 {cycle} 中没有已发布的他人 360 评分,因此不建议能力目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1474"/>
        <source>{person}&apos;s manager review is not submitted yet; its development areas are proposed once it is.</source>
        <translation>{person} 的上级评价尚未提交;提交后才会建议其中的待发展领域。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1476"/>
        <source>{person} has no band yet (none calibrated, proposed or earned), so no plan is proposed.</source>
        <translation>{person} 尚无等级(没有校准、建议或得分对应的等级),因此不建议计划。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1478"/>
        <source>{person}&apos;s band {band} is at or below {threshold}: an improvement plan is proposed.</source>
        <translation>{person} 的等级 {band} 不高于 {threshold}:建议制定改进计划。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1480"/>
        <source>{person}&apos;s band {band} is above {threshold}: no improvement plan is proposed.</source>
        <translation>{person} 的等级 {band} 高于 {threshold}:不建议改进计划。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1487"/>
        <source>Fill in the 360 form about {name} ({number}), {cycle}</source>
        <translation>填写关于 {name}（{number}）的 360 问卷，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1488"/>
        <source>Fill in your own 360 self-assessment, {cycle}</source>
        <translation>填写你自己的 360 自评问卷，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1489"/>
        <source>Chase {count:overdue 360 form|overdue 360 forms} about {name} ({number}), {cycle}</source>
        <translation>催办关于 {name}（{number}）的 {count} 份逾期 360 问卷，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1491"/>
        <source>Chase {count:overdue 360 form|overdue 360 forms} in the team of {manager} ({number}), {cycle}</source>
        <translation>催办 {manager}（{number}）团队中 {count} 份逾期 360 问卷，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1493"/>
        <source>Write your self-review, {cycle}</source>
        <translation>撰写你的自评，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1494"/>
        <source>Read the self-review of {name} ({number}) and return it if it needs more, {cycle}</source>
        <translation>阅读 {name}（{number}）的自评，如需补充请退回，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1496"/>
        <source>{name} ({number}) has not submitted a self-review, {cycle}</source>
        <translation>{name}（{number}）尚未提交自评，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1498"/>
        <source>{count:self-review|self-reviews} not submitted in the team of {manager} ({number}), {cycle}</source>
        <translation>{manager}（{number}）团队中有 {count} 份自评未提交，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1500"/>
        <source>Write the manager review of {name} ({number}), {cycle}</source>
        <translation>撰写 {name}（{number}）的上级评价，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1501"/>
        <source>The manager review of {name} ({number}) is not written, {cycle}</source>
        <translation>{name}（{number}）的上级评价尚未撰写，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1503"/>
        <source>{count:manager review|manager reviews} not written in the team of {manager} ({number}), {cycle}</source>
        <translation>{manager}（{number}）团队中有 {count} 份上级评价未撰写，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1505"/>
        <source>Sign the appraisal of {name} ({number}) as manager, {cycle}</source>
        <translation>以上级身份签署 {name}（{number}）的考核，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1506"/>
        <source>Sign your own appraisal, {cycle}</source>
        <translation>签署你自己的考核，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1507"/>
        <source>Countersign {count:appraisal|appraisals} as HR, {cycle}</source>
        <translation>以 HR 身份会签 {count} 份考核，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1508"/>
        <source>The appraisal of {name} ({number}) waits for the signature of: {role}, {cycle}</source>
        <translation>{name}（{number}）的考核等待签署：{role}，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1510"/>
        <source>{count:appraisal waits|appraisals wait} for a signature in the team of {manager} ({number}), {cycle}</source>
        <translation>{manager}（{number}）团队中有 {count} 份考核等待签署，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1513"/>
        <source>Calibration session {session} is open, {cycle}</source>
        <translation>校准会议 {session} 正在进行，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1514"/>
        <source>Close the calibration session {session} when it is done, {cycle}</source>
        <translation>校准会议 {session} 结束后请关闭，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1516"/>
        <source>Critical alert: {kpi} of {name} ({number}) is at {attainment} of what was due, {cycle}</source>
        <translation>严重预警：{name}（{number}）的 {kpi} 仅达到应达值的 {attainment}，{cycle}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1518"/>
        <source>The stage {stage} of {cycle} is due</source>
        <translation>{cycle} 的阶段“{stage}”到期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1519"/>
        <source>Hold the check-in on the plan of {name} ({number})</source>
        <translation>进行 {name}（{number}）计划的进度检查</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1520"/>
        <source>The check-in on the plan of {name} ({number}) is overdue; {owner} holds it</source>
        <translation>{name}（{number}）计划的进度检查已逾期，由 {owner} 负责</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1522"/>
        <source>{count:plan check-in|plan check-ins} overdue on the plans {manager} ({number}) holds</source>
        <translation>{manager}（{number}）负责的计划中有 {count} 次进度检查已逾期</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1524"/>
        <source>Record that {name} ({number}) received version {version} of their plan</source>
        <translation>记录 {name}（{number}）已确认收到其计划第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1526"/>
        <source>{count:plan waits|plans wait} for HR&apos;s approval</source>
        <translation>{count} 份计划等待 HR 审批</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1527"/>
        <source>Decide the outcome of the plan of {name} ({number}): its end date has passed</source>
        <translation>{name}（{number}）的计划已过结束日期，请决定结果</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1562"/>
        <source>There is no plan {id}; list the plans with main.py plans list.</source>
        <translation>没有编号为 {id} 的计划；请用 main.py plans list 列出计划。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1563"/>
        <source>Plan {id} is closed and can no longer change; start a new plan if more is needed.</source>
        <translation>计划 {id} 已关闭，不能再更改；如需继续，请新建计划。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1565"/>
        <source>This is required; fill it in.</source>
        <translation>此项必填，请填写。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1566"/>
        <source>Too long: keep it within {limit} characters.</source>
        <translation>内容过长：请控制在 {limit} 个字符以内。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1567"/>
        <source>&apos;{value}&apos; is neither short_term nor long_term.</source>
        <translation>“{value}”既不是 short_term（短期）也不是 long_term（长期）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1569"/>
        <source>The due date {due} is outside the plan ({start} to {end}); pick a day within it.</source>
        <translation>截止日期 {due} 不在计划期间（{start} 至 {end}）内，请选择期间内的日期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1571"/>
        <source>There is no competency {id}.</source>
        <translation>没有编号为 {id} 的能力项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1572"/>
        <source>{value} is not a day between {earliest} and {latest}; check the year.</source>
        <translation>{value} 不是 {earliest} 至 {latest} 之间的日期;请检查年份。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1574"/>
        <source>{value} is outside the plan ({start} to {end}); pick a day within it.</source>
        <translation>{value} 不在计划期内({start} 至 {end});请选择计划期内的日期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1576"/>
        <source>The plan would end on {end}, not after it starts on {start}; pick a later end date.</source>
        <translation>计划将在 {end} 结束，并不晚于开始日期 {start}；请选择更晚的结束日期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1578"/>
        <source>A plan runs {low} to {high} months, so that progress can show and a decision follows; {end} is outside that.</source>
        <translation>计划期为 {low} 至 {high} 个月，以便看到进展并作出决定；{end} 超出了这个范围。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1581"/>
        <source>&apos;{value}&apos; is not a plan kind; give improvement or development.</source>
        <translation>“{value}”不是计划类型；请填写 improvement（改进）或 development（发展）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1582"/>
        <source>&apos;{value}&apos; is not where a plan starts; give appraisal, alert or scratch.</source>
        <translation>“{value}”不是计划的来源；请填写 appraisal（考核）、alert（预警）或 scratch（新建）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1584"/>
        <source>&apos;{value}&apos; days is not a check-in cadence; give 7 (weekly) or 14 (every two weeks).</source>
        <translation>{value} 天不是有效的跟进频率；请填写 7（每周）或 14（每两周）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1586"/>
        <source>&apos;{value}&apos; is not a cause; give skills, process, market or other.</source>
        <translation>“{value}”不是有效的原因；请填写 skills（技能）、process（流程）、market（市场）或 other（其他）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1588"/>
        <source>A plan holds at most {goals} goals and {actions} actions; keep to the few that matter.</source>
        <translation>一个计划最多包含 {goals} 个目标和 {actions} 项措施；请聚焦最重要的几项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1590"/>
        <source>&apos;{value}&apos; is not an action kind; give training, mentoring, course or other.</source>
        <translation>“{value}”不是措施类型；请填写 training（培训）、mentoring（辅导）、course（课程）或 other（其他）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1592"/>
        <source>There is no goal {value} in this plan.</source>
        <translation>本计划中没有第 {value} 个目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1593"/>
        <source>Appraisal {id} is someone else&apos;s; start the plan from the person&apos;s own appraisal.</source>
        <translation>考核 {id} 属于其他人；请从本人的考核开始制定计划。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1595"/>
        <source>{name} has no manager to own the plan; set their manager on the People page first.</source>
        <translation>{name} 没有可负责该计划的上级；请先在“人员”页面设置其上级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1597"/>
        <source>Plan {id} is approved, so it is no longer a draft; change its goals one by one with a reason.</source>
        <translation>计划 {id} 已获批准，不再是草稿；请逐个修改目标并说明理由。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1599"/>
        <source>Plan {id} belongs to someone else.</source>
        <translation>计划 {id} 属于其他人。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1600"/>
        <source>Plan {id} is approved already.</source>
        <translation>计划 {id} 已经批准。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1601"/>
        <source>Plan {id} has no goals yet; add at least one before approval.</source>
        <translation>计划 {id} 还没有目标；批准前请至少添加一个目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1602"/>
        <source>Plan {id} is not approved by HR yet, so there is nothing to acknowledge.</source>
        <translation>计划 {id} 尚未经人力资源批准，暂无可确认的内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1604"/>
        <source>Version {version} of plan {id} is acknowledged already.</source>
        <translation>计划 {id} 的第 {version} 版已确认。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1606"/>
        <source>There is no plan goal {id}.</source>
        <translation>没有编号为 {id} 的计划目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1607"/>
        <source>Plan {id} is still a draft; edit the draft instead (no reason needed before approval).</source>
        <translation>计划 {id} 仍是草稿；请直接编辑草稿（批准前无需说明理由）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1609"/>
        <source>Nothing in goal {id} changed.</source>
        <translation>目标 {id} 没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1610"/>
        <source>Plan {id} is not running: it runs from the employee&apos;s first acknowledgement until it is closed.</source>
        <translation>计划 {id} 未在执行：计划自员工首次确认起执行，直至关闭。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1612"/>
        <source>Plan {id} has had the {allowed:extension|extensions} the company allows; decide its outcome now.</source>
        <translation>计划 {id} 已用完公司允许的 {allowed} 次延期；请现在决定其结果。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1614"/>
        <source>The new end date {value} must come after the current one, {end}.</source>
        <translation>新的结束日期 {value} 必须晚于当前结束日期 {end}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1616"/>
        <source>Choose the outcome: succeeded, extended, transferred or ended.</source>
        <translation>请选择结果：成功、延期、调岗或终止。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1618"/>
        <source>&apos;{value}&apos; is not an outcome; give success, extended, transferred or terminated.</source>
        <translation>“{value}”不是有效结果；请填写 success（成功）、extended（延期）、transferred（调岗）或 terminated（终止）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1620"/>
        <source>An extension needs the new end date.</source>
        <translation>延期需要填写新的结束日期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1621"/>
        <source>Plan {id} is a draft: delete it instead of closing it.</source>
        <translation>计划 {id} 是草稿：请删除而不是关闭。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1623"/>
        <source>&apos;{value}&apos; is not from 0 to {high} extensions.</source>
        <translation>“{value}”不在 0 到 {high} 次延期之间。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1624"/>
        <source>Goal {id} is not a goal of plan {plan} (or is named twice).</source>
        <translation>目标 {id} 不属于计划 {plan}（或被重复填写）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1626"/>
        <source>&apos;{value}&apos; is not a percentage from 0 to 100.</source>
        <translation>“{value}”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1627"/>
        <source>&apos;{value}&apos; is not a state; give on_track, at_risk or off_track.</source>
        <translation>“{value}”不是有效状态；请填写 on_track（正常）、at_risk（有风险）或 off_track（偏离）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1629"/>
        <source>A check-in on plan {id} records the progress of at least one goal.</source>
        <translation>计划 {id} 的每次跟进至少要记录一个目标的进度。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1631"/>
        <source>Evidence {ids} is not among the person&apos;s own evidence; attach it to one of their targets first.</source>
        <translation>佐证材料 {ids} 不属于此人；请先把它附到此人的某个指标上。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1633"/>
        <source>&apos;{value}&apos; is not a kind of evidence; give a file, a note or a link.</source>
        <translation>“{value}”不是证据的类型；请给出文件、备注或链接。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1635"/>
        <source>There is no check-in {id}.</source>
        <translation>不存在编号为 {id} 的跟进记录。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1636"/>
        <source>A check-in on {value} is not possible: pick a day from {start} to {today}.</source>
        <translation>不能在 {value} 记录跟进：请选择 {start} 至 {today} 之间的日期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1638"/>
        <source>{value} is before the plan started ({start}).</source>
        <translation>{value} 早于计划开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1639"/>
        <source>{value} is still to come; date it today ({today}) or the day it was given.</source>
        <translation>{value} 尚未到来;请填写今天({today})或实际给出的日期。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1641"/>
        <source>A plan holds at most {goals} goals; change one of them instead of adding another.</source>
        <translation>一个计划最多包含 {goals} 个目标;请修改现有目标,而不是再添加。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1643"/>
        <source>A formal warning stands on a check-in that recorded the shortfall; record that check-in first.</source>
        <translation>正式警告必须基于记录了差距的跟进；请先记录该次跟进。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1645"/>
        <source>Check-in {id} is not a check-in of plan {plan}.</source>
        <translation>跟进 {id} 不属于计划 {plan}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1646"/>
        <source>Name the goals that were missed.</source>
        <translation>请写明未达成的目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1647"/>
        <source>The check-in of {held_on} did not record these goals at risk or off track, so a warning cannot name them: {goals}.</source>
        <translation>{held_on} 的跟进并未将这些目标记录为有风险或偏离，因此警告不能列出它们：{goals}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1650"/>
        <source>The warning&apos;s date {value} is before the check-in it stands on ({held_on}).</source>
        <translation>警告日期 {value} 早于其所依据的跟进日期（{held_on}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1652"/>
        <source>&apos;{value}&apos; is not a plan stage; give one of {known}.</source>
        <translation>“{value}”不是计划阶段；请填写以下之一：{known}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1653"/>
        <source>&apos;{value}&apos; is not a band of any cycle; give one of {known}, or leave it empty for the lowest two.</source>
        <translation>“{value}”不是任何周期的等级；请填写以下之一：{known}，或留空表示最低的两个等级。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1660"/>
        <source>Choose the person the plan is for.</source>
        <translation>请选择计划针对的人员。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1661"/>
        <source>{person} takes part in no cycle yet, so there are no results to compare or propose goals from; add goals by hand.</source>
        <translation>{person}尚未参加任何周期，因此没有可用于比较或提出目标的结果；请手动添加目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1664"/>
        <source>{person} has no appraisal in {cycle} yet, so no goals are proposed; add them by hand.</source>
        <translation>{person}在{cycle}中尚无考核，因此未提出目标；请手动添加。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1666"/>
        <source>Appraisal of {cycle} in band {band}.</source>
        <translation>{cycle}考核等级为{band}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1667"/>
        <source>KPI results below their alert level in {cycle}.</source>
        <translation>{cycle}中KPI结果低于预警水平。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1668"/>
        <source>Results below target in {cycle}.</source>
        <translation>{cycle}中结果低于目标。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1669"/>
        <source>Growth after {cycle}.</source>
        <translation>{cycle}之后的个人发展。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1675"/>
        <source>This PDF is not a plan document of this database; write the plan&apos;s PDF again.</source>
        <translation>此 PDF 不是本数据库的计划文档；请重新生成该计划的 PDF。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1677"/>
        <source>This PDF is not the document this database wrote for version {version} of the plan (it was changed, or written elsewhere); it is not signed. Write the plan&apos;s PDF again and sign that file.</source>
        <translation>此 PDF 不是本数据库为该计划第 {version} 版生成的文档（已被修改，或由其他程序生成）；未签署。请重新生成该计划的 PDF 并签署该文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1680"/>
        <source>This version of the plan of {name} is already signed as {role} (by {signer}); it was not signed again.</source>
        <translation>{name} 的计划此版本已由 {signer} 以{role}身份签署；未再次签署。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1683"/>
        <source>Nobody who may sign the plan of {name} as {role} has a signing identity here; HR creates one (main.py identity create --employee EMPLOYEE_NO, or Appraisals → Signing identities…).</source>
        <translation>有权以{role}身份签署 {name} 的计划的人在此均没有签名身份；请由人力资源部创建（main.py identity create --employee 工号，或在“考核结果 → 签名身份…”中创建）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1686"/>
        <source>Several people may sign the plan of {name} as {role} ({numbers}); say whose identity signs with --identity EMPLOYEE_NO.</source>
        <translation>有多人可以以{role}身份签署 {name} 的计划（{numbers}）；请用 --identity 工号 指明由谁的身份签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1689"/>
        <source>{identity} cannot sign as manager: it does not belong to the manager who owns the plan of {name} ({manager}).</source>
        <translation>{identity} 不能以上级身份签署：它不属于负责 {name} 计划的上级（{manager}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1692"/>
        <source>{identity} cannot sign as employee: it does not belong to {name}, whose plan this is.</source>
        <translation>{identity} 不能以员工身份签署：它不属于该计划的当事人 {name}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1694"/>
        <source>This PDF holds parts the program never puts in a plan document ({parts}); it is not signed. Write the plan&apos;s PDF again and sign that file.</source>
        <translation>此 PDF 含有程序从不放入计划文档的内容（{parts}）；未签署。请重新生成该计划的 PDF 并签署该文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1697"/>
        <source>The plan is a draft: HR approves it before its document is signed.</source>
        <translation>该计划仍是草稿：须经人力资源部批准后才能签署其文档。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1699"/>
        <source>{file} is not the document of plan {plan}; write that plan&apos;s PDF again and sign it.</source>
        <translation>{file} 不是计划 {plan} 的文档；请重新生成该计划的 PDF 并签署。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1701"/>
        <source>This is version {version} of the plan, which has changed since; write the plan&apos;s PDF again and sign the current version.</source>
        <translation>这是该计划的第 {version} 版，此后计划已有修改；请重新生成该计划的 PDF 并签署当前版本。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1710"/>
        <source>&apos;{value}&apos; is not the address of a timestamp server; give an http:// or https:// address, e.g. http://timestamp.example.com/tsa, or leave it empty for none.</source>
        <translation>“{value}”不是时间戳服务器的地址；请填写以 http:// 或 https:// 开头的地址，例如 http://timestamp.example.com/tsa，或留空表示不使用。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1713"/>
        <source>{path} could not be read as a PDF; nothing was extended. Choose the signed appraisal or plan file itself.</source>
        <translation>无法将 {path} 作为 PDF 读取；未做任何扩展。请选择已签名的考核表或计划文件本身。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1716"/>
        <source>{path} has no digital signature, so there is nothing to extend for long-term validation; sign it first.</source>
        <translation>{path} 没有数字签名，因此没有可为长期验证扩展的内容；请先签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1719"/>
        <source>{path} does not verify here ({verdict}); only a document that verifies is extended for long-term validation, and this file was left unchanged.</source>
        <translation>{path} 在此未通过验证（{verdict}）；只有通过验证的文件才会为长期验证而扩展，此文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1722"/>
        <source>The timestamp server {url} did not give a timestamp ({detail}); nothing was signed and the file is unchanged. Try again when the server answers, or ask HR to change or clear the timestamp server (Settings ▸ Signatures).</source>
        <translation>时间戳服务器 {url} 未给出时间戳（{detail}）；未签署任何内容，文件保持不变。请在服务器恢复应答后重试，或请人力资源部更改或清除时间戳服务器（设置 ▸ 签名）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1726"/>
        <source>The timestamp server {url} did not give a timestamp ({detail}); the setting was not saved. Check the address and the network, then try again.</source>
        <translation>时间戳服务器 {url} 未给出时间戳（{detail}）；设置未保存。请检查地址和网络，然后重试。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1735"/>
        <source>{value} months is not a retention period this program keeps; choose {low} to {high} months.</source>
        <translation>{value} 个月不是本程序可设置的保留期限；请选择 {low} 到 {high} 个月。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1737"/>
        <source>{name} ({employee_no}) has not left: only a leaver&apos;s data is anonymised. Record their leave date first (People), then wait for the retention period to run out.</source>
        <translation>{name}（{employee_no}）尚未离职：只有离职人员的数据才会被匿名化。请先在“人员”中登记其离职日期，并等待保留期限届满。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1740"/>
        <source>{name} ({employee_no}) left on {left}; their data is kept for {months} months, until {ends}. Nothing was anonymised.</source>
        <translation>{name}（{employee_no}）于 {left} 离职；其数据保留 {months} 个月，至 {ends} 为止。未匿名化任何数据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="1743"/>
        <source>{employee_no} is a former employee whose personal data was anonymised already.</source>
        <translation>{employee_no} 是个人数据已被匿名化的前员工。</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="19"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../reviewer/kpi/actuals_import.py" line="164"/>
        <location filename="../../reviewer/kpi/targets_import.py" line="132"/>
        <location filename="../../reviewer/reviews/importing.py" line="136"/>
        <location filename="../../reviewer/roster/check.py" line="122"/>
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <location filename="../../reviewer/kpi/actuals_import.py" line="260"/>
        <location filename="../../reviewer/kpi/targets_import.py" line="255"/>
        <location filename="../../reviewer/reviews/importing.py" line="245"/>
        <location filename="../../reviewer/reviews/importing.py" line="262"/>
        <location filename="../../reviewer/roster/__init__.py" line="69"/>
        <source>Checked; nothing was imported</source>
        <translation>检查完毕；未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="77"/>
        <location filename="../../reviewer/kpi/actuals_import.py" line="263"/>
        <location filename="../../reviewer/kpi/targets_import.py" line="257"/>
        <location filename="../../reviewer/reviews/importing.py" line="247"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../reviewer/kpi/actuals_import.py" line="281"/>
        <location filename="../../reviewer/kpi/targets_import.py" line="278"/>
        <location filename="../../reviewer/reviews/importing.py" line="276"/>
        <location filename="../../reviewer/roster/__init__.py" line="82"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="45"/>
        <source>Creating positions and the KPI catalogue</source>
        <translation>正在创建岗位和 KPI 指标库</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="48"/>
        <source>Creating departments and people</source>
        <translation>正在创建部门和人员</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="55"/>
        <source>Building the closed cycle</source>
        <translation>正在生成已结束的考核周期</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="58"/>
        <source>Collecting 360 feedback for the closed cycle</source>
        <translation>正在为已结束周期收集 360 评估</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="60"/>
        <source>Scoring and calibrating appraisals</source>
        <translation>正在评分并校准考核结果</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="64"/>
        <source>Opening the current cycle</source>
        <translation>正在开启当前考核周期</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="67"/>
        <source>Adding partial 360 answers</source>
        <translation>正在添加部分 360 评估答卷</translation>
    </message>
    <message>
        <location filename="../../reviewer/demo/__init__.py" line="69"/>
        <source>Writing the current cycle&apos;s self-reviews</source>
        <translation>正在写入当前周期的自我评估</translation>
    </message>
    <message>
        <location filename="../../reviewer/feedback/offline_export.py" line="171"/>
        <source>Writing forms</source>
        <translation>正在生成表单</translation>
    </message>
    <message>
        <location filename="../../reviewer/feedback/offline_export.py" line="184"/>
        <source>Forms written</source>
        <translation>表单已生成</translation>
    </message>
    <message>
        <location filename="../../reviewer/feedback/offline_import.py" line="246"/>
        <source>Importing forms</source>
        <translation>正在导入表单</translation>
    </message>
    <message>
        <location filename="../../reviewer/feedback/offline_import.py" line="285"/>
        <source>Forms imported</source>
        <translation>表单已导入</translation>
    </message>
    <message>
        <location filename="../../reviewer/roster/apply.py" line="54"/>
        <source>Saving departments and positions</source>
        <translation>正在保存部门和岗位</translation>
    </message>
    <message>
        <location filename="../../reviewer/roster/apply.py" line="58"/>
        <source>Saving people</source>
        <translation>正在保存人员</translation>
    </message>
    <message>
        <location filename="../../reviewer/roster/apply.py" line="69"/>
        <source>Saving reporting lines</source>
        <translation>正在保存汇报关系</translation>
    </message>
    <message>
        <location filename="../../reviewer/roster/check.py" line="408"/>
        <source>Reading the database</source>
        <translation>正在读取数据库</translation>
    </message>
    <message>
        <location filename="../../reviewer/roster/check.py" line="412"/>
        <source>Checking departments and reporting lines</source>
        <translation>正在检查部门和汇报关系</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/batch.py" line="182"/>
        <source>Collecting appraisals</source>
        <translation>正在收集考核结果</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/batch.py" line="197"/>
        <source>Writing appraisal PDFs</source>
        <translation>正在生成考核 PDF</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/batch.py" line="219"/>
        <source>Appraisal PDFs written</source>
        <translation>考核 PDF 已生成</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verify.py" line="370"/>
        <source>Checking signatures</source>
        <translation>正在检查签名</translation>
    </message>
    <message>
        <location filename="../../reviewer/privacy/access_export.py" line="63"/>
        <source>Gathering the personal data</source>
        <translation>正在收集个人数据</translation>
    </message>
    <message>
        <location filename="../../reviewer/privacy/access_export.py" line="64"/>
        <source>Writing appraisal and plan PDFs</source>
        <translation>正在生成考核与计划 PDF</translation>
    </message>
    <message>
        <location filename="../../reviewer/privacy/access_export.py" line="65"/>
        <source>Copying evidence files</source>
        <translation>正在复制佐证材料</translation>
    </message>
    <message>
        <location filename="../../reviewer/privacy/access_export.py" line="66"/>
        <source>Personal data written</source>
        <translation>个人数据已写入</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="28"/>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../reviewer/privacy/erasure.py" line="85"/>
        <source>Anonymising leavers past retention</source>
        <translation>正在匿名化超过保留期限的离职人员</translation>
    </message>
    <message>
        <location filename="../../reviewer/privacy/erasure.py" line="86"/>
        <source>Leavers anonymised</source>
        <translation>离职人员已匿名化</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="39"/>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="40"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_tab.py" line="41"/>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>stage</name>
    <message>
        <location filename="../../reviewer/messages.py" line="901"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="902"/>
        <source>Goal setting</source>
        <translation>目标设定</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="903"/>
        <source>Self-review and 360</source>
        <translation>自评与360评估</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="904"/>
        <source>Manager review</source>
        <translation>上级评估</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="905"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="906"/>
        <source>Sign-off</source>
        <translation>签署</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="907"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../reviewer/messages.py" line="916"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="917"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="918"/>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="19"/>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="22"/>
        <source>trusted: issued by the company CA this database holds</source>
        <translation>可信：由本数据库中的公司 CA 签发</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="23"/>
        <source>trusted: a certificate registered in this database</source>
        <translation>可信：本数据库中登记的证书</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="24"/>
        <source>NOT trusted: a self-signed certificate this database does not know</source>
        <translation>不可信：本数据库不认识的自签名证书</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="26"/>
        <source>NOT trusted: issued by someone this database does not know</source>
        <translation>不可信：由本数据库不认识的机构签发</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="29"/>
        <source>nothing was changed after this signature</source>
        <translation>签署后文档未作任何改动</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="30"/>
        <source>afterwards only the next signatures were added</source>
        <translation>签署后仅添加了后续签名</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="31"/>
        <source>afterwards only validation data for the long term (certificates, revocation data) was added</source>
        <translation>之后只添加了用于长期验证的数据（证书、吊销信息）</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="33"/>
        <source>afterwards comments or markup were added</source>
        <translation>签署后添加了批注或标记</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="34"/>
        <source>the document was CHANGED after this signature</source>
        <translation>签署后文档内容被改动</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="35"/>
        <source>the document was CHANGED after this signature, although signing locked it</source>
        <translation>签署后文档内容被改动，而该签名已锁定文档</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="39"/>
        <source>intact: not one signed byte has changed</source>
        <translation>完整：签署内容一个字节也未改变</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="40"/>
        <source>NOT intact: the signed content was altered</source>
        <translation>不完整：签署内容已被篡改</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="41"/>
        <source>{role}: {name}, signed {time}</source>
        <translation>{role}：{name}，签署于 {time}</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="42"/>
        <source>this signature locked the document</source>
        <translation>该签名锁定了文档</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="43"/>
        <source>statement: {reason}</source>
        <translation>声明：{reason}</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="44"/>
        <source>timestamp: {time}, from a timestamp server trusted here (the token is intact)</source>
        <translation>时间戳：{time}，来自本处信任的时间戳服务器（令牌完好）</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="46"/>
        <source>timestamp: {time}, but the token is NOT valid or NOT from a timestamp server trusted here</source>
        <translation>时间戳：{time}，但令牌无效，或并非来自本处信任的时间戳服务器</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="48"/>
        <source>Every signature ({count}) is intact.</source>
        <translation>全部签名（{count} 个）完整有效。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="49"/>
        <source>Do not rely on this document: {count} signature(s) are NOT intact.</source>
        <translation>请勿采信此文档：{count} 个签名不完整。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="51"/>
        <source>Do not rely on this document: its {count} signature(s) are intact, but it was changed afterwards in a way they do not allow.</source>
        <translation>不要依赖此文件：其 {count} 个签名完好，但签名后文件被以签名不允许的方式修改过。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="54"/>
        <source>The document was changed after it was signed: what you see is not what was signed.</source>
        <translation>文档在签署后被改动：您看到的内容并非签署时的内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="56"/>
        <source>This database issued this document and recorded every signature.</source>
        <translation>本数据库签发了此文档，并记录了每一个签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="57"/>
        <source>This database did not issue this document (or has no record of these signatures).</source>
        <translation>此文档并非本数据库签发（或本数据库没有这些签名的记录）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="59"/>
        <source>A corrected version of this appraisal exists; this one is superseded.</source>
        <translation>此考核已有更正版本；本文档已被取代。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="61"/>
        <source>The plan was changed after this version: a newer version exists; this one is superseded.</source>
        <translation>该计划在此版本之后已修改：已有更新的版本，此版本已被取代。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="63"/>
        <source>This is the document of plan {plan}, version {version}.</source>
        <translation>这是计划 {plan} 第 {version} 版的文档。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="64"/>
        <source>The file could not be read as a PDF.</source>
        <translation>无法作为 PDF 读取此文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="65"/>
        <source>Do not rely on this document: the file has bytes after its end, so it was changed after it was written.</source>
        <translation>请勿采信此文档：文件结尾之后还有字节，说明它在写出后被修改过。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="68"/>
        <source>Do not rely on this document: it holds parts the program never puts in an appraisal.</source>
        <translation>请勿采信此文档：其中含有本程序从不放入考核文档的内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="70"/>
        <source>Do not rely on this document: it holds parts the program never puts in a plan.</source>
        <translation>请勿采信此文档：其中含有本程序从不放入计划文档的内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="72"/>
        <source>Do not rely on this document: {count} signature(s) were made by someone who does not hold that role.</source>
        <translation>请勿采信此文档：有 {count} 个签名的签署人并不担任该角色。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="75"/>
        <source>Do not rely on this document: its {count} signature(s) are intact, but this database did not issue it or has no record of its signatures.</source>
        <translation>请勿采信此文档：其 {count} 个签名完好，但此文档并非本数据库签发，或本数据库没有这些签名的记录。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="78"/>
        <source>signed by someone who does not hold this role</source>
        <translation>签署人并不担任此角色</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="79"/>
        <source>The file has no digital signatures.</source>
        <translation>此文件没有数字签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="80"/>
        <source>Long-term validation data is embedded (PAdES B-LT): {certificates} certificate(s), {crls} CRL(s), {ocsps} OCSP response(s).</source>
        <translation>已嵌入长期验证数据（PAdES B-LT）：{certificates} 个证书，{crls} 个 CRL，{ocsps} 个 OCSP 响应。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="83"/>
        <source>Long-term validation data is embedded, but not every signer&apos;s certificate is in it.</source>
        <translation>已嵌入长期验证数据，但并非每位签名人的证书都包含在内。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="85"/>
        <source>No long-term validation data is embedded (the document can be extended: Verify ▸ Extend for long-term validation, or main.py verify --extend-ltv FILE).</source>
        <translation>未嵌入长期验证数据（可以扩展此文件：验证 ▸ 为长期验证扩展，或 main.py verify --extend-ltv FILE）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="91"/>
        <source>It has a form field &quot;{name}&quot; that the program&apos;s appraisals do not have.</source>
        <translation>其中有一个表单域“{name}”，本程序的考核文档没有此域。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="92"/>
        <source>It has an annotation ({name}) on page {page} that the program&apos;s appraisals do not have.</source>
        <translation>第 {page} 页有一个注释（{name}），本程序的考核文档没有此注释。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="94"/>
        <source>It has a script, an automatic action or an attached file ({name}).</source>
        <translation>其中有脚本、自动动作或附件（{name}）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="95"/>
        <source>Something is drawn on the empty signature field {name}.</source>
        <translation>空白签名域 {name} 上绘有内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="96"/>
        <source>The signature field {name} was moved or resized.</source>
        <translation>签名域 {name} 被移动或改变了大小。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="97"/>
        <source>A signature in the field {name} is out of the order manager → employee → HR.</source>
        <translation>签名域 {name} 中的签名不符合 上级 → 员工 → 人事 的顺序。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="99"/>
        <source>The document was updated before its first signature.</source>
        <translation>文档在第一个签名之前被更新过。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="100"/>
        <source>Something was added after the last signature.</source>
        <translation>最后一个签名之后被添加了内容。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="105"/>
        <source>It has a form field &quot;{name}&quot; that the program&apos;s plans do not have.</source>
        <translation>其中有一个表单域“{name}”，本程序的计划文档没有此域。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="106"/>
        <source>It has an annotation ({name}) on page {page} that the program&apos;s plans do not have.</source>
        <translation>第 {page} 页有一个注释（{name}），本程序的计划文档没有此注释。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="111"/>
        <source>Extended for long-term validation (PAdES B-LT): the file now carries {certificates} certificate(s), {crls} CRL(s) and {ocsps} OCSP response(s) for its {signatures} signature(s).</source>
        <translation>已为长期验证扩展（PAdES B-LT）：文件现包含 {certificates} 个证书、{crls} 个 CRL 和 {ocsps} 个 OCSP 响应，覆盖其 {signatures} 个签名。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="114"/>
        <source>Nothing new to embed: the file already carries this validation data ({certificates} certificate(s), {crls} CRL(s), {ocsps} OCSP response(s)); it is unchanged.</source>
        <translation>没有新的内容可嵌入：文件已包含这些验证数据（{certificates} 个证书，{crls} 个 CRL，{ocsps} 个 OCSP 响应）；文件未改动。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="117"/>
        <source>No revocation data for {subject}: the certificate names no CRL or OCSP service (a certificate issued here); its chain is embedded.</source>
        <translation>{subject} 没有吊销信息：该证书未指定任何 CRL 或 OCSP 服务（本处签发的证书）；已嵌入其证书链。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="120"/>
        <source>No revocation data for {subject}: its CRL or OCSP service gave none; its chain is embedded.</source>
        <translation>{subject} 没有吊销信息：其 CRL 或 OCSP 服务未提供任何数据；已嵌入其证书链。</translation>
    </message>
    <message>
        <location filename="../../reviewer/appraisal/verdicts.py" line="122"/>
        <source>The chain of {subject} does not lead to a certificate trusted here: the certificates its signature carries are embedded as they are.</source>
        <translation>{subject} 的证书链无法追溯到本处信任的证书：已按原样嵌入其签名所带的证书。</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="10"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="11"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="12"/>
        <source>Currency</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="13"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="14"/>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="15"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="16"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="17"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="18"/>
        <source>Within a target band</source>
        <translation>处于目标区间内</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="19"/>
        <source>Quantitative</source>
        <translation>定量</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="20"/>
        <source>Qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="21"/>
        <source>In proportion to attainment</source>
        <translation>按达成率比例</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="22"/>
        <source>Points by attainment steps</source>
        <translation>按达成率分档计分</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="23"/>
        <source>Full points inside the band</source>
        <translation>区间内得满分</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="922"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="923"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="924"/>
        <source>Peer</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="925"/>
        <source>Direct report</source>
        <translation>下属</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="926"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="930"/>
        <source>Nominated, awaiting approval</source>
        <translation>已提名，待批准</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="931"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="932"/>
        <source>In progress</source>
        <translation>填写中</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="933"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="934"/>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="935"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="947"/>
        <source>{list}, {item}</source>
        <translation>{list}、{item}</translation>
    </message>
    <message>
        <location filename="../../reviewer/messages.py" line="927"/>
        <source>Others (combined)</source>
        <translation>其他（合并）</translation>
    </message>
</context>
</TS>
