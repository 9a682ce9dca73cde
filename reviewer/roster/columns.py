"""The roster's fields and the headers other systems write for them."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..io import columns
from ..io.columns import Field

FIELDS = (
    Field("employee_no", "Employee no.", True, 32,
          ("工号", "员工编号", "员工工号", "职工号", "人员编号", "编号", "employeeno", "employeenumber",
           "empno", "employeeid", "staffid", "staffno", "id", "workno")),
    Field("name", "Name", True, 100,
          ("姓名", "员工姓名", "名字", "name", "fullname", "employeename", "staffname")),
    Field("email", "Email", False, 254,
          ("邮箱", "电子邮箱", "邮件", "电子邮件", "邮箱地址", "email", "emailaddress", "mail", "workemail")),
    Field("department", "Department", True, 100,
          ("部门", "所属部门", "部门名称", "组织", "所属组织", "department", "dept", "departmentname", "orgunit")),
    Field("position", "Position", False, 100,
          ("职位", "岗位", "职务", "岗位名称", "职位名称", "position", "title", "jobtitle", "role")),
    Field("manager", "Manager", False, 100,
          ("直属上级", "上级", "直接上级", "汇报对象", "上级工号", "直属上级工号", "直属领导", "上级领导",
           "manager", "linemanager", "reportsto", "supervisor", "managerno", "managerid")),
    Field("hire_date", "Hire date", False, None,
          ("入职日期", "入职时间", "到岗日期", "入司日期", "hiredate", "startdate", "datejoined", "joined", "joindate")),
    Field("leave_date", "Leave date", False, None,
          ("离职日期", "离职时间", "leavedate", "enddate", "terminationdate", "leftdate")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
BY_KEY = {f.key: f for f in FIELDS}
REMEMBERED_KEY = "import.people.columns"



def guess_mapping(headers: list[str], remembered: dict[str, str] | None = None) -> dict[str, int]:
    return columns.guess_mapping(headers, FIELDS, remembered)


def parse_mapping_option(text: str, headers: list[str]) -> dict[str, int]:
    return columns.parse_mapping_option(text, headers, FIELDS)


def check_mapping(mapping: dict[str, int], headers: list[str]) -> None:
    columns.check_mapping(mapping, headers, FIELDS)


def remembered_mapping(session: Session) -> dict[str, str]:
    return columns.remembered_mapping(session, REMEMBERED_KEY)


def remember_mapping(session: Session, mapping: dict[str, int], headers: list[str]) -> None:
    columns.remember_mapping(session, REMEMBERED_KEY, mapping, headers)
