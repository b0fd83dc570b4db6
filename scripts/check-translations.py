#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a Qt Linguist .ts file: every entry finished, none obsolete or vanished, and
each translation keeps its source's placeholders (%1…%9, %n), HTML tags and mnemonic (or a
translator's comment "no mnemonic: …" says why it has none).

Usage: check-translations.py FILE.ts…   Prints one line per problem; exit 1 if any.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n|Ln)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
# A translation may go without its source's mnemonic only on purpose, when every letter of
# it is taken by a control shown beside it; the translator says so in a comment.
NO_MNEMONIC = "no mnemonic:"
MNEMONIC = re.compile(r"&(?![&a-zA-Z#]+;)(?=\S)")


def placeholders(text):
    return sorted(set(p.replace("L", "") for p in PLACEHOLDER.findall(text or "")))


def tags(text):
    return sorted(t.lower() for t in TAG.findall(text or ""))


def mnemonics(text):
    return len(MNEMONIC.findall((text or "").replace("&&", "")))


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path}: {name}: {source[:60]!r}"
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: {kind}")
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if message.get("numerus") == "yes":
                if not forms or any(not f.strip() for f in forms):
                    problems.append(f"{where}: empty plural form")
                    continue
            else:
                forms = [translation.text or ""]
                if not forms[0].strip():
                    problems.append(f"{where}: empty translation")
                    continue
            for form in forms:
                expected = placeholders(source)
                found = placeholders(form)
                if message.get("numerus") == "yes" and "%n" in expected and "%n" not in found:
                    # A plural form may spell the number out ("ein Mal"), but only the singular.
                    if form is not forms[0]:
                        problems.append(f"{where}: %n missing from {form!r}")
                    expected = [p for p in expected if p != "%n"]
                    found = [p for p in found if p != "%n"]
                if expected != found:
                    problems.append(f"{where}: placeholders {expected} became {found} in {form!r}")
                if tags(source) != tags(form):
                    problems.append(f"{where}: markup differs in {form!r}")
                if mnemonics(source) != mnemonics(form) and not (
                    mnemonics(form) == 0 and NO_MNEMONIC in (message.findtext("translatorcomment") or "")):
                    problems.append(f"{where}: mnemonic '&' differs in {form!r}")
    return problems


def main(paths):
    problems = [p for path in paths for p in check(path)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
