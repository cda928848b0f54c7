"""Matching a message to its application: thread, job id, company and role, then company alone."""

from __future__ import annotations

from tracker.match import Candidate, match_message, roles_compatible

ACME_DATA = Candidate(1, "Acme Inc.", "Data Engineer", "R-100", active=True)
ACME_ML = Candidate(2, "Acme", "Senior ML Engineer", None, active=True)
GLOBEX = Candidate(3, "Globex", "Analyst", None, active=True)
ALL = [ACME_DATA, ACME_ML, GLOBEX]


def match(**given: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "company": None, "role": None, "job_id": None, "thread_ids": [], "thread_index": {},
        "candidates": ALL, "proposes_new": False,
    }  # fmt: skip
    values.update(given)
    return match_message(**values)  # type: ignore[arg-type]


def test_the_thread_decides_first() -> None:
    result = match(company="Globex", thread_ids=["<x@acme>"], thread_index={"<x@acme>": 1})
    assert (result.kind, result.application_id) == ("existing", 1)


def test_the_job_id_decides_next() -> None:
    result = match(company="ACME", role="Senior ML Engineer", job_id="r-100")
    assert (result.kind, result.application_id) == ("existing", 1)


def test_a_different_job_id_is_a_different_application() -> None:
    result = match(company="Acme", role="Data Engineer", job_id="R-999", proposes_new=True)
    assert result.kind == "new"


def test_company_and_role() -> None:
    assert match(company="Acme", role="Senior ML Engineer").application_id == 2
    assert match(company="acme, inc", role="data engineer").application_id == 1


def test_a_different_seniority_is_a_different_application() -> None:
    only = [Candidate(5, "Acme", "Senior Data Engineer", None, active=True)]
    assert (
        match(company="Acme", role="Staff Data Engineer", candidates=only, proposes_new=True).kind
        == "new"
    )
    assert not roles_compatible("Junior Developer", "Senior Developer")
    assert roles_compatible("Backend Engineer", "Senior Backend Engineer")


def test_company_alone_only_when_exactly_one_open_application_fits() -> None:
    assert match(company="Globex").application_id == 3
    ambiguous = match(company="Acme")
    assert ambiguous.kind == "ambiguous" and set(ambiguous.candidates) == {1, 2}


def test_closed_applications_do_not_swallow_a_new_confirmation() -> None:
    closed = [Candidate(7, "Initech", "Analyst", None, active=False)]
    assert match(company="Initech", candidates=closed, proposes_new=True).kind == "new"
    assert match(company="Initech", candidates=closed).application_id == 7


def test_unknown_company_and_first_contact() -> None:
    assert match(company=None).kind == "unknown"
    assert match(company="Hooli", proposes_new=True).kind == "new"
    assert match(company="Hooli").kind == "new"


def test_aliases_match() -> None:
    aliased = [Candidate(9, "Alphabet", "SRE", None, active=True, company_aliases=("Google",))]
    assert match(company="Google LLC", candidates=aliased).application_id == 9
