"""360-degree feedback: competencies, versioned forms, requests and answers."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column, utcnow
from .enums import QuestionKind, Relationship, RequestStatus


class Competency(Base):
    __tablename__ = "competencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_zh: Mapped[Optional[str]] = mapped_column(String(100))
    description: Mapped[Optional[str]] = mapped_column(Text)
    description_zh: Mapped[Optional[str]] = mapped_column(Text)
    for_managers: Mapped[bool] = mapped_column(Boolean, default=False)


class FormTemplate(Base):
    """One version of a 360 form. Editing a template in use creates the next version,
    so answers always point at the exact questions they answered."""

    __tablename__ = "form_templates"
    __table_args__ = (
        UniqueConstraint("family", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[Optional[str]] = mapped_column(String(120))
    description: Mapped[Optional[str]] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    sections: Mapped[list[FormSection]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="FormSection.position"
    )


class FormSection(Base):
    __tablename__ = "form_sections"
    __table_args__ = (UniqueConstraint("template_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("form_templates.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    title_zh: Mapped[Optional[str]] = mapped_column(String(200))

    template: Mapped[FormTemplate] = relationship(back_populates="sections")
    questions: Mapped[list[FormQuestion]] = relationship(
        back_populates="section", cascade="all, delete-orphan", order_by="FormQuestion.position"
    )


class FormQuestion(Base):
    __tablename__ = "form_questions"
    __table_args__ = (
        UniqueConstraint("section_id", "position"),
        CheckConstraint(
            "kind <> 'rating' OR (scale_min >= 0 AND scale_max > scale_min AND scale_max - scale_min <= 10)",
            name="rating_scale_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("form_sections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[QuestionKind] = mapped_column(enum_column(QuestionKind, "question_kind"))
    competency_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("competencies.id", ondelete="RESTRICT"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    text_zh: Mapped[Optional[str]] = mapped_column(Text)
    scale_min: Mapped[int] = mapped_column(SmallInteger, default=1)
    scale_max: Mapped[int] = mapped_column(SmallInteger, default=5)
    allow_cannot_judge: Mapped[bool] = mapped_column(Boolean, default=True)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    # Relationship values that see this question; NULL means every rater group.
    visible_to: Mapped[Optional[list[str]]] = mapped_column(JSON)

    section: Mapped[FormSection] = relationship(back_populates="questions")
    competency: Mapped[Optional[Competency]] = relationship()
    anchors: Mapped[list[QuestionAnchor]] = relationship(
        back_populates="question", cascade="all, delete-orphan", order_by="QuestionAnchor.point"
    )


class QuestionAnchor(Base):
    """The words that describe one point of a rating scale."""

    __tablename__ = "question_anchors"
    __table_args__ = (UniqueConstraint("question_id", "point"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("form_questions.id", ondelete="CASCADE"))
    point: Mapped[int] = mapped_column(SmallInteger)
    text: Mapped[str] = mapped_column(String(300))
    text_zh: Mapped[Optional[str]] = mapped_column(String(300))

    question: Mapped[FormQuestion] = relationship(back_populates="anchors")


class ExternalRater(Base):
    """A rater outside the organisation, typically a customer."""

    __tablename__ = "external_raters"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[Optional[str]] = mapped_column(String(254), index=True)
    organisation: Mapped[Optional[str]] = mapped_column(String(200))


class FeedbackRequest(Base):
    """One rater asked to give feedback on one subject in one cycle."""

    __tablename__ = "feedback_requests"
    __table_args__ = (
        UniqueConstraint("cycle_id", "subject_id", "rater_employee_id"),
        UniqueConstraint("cycle_id", "subject_id", "external_rater_id"),
        CheckConstraint(
            "(rater_employee_id IS NULL) <> (external_rater_id IS NULL)", name="exactly_one_rater"
        ),
        CheckConstraint(
            "relation <> 'self' OR rater_employee_id = subject_id", name="self_rates_self"
        ),
        CheckConstraint(
            "relation = 'self' OR rater_employee_id IS NULL OR rater_employee_id <> subject_id",
            name="others_are_not_subject",
        ),
        CheckConstraint(
            "external_rater_id IS NULL OR relation = 'customer'", name="external_is_customer"
        ),
        Index("ix_feedback_requests_cycle_subject", "cycle_id", "subject_id"),
        Index("ix_feedback_requests_rater_status", "rater_employee_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    rater_employee_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("employees.id", ondelete="RESTRICT")
    )
    external_rater_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("external_raters.id", ondelete="RESTRICT"), index=True
    )
    relation: Mapped[Relationship] = mapped_column(enum_column(Relationship, "relation"))
    template_id: Mapped[int] = mapped_column(
        ForeignKey("form_templates.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[RequestStatus] = mapped_column(
        enum_column(RequestStatus, "request_status"), default=RequestStatus.OPEN
    )
    due_date: Mapped[Optional[date]] = mapped_column(Date)
    # Random identifier printed into offline forms; the MAC over it is computed, not stored.
    token: Mapped[Optional[str]] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[Optional[datetime]] = mapped_column()

    answers: Mapped[list[Answer]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("request_id", "question_id"),
        CheckConstraint("rating IS NULL OR (rating >= 0 AND rating <= 10)", name="rating_range"),
        CheckConstraint("NOT (cannot_judge AND rating IS NOT NULL)", name="judged_or_not"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("feedback_requests.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        ForeignKey("form_questions.id", ondelete="RESTRICT"), index=True
    )
    rating: Mapped[Optional[int]] = mapped_column(SmallInteger)
    cannot_judge: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[Optional[str]] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    request: Mapped[FeedbackRequest] = relationship(back_populates="answers")
    question: Mapped[FormQuestion] = relationship()


class RaterScore(Base):
    """One rater's ratings on one competency, summed when their form is submitted.

    Submitted answers are locked and a question's competency is fixed by its template
    version, so these never go stale; results read them instead of every answer
    (a cycle of 4.8 million answers has fewer than a million of these).
    """

    __tablename__ = "rater_scores"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_requests.id", ondelete="CASCADE"), primary_key=True
    )
    competency_id: Mapped[int] = mapped_column(
        ForeignKey("competencies.id", ondelete="CASCADE"), primary_key=True
    )
    ratings: Mapped[int] = mapped_column(Integer)  # how many rated questions (not "cannot judge")
    total: Mapped[int] = mapped_column(Integer)  # their sum
