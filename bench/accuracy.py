"""Accuracy of the classifier on a labelled corpus, beside a naive keyword baseline.

Usage: python bench/accuracy.py [CORPUS] [--show-errors]

CORPUS is a folder holding dev/*.jsonl (default: ../shared/corpus relative to the
repository), a folder of *.jsonl, or one .jsonl file. Each line: subject, from, body,
label, company (see the corpus README). Prints figures and line ids only, never mail text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tracker.classify import LABELS, Rules, classify, load_rules, message_from_fields
from tracker.classify.types import ParsedMessage

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TIMING_ROUNDS = 5


@dataclass(frozen=True)
class Line:
    id: str
    source: str
    subject: str | None
    sender: str | None
    body: str | None
    label: str
    company: str | None
    date: str | None
    headers: dict[str, str] | None


@dataclass(frozen=True)
class Guess:
    label: str
    company: str | None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--show-errors", action="store_true", help="print the ids of misclassified lines"
    )
    args = parser.parse_args(argv)
    files = corpus_files(args.corpus)
    if not files:
        print(f"no .jsonl files under {args.corpus}", file=sys.stderr)
        return 2
    lines = [line for path in files for line in read_lines(path)]
    print(f"corpus: {len(lines)} lines from {len(files)} files under {args.corpus}")
    print(
        "labels: "
        + ", ".join(f"{label} {n}" for label, n in sorted(Counter(x.label for x in lines).items()))
    )

    rules = load_rules()
    parsed = [to_message(line) for line in lines]
    verdicts = [classify(m, rules) for m in parsed]
    ours = [Guess(c.label, c.company) for c in verdicts]
    naive = [baseline(m) for m in parsed]

    print()
    print_side_by_side(lines, {"nextround": ours, "baseline": naive})
    print()
    print("confusion matrix, nextround (rows: corpus label, columns: predicted)")
    print_confusion(lines, ours)
    paused = [(line.label, v.label) for line, v in zip(lines, verdicts, strict=True) if v.is_paused]
    pairs = Counter(f"{corpus} as {given}" for corpus, given in paused)
    print(
        "paused outcomes (hiring freeze or role on hold; rejection when the mail lets you go, "
        f"other while the role is only on hold): {len(paused)}"
        + (" - corpus label as given: " + ", ".join(f"{k} {n}" for k, n in sorted(pairs.items())))
        * bool(paused)
    )
    confident = [v.confidence >= 0.8 for v in verdicts]
    right_high = sum(
        c and line.label == g.label for c, line, g in zip(confident, lines, ours, strict=True)
    )
    print(
        f"high confidence (>= 0.8, applied without review): {sum(confident)} lines, "
        f"{right_high / max(1, sum(confident)):.3f} of them right"
    )
    print()
    print("accuracy per file, nextround")
    for path in files:
        idx = [i for i, line in enumerate(lines) if line.source == path.name]
        right = sum(lines[i].label == ours[i].label for i in idx)
        print(f"  {path.name:32} {right:4}/{len(idx):<4} {right / len(idx):.3f}")
    print()
    rate, parse_rate = speed(lines, rules)
    print(f"speed: {rate:,.0f} messages/s (message_from_fields + classify, one core)")
    print(f"       {parse_rate:,.0f} messages/s (classify alone on parsed messages)")
    if args.show_errors:
        print()
        print("misclassified (id: corpus -> predicted)")
        for line, guess in zip(lines, ours, strict=True):
            if line.label != guess.label:
                print(f"  {line.id}: {line.label} -> {guess.label}")
        print("wrong company (id), where the corpus names one")
        for line, guess in zip(lines, ours, strict=True):
            if line.company and not same_company(line.company, guess.company):
                print(f"  {line.id}: {'none found' if guess.company is None else 'different'}")
    return 0


def corpus_files(path: Path) -> list[Path]:
    """Give the .jsonl files: CORPUS/dev/*.jsonl, else CORPUS/*.jsonl, else CORPUS itself."""
    if path.is_file():
        return [path]
    if (path / "dev").is_dir():
        return sorted((path / "dev").glob("*.jsonl"))
    return sorted(path.glob("*.jsonl"))


def read_lines(path: Path) -> Iterable[Line]:
    with path.open(encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            if not text.strip():
                continue
            data = json.loads(text)
            yield Line(
                id=str(data.get("id") or f"{path.name}:{number}"),
                source=path.name,
                subject=data.get("subject"),
                sender=data.get("from"),
                body=data.get("body"),
                label=str(data["label"]),
                company=data.get("company") or None,
                date=data.get("date"),
                headers=data.get("headers"),
            )


def to_message(line: Line) -> ParsedMessage:
    return message_from_fields(
        subject=line.subject,
        sender=line.sender,
        body=line.body,
        date=line.date,
        headers=line.headers,
    )


def baseline(message: ParsedMessage) -> Guess:
    """The naive keyword rule: "unfortunately" or "regret" means rejection, anything else other."""
    text = f"{message.subject}\n{message.text}".lower()
    label = "rejection" if "unfortunately" in text or "regret" in text else "other"
    domain = message.from_address.rpartition("@")[2]
    company = domain.split(".")[-2].title() if domain.count(".") >= 1 else None
    return Guess(label, company)


def same_company(expected: str, got: str | None) -> bool:
    return got is not None and expected.casefold() == got.casefold()


def print_side_by_side(lines: list[Line], runs: dict[str, list[Guess]]) -> None:
    names = list(runs)
    header = f"{'':12}" + "".join(f"{name:>26}" for name in names)
    print(header)
    print(f"{'':12}" + "".join(f"{'precision  recall     F1':>26}" for _ in names))
    for label in LABELS:
        row = f"{label:12}"
        for name in names:
            p, r, f = prf(lines, runs[name], label)
            row += f"{'':5}{p:6.3f}   {r:6.3f}   {f:6.3f}"
        print(row)
    row = f"{'accuracy':12}"
    for name in names:
        right = sum(line.label == g.label for line, g in zip(lines, runs[name], strict=True))
        row += f"{right / len(lines):>26.3f}"
    print(row)
    with_company = [i for i, line in enumerate(lines) if line.company]
    row = f"{'company':12}"
    for name in names:
        right = sum(
            same_company(lines[i].company or "", runs[name][i].company) for i in with_company
        )
        row += f"{right / max(1, len(with_company)):>26.3f}"
    print(row + f"   (over {len(with_company)} lines naming one)")


def prf(lines: list[Line], guesses: list[Guess], label: str) -> tuple[float, float, float]:
    tp = sum(
        line.label == label and g.label == label for line, g in zip(lines, guesses, strict=True)
    )
    predicted = sum(g.label == label for g in guesses)
    actual = sum(line.label == label for line in lines)
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def print_confusion(lines: list[Line], guesses: list[Guess]) -> None:
    counts = Counter((line.label, g.label) for line, g in zip(lines, guesses, strict=True))
    print(f"{'':12}" + "".join(f"{label:>11}" for label in LABELS))
    for actual in LABELS:
        print(
            f"{actual:12}" + "".join(f"{counts[(actual, predicted)]:>11}" for predicted in LABELS)
        )


def speed(lines: list[Line], rules: Rules) -> tuple[float, float]:
    """Give messages/s for parsing fields + classifying, and for classifying alone (best of rounds)."""
    best_total = best_classify = float("inf")
    for _ in range(TIMING_ROUNDS):
        start = time.perf_counter()
        messages = [to_message(line) for line in lines]
        middle = time.perf_counter()
        for message in messages:
            classify(message, rules)
        end = time.perf_counter()
        best_total = min(best_total, end - start)
        best_classify = min(best_classify, end - middle)
    return len(lines) / best_total, len(lines) / best_classify


if __name__ == "__main__":
    sys.exit(main())
