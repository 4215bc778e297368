#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills unfinished entries of a .ts file from a JSON object {source text: translation};
a plural entry takes a list of forms. Entries not in the JSON are listed and left unfinished.
    python3 translations/tools/apply_translations.py translations/civic-kiosk_vi.ts new.json"""
import json
import sys
import xml.etree.ElementTree as ET

path, mapping = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
tree = ET.parse(path)
missing = []
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        continue
    source = message.findtext("source")
    if source not in mapping:
        missing.append(source)
        continue
    value = mapping[source]
    translation.attrib.pop("type")
    for child in list(translation):
        translation.remove(child)
    if isinstance(value, list):
        translation.text = None
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, encoding="utf-8") as f:
    text = f.read()
with open(path, "w", encoding="utf-8") as f:
    f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'))
for source in missing:
    print("untranslated:", source)
sys.exit(1 if missing else 0)
