#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The interface is written in English, so civic-kiosk_en.ts translates each text to itself.
Run after `cmake --build build --target update_translations`: fills every unfinished English
entry with its source text (plural forms: singular without "(s)", plural with "s")."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/civic-kiosk_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    finished = translation is not None and translation.get("type") != "unfinished" and (translation.text or len(translation))
    if translation is None or finished:
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for form in (re.sub(r"\((\w+)\)", "", source), re.sub(r"\((\w+)\)", r"\1", source)):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    changed += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, encoding="utf-8") as f:
    text = f.read()
with open(path, "w", encoding="utf-8") as f:
    f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'))
print(f"{path}: {changed} entries finished")
