"""Speed of the classifier, against the cost of parsing the same mail with the stdlib.

Usage: python bench/classify_speed.py [--messages N] [--rounds R] [--seed S] [--batch B] [--profile]

Generates realistic job mail (a few KiB; plain text, HTML-only and multipart
alternative; rejections, confirmations, interviews, offers, alerts, newsletters),
then measures on one core, best of R rounds:
  - stdlib parse: email.message_from_bytes(policy.default) + get_body() + get_content()
  - parse_message (ours, which also converts HTML and records problems)
  - classify on the parsed messages, one at a time
  - classify_all on them in batches of --batch (as a scan reads: its batches, and
    each worker's share of one, hold 50 messages or more)
and prints messages per second and the ratio classify / stdlib parse.
--profile also prints the functions classify spends most time in (cProfile, one round).
"""

from __future__ import annotations

import argparse
import cProfile
import email
import pstats
import random
import time
from collections.abc import Callable, Sequence
from email import policy
from email.message import EmailMessage
from html import escape

from tracker.classify import (
    ParsedMessage,
    Rules,
    anchors,
    classifier,
    classify,
    classify_all,
    load_rules,
    parse_message,
)

COMPANIES = [
    ("Acme Robotics", "acmerobotics.com"),
    ("Northwind Traders", "northwind.example"),
    ("Bluefin Analytics", "bluefin.io"),
    ("Orchard Health", "orchardhealth.org"),
    ("Kestrel Systems", "kestrel.dev"),
    ("Lumen & Vale", "lumenvale.co.uk"),
]
ROLES = ["Senior Backend Engineer", "Data Analyst", "Product Designer", "Staff Engineer, Platform"]
SENDERS = [
    "{company} <no-reply@us.greenhouse-mail.io>",
    "{company} Hiring Team <no-reply@hire.lever.co>",
    "{slug}@myworkday.com",
    "{company} via Ashby <no-reply@ashbyhq.com>",
    "Jordan Lee <jordan.lee@{domain}>",
    "{company} Careers <careers@{domain}>",
]
OPENINGS = {
    "rejection": [
        "Thank you for your interest in {company} and for taking the time to apply for the {role} "
        "position. After careful review, we have decided not to move forward with your application "
        "at this time.",
        "We appreciate the time you invested in the interview process for {role}. Unfortunately, we "
        "have decided to pursue other candidates whose experience more closely matches our needs.",
    ],
    "applied": [
        "Thank you for applying to the {role} position at {company}! We have received your "
        "application and our team will review it shortly. If you are not selected, we will keep "
        "your resume on file.",
        "This is to confirm that your application for {role} has been submitted. You can track "
        "the status of your application in the candidate portal.",
    ],
    "interview": [
        "Thanks for applying to {company}. We would like to invite you to a 45-minute video "
        "interview for the {role} role. Please book a time that suits you: "
        "https://calendly.com/{slug}-recruiting/interview",
        "Great news: the hiring team would like to schedule a technical interview with you. "
        "Please share your availability for next week.",
    ],
    "offer": [
        "We are delighted to offer you the {role} position at {company}. Your offer letter is "
        "attached; please review the details, including your start date and compensation.",
    ],
    "other": [
        "New jobs matching your profile: {role} at {company} and 24 more. These jobs you may be "
        "interested in were picked for you based on your recent searches.",
        "Our monthly newsletter is here: five tips for your next interview, a webinar on salary "
        "negotiation, and stories from the {company} engineering blog. View this email in your "
        "browser.",
    ],
}
FILLER = [
    "At {company}, we believe great work comes from diverse teams. We are building tools that "
    "help thousands of customers every day, and we care about how we hire as much as whom.",
    "Our hiring process usually has four steps: an application review, a short call with a "
    "recruiter, a technical conversation and a final conversation with the team.",
    "We know that searching for a new role takes time and energy, and we are grateful that you "
    "considered joining us. Every application is read by a person on our team.",
    "You can learn more about our benefits, our offices and our engineering culture on our "
    "careers site, where new roles are posted every week across all departments.",
    "If you need an accommodation at any point during the process, please reply to this email "
    "and our recruiting coordinators will be happy to help you.",
    "Please note that this mailbox is monitored during business hours. We aim to answer every "
    "question within two working days, and sooner when we can.",
]
FOOTER = (
    "Best regards,\nThe {company} Recruiting Team\n\n"
    "{company} | 100 Main Street | Springfield\n"
    "You are receiving this email because you applied for a position at {company}. "
    "Job ID: R-{job}  Privacy policy: https://{domain}/privacy"
)


