"""The classifier: mail in, label, confidence, company, role, job id and reasons out.

`parse_message` turns raw mail into a ParsedMessage (never raising),
`message_from_fields` does the same for JSON lines, `load_rules` reads the shipped
phrase and ATS data (plus a user's additions) and `classify` decides (`classify_all` a batch, faster); `named` looks
for company, role and job id in mail a scan classified without them and then kept.
"""

from tracker.classify.classifier import classify, classify_all, named
from tracker.classify.parse import message_from_fields, parse_message
from tracker.classify.rules import Rules, load_rules
from tracker.classify.types import LABELS, Classification, Label, Outcome, ParsedMessage

__all__ = [
    "LABELS",
    "Classification",
    "Label",
    "Outcome",
    "ParsedMessage",
    "Rules",
    "classify",
    "classify_all",
    "load_rules",
    "message_from_fields",
    "named",
    "parse_message",
]
