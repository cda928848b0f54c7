"""Company, role and job id found in a message's subject and text.

One module per answer: company.py (with company_body.py, company_signature.py and
names.py) finds the names a message offers and company_choice.py picks one, role.py finds the job
title, job_ids.py the job id; word_pattern.py is how they search, and anchors.py
where (one native pass finds where their searches may start). `present` (the
words of the message the rules look for) only skips searches that cannot match:
every answer is the same when it holds more words.
"""

from __future__ import annotations

from tracker.classify.anchors import find_anchors
from tracker.classify.company import company_candidates
from tracker.classify.company_body import COMPANY_WORDS
from tracker.classify.company_choice import alias, best_company
from tracker.classify.job_ids import JOB_ID_WORDS, find_job_id
from tracker.classify.names import Candidate, clean_company
from tracker.classify.role import ROLE_RULE_WORDS, find_role
from tracker.classify.word_pattern import MAX_EXTRACT_CHARS

__all__ = [
    "EXTRACTION_WORDS",
    "MAX_EXTRACT_CHARS",
    "Candidate",
    "alias",
    "best_company",
    "clean_company",
    "company_candidates",
    "find_anchors",
    "find_job_id",
    "find_role",
]

EXTRACTION_WORDS: frozenset[str] = COMPANY_WORDS | ROLE_RULE_WORDS | JOB_ID_WORDS
"""Every word whose presence extraction checks (see `triggers.words_in`)."""
