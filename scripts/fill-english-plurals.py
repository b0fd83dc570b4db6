#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms in translations/mentorbook_en.ts.

English source strings are written as "%n mentee(s)"; this writes "%n mentee" and
"%n mentees" (and "is"/"are" for "(s) is") into every unfinished numerus entry.
Run after `make lupdate`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/mentorbook_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    for form in list(translation):
        translation.remove(form)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
