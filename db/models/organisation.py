"""Departments, positions, employees and the people who use the program."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column, utcnow
from .enums import UserRole


class Department(Base):
    __tablename__ = "departments"
    __table_args__ = (
        UniqueConstraint("parent_id", "name"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[Optional[str]] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    # RESTRICT: a department with sub-departments cannot vanish under them.
    parent_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("departments.id", ondelete="RESTRICT"), index=True
    )

    parent: Mapped[Optional[Department]] = relationship(
        back_populates="children", remote_side="Department.id"
    )
    children: Mapped[list[Department]] = relationship(back_populates="parent")
    employees: Mapped[list[Employee]] = relationship(back_populates="department")


class Position(Base):
    """A job title; role templates suggest KPIs per position."""

    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)
    title_zh: Mapped[Optional[str]] = mapped_column(String(100))
    is_manager_role: Mapped[bool] = mapped_column(Boolean, default=False)

    employees: Mapped[list[Employee]] = relationship(back_populates="position")


class Employee(Base):
    """A person in the organisation. Leavers are deactivated, never deleted."""

    __tablename__ = "employees"
    __table_args__ = (
        CheckConstraint("manager_id IS NULL OR manager_id <> id", name="not_own_manager"),
        CheckConstraint(
            "leave_date IS NULL OR hire_date IS NULL OR leave_date >= hire_date",
            name="leaves_after_hire",
        ),
        CheckConstraint("is_active OR leave_date IS NOT NULL", name="leaver_has_leave_date"),
        CheckConstraint("length(employee_no) > 0", name="employee_no_not_empty"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        Index("ix_employees_department_active", "department_id", "is_active"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    email: Mapped[Optional[str]] = mapped_column(String(254), unique=True)
    # RESTRICT: moving people out is a deliberate act before a department goes.
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"))
    position_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("positions.id", ondelete="RESTRICT"), index=True
    )
    # RESTRICT: reports must be reassigned before their manager row could go.
    manager_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("employees.id", ondelete="RESTRICT"), index=True
    )
    hire_date: Mapped[Optional[date]] = mapped_column(Date)
    leave_date: Mapped[Optional[date]] = mapped_column(Date)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Set when the retention period ran out and their personal data was anonymised
    # (reviewer.privacy.erasure): the row stays for the statistics, under a pseudonym.
    anonymised_at: Mapped[Optional[datetime]] = mapped_column()

    department: Mapped[Department] = relationship(back_populates="employees")
    position: Mapped[Optional[Position]] = relationship(back_populates="employees")
    manager: Mapped[Optional[Employee]] = relationship(
        back_populates="reports", remote_side="Employee.id"
    )
    reports: Mapped[list[Employee]] = relationship(back_populates="manager")


class AppUser(Base):
    """Someone who signs in to this program: HR or a manager."""

    __tablename__ = "app_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole, "user_role"))
    employee_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("employees.id", ondelete="RESTRICT"), unique=True
    )
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # argon2id in PHC string form; None for a profile that cannot sign in yet.
    password_hash: Mapped[Optional[str]] = mapped_column(String(200))
    # Failed sign-ins since the last good one: each costs more waiting, across processes.
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[Optional[datetime]] = mapped_column()

    employee: Mapped[Optional[Employee]] = relationship()


class AppSetting(Base):
    """Settings that belong to the data set (not to one machine), e.g. the form MAC key."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