def generate(count: int, seed: int) -> list[bytes]:
    """Give `count` raw messages of a few KiB: plain, HTML-only and multipart alternative."""
    rng = random.Random(seed)
    labels = list(OPENINGS)
    raws = []
    for number in range(count):
        company, domain = rng.choice(COMPANIES)
        fields = {
            "company": company,
            "domain": domain,
            "slug": company.split()[0].lower(),
            "role": rng.choice(ROLES),
            "job": rng.randint(10000, 99999),
        }
        label = labels[number % len(labels)]
        paragraphs = ["Hi Sam,", rng.choice(OPENINGS[label])]
        # Two to four KiB of text, as ATS templates with their boilerplate are.
        paragraphs += [rng.choice(FILLER) for _ in range(rng.randint(8, 16))]
        paragraphs.append(FOOTER)
        text = "\n\n".join(p.format(**fields) for p in paragraphs)
        message = EmailMessage()
        message["From"] = rng.choice(SENDERS).format(**fields)
        message["To"] = "sam@example.net"
        message["Subject"] = f"Your application to {company}"
        message["Date"] = "Tue, 04 Jun 2024 09:30:00 +0200"
        message["Message-ID"] = f"<{number}.{fields['job']}@{domain}>"
        style = number % 3
        if style == 0:
            message.set_content(text)
        else:
            html = _html(text, fields)
            if style == 1:
                message.set_content(html, subtype="html")
            else:
                message.set_content(text)
                message.add_alternative(html, subtype="html")
        raws.append(bytes(message))
    return raws


def _html(text: str, fields: dict[str, object]) -> str:
    blocks = "".join(
        f'<p style="margin:0 0 12px">{escape(p).replace(chr(10), "<br>")}</p>'
        for p in text.split("\n\n")
    )
    return (
        "<!DOCTYPE html><html><head><style>p{font-family:Arial}</style></head><body>"
        '<table role="presentation" width="100%"><tr><td>'
        f'<img src="https://{fields["domain"]}/logo.png" alt="{escape(str(fields["company"]))}">'
        f"{blocks}</td></tr></table></body></html>"
    )


def stdlib_parse(raw: bytes) -> str:
    """What the stdlib alone does: parse, pick the body, decode it."""
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(preferencelist=("plain", "html"))
    return body.get_content() if body is not None else ""


def best_rate(items: Sequence[object], work: Callable[[object], object], rounds: int) -> float:
    """Give items per second of the fastest round (CPU time of this process)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for item in items:
            work(item)
        best = min(best, time.process_time() - start)
    return len(items) / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch", type=int, default=50, help="messages per classify_all call")
    parser.add_argument(
        "--profile", action="store_true", help="print the top functions of classify"
    )
    args = parser.parse_args(argv)

    raws = generate(args.messages, args.seed)
    rules = load_rules()
    # The native passes compile on a thread the first time (then load from a cache):
    # measured when ready, and said when not there at all.
    cues = rules.index.body.native is not None and rules.index.body.native.wait(120)
    naming = anchors.wait(120)
    print(f"native passes: cues {'on' if cues else 'off'}, naming {'on' if naming else 'off'}")
    # `pip install .` compiles the classifier's hot modules (setup.py); an editable
    # install, as the tests use, runs them as Python.
    compiled = not classifier.__file__.endswith(".py")
    print(f"classifier modules: {'compiled (mypyc)' if compiled else 'Python (not compiled)'}")
    parsed = [parse_message(raw) for raw in raws]
    sizes = sorted(len(raw) for raw in raws)
    text_sizes = sorted(len(p.text) for p in parsed)
    print(
        f"{len(raws)} messages, raw {sizes[0]}-{sizes[-1]} bytes (median {sizes[len(sizes) // 2]}), "
        f"text median {text_sizes[len(text_sizes) // 2]} chars; 1/3 plain, 1/3 HTML only, "
        "1/3 multipart/alternative"
    )
    stdlib = best_rate(raws, lambda raw: stdlib_parse(raw), args.rounds)  # type: ignore[arg-type]
    ours = best_rate(raws, lambda raw: parse_message(raw), args.rounds)  # type: ignore[arg-type]
    single = best_rate(parsed, lambda message: classify(message, rules), args.rounds)  # type: ignore[arg-type]
    batches = [parsed[i : i + args.batch] for i in range(0, len(parsed), args.batch)]
    rate = (
        len(parsed)
        / len(batches)
        * best_rate(
            batches,
            lambda batch: classify_all(batch, rules),  # type: ignore[arg-type]
            args.rounds,
        )
    )
    print(f"stdlib parse (policy.default, get_body, get_content): {stdlib:9,.0f} messages/s")
    print(f"parse_message:                                        {ours:9,.0f} messages/s")
    print(f"classify, one message at a time:                      {single:9,.0f} messages/s")
    print(f"classify_all, batches of {args.batch:<4} (as a scan reads):    {rate:9,.0f} messages/s")
    print(f"classify cost / stdlib parse cost: {stdlib / rate:.2f}  (target: <= 1.00)")
    print(f"classify per core: {rate:,.0f} messages/s  (target: >= 5,000)")
    labels: dict[str, int] = {}
    for message in parsed:
        label = classify(message, rules).label
        labels[label] = labels.get(label, 0) + 1
    print("labels given: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    if args.profile:
        print_profile(parsed, rules)
    return 0


def print_profile(parsed: Sequence[ParsedMessage], rules: Rules, top: int = 25) -> None:
    """Print where classify spends its time: the top functions by time in themselves.

    Profiling slows calls down unevenly: read the order, not the absolute times.
    """
    profile = cProfile.Profile()
    profile.enable()
    for message in parsed:
        classify(message, rules)
    profile.disable()
    print()
    print(f"classify profiled over {len(parsed)} messages (top {top} by own time):")
    pstats.Stats(profile).sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    raise SystemExit(main())
