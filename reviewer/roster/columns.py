"""Roster fields, and recognising them from the headers other systems write."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import AppSetting

from ..errors import ValidationError


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    required: bool
    max_length: int | None
    synonyms: tuple[str, ...]


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

_NOISE = re.compile(r"[\s_\-./:()（）：*#·]+")


def normalise_header(text: str) -> str:
    """Headers compare equal despite full-width forms, case, spaces and punctuation."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def guess_mapping(headers: list[str], remembered: dict[str, str] | None = None) -> dict[str, int]:
    """Field -> column index, from what the user chose for these headers before,
    else from known English and Chinese header names."""
    mapping: dict[str, int] = {}
    remembered = remembered or {}
    for index, header in enumerate(headers):
        key = remembered.get(header)
        if key in BY_KEY and key not in mapping:
            mapping[key] = index
    synonyms = {normalise_header(s): f.key for f in FIELDS for s in f.synonyms}
    for index, header in enumerate(headers):
        key = synonyms.get(normalise_header(header))
        if key and key not in mapping and index not in mapping.values():
            mapping[key] = index
    return mapping


def parse_mapping_option(text: str, headers: list[str]) -> dict[str, int]:
    """A command-line mapping such as 'employee_no=工号,manager=上级工号' (fields
    named on the left, column headers or 1-based column numbers on the right)."""
    mapping: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        if "=" not in part:
            raise ValidationError(f"--mapping: {part!r} should look like field=column header.")
        key, column = (s.strip() for s in part.split("=", 1))
        if key not in BY_KEY:
            raise ValidationError(f"--mapping: unknown field {key!r}; fields are {', '.join(FIELD_KEYS)}.")
        if column.isdigit() and 1 <= int(column) <= len(headers):
            mapping[key] = int(column) - 1
        elif column in headers:
            mapping[key] = headers.index(column)
        else:
            raise ValidationError(f"--mapping: the file has no column {column!r}; "
                                  f"its columns are {', '.join(headers)}.")
    return mapping


def check_mapping(mapping: dict[str, int], headers: list[str]) -> None:
    """Refuse a mapping that misses a required field or uses one column twice."""
    missing = [BY_KEY[f.key].label for f in FIELDS if f.required and f.key not in mapping]
    if missing:
        raise ValidationError(
            f"No column is chosen for: {', '.join(missing)}. The file's columns are: {', '.join(headers)}."
        )
    used: dict[int, str] = {}
    for key, index in mapping.items():
        if index in used:
            raise ValidationError(f"The column {headers[index]!r} is chosen for both "
                                  f"{BY_KEY[used[index]].label} and {BY_KEY[key].label}.")
        used[index] = key


def remembered_mapping(session: Session) -> dict[str, str]:
    setting = session.get(AppSetting, REMEMBERED_KEY)
    return json.loads(setting.value) if setting else {}


def remember_mapping(session: Session, mapping: dict[str, int], headers: list[str]) -> None:
    """Keep header -> field choices (merged with earlier ones) for the next import."""
    known = remembered_mapping(session)
    known.update({headers[index]: key for key, index in mapping.items()})
    setting = session.get(AppSetting, REMEMBERED_KEY) or AppSetting(key=REMEMBERED_KEY, value="{}")
    setting.value = json.dumps(known, ensure_ascii=False)
    session.add(setting)
