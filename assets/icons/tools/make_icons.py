#!/usr/bin/env python3
"""Generate the "Cung Xay Hai Phong" kiosk icon set (SVG Tiny 1.2).

Usage:  python3 make_icons.py [OUTPUT_DIR]
        (default OUTPUT_DIR = the parent folder of this script, i.e. assets/icons)

Every icon is written in three colour variants with identical shapes:
    <name>.svg         navy   #13294B  (on light backgrounds)
    <name>-light.svg   white  #FFFFFF  (on dark / coloured backgrounds)
    <name>-accent.svg  red    #A4161A  (highlights, warnings)

Style rules (keep them when adding icons):
  * viewBox 0 0 48 48, glyph kept inside roughly 4..44 on both axes;
  * outline strokes are 4 units wide with round caps and joins
    (set once on the wrapping <g>); solid parts use fill + stroke="none";
  * only rect/circle/ellipse/line/polyline/polygon/path/g with plain
    presentation attributes: Qt SVG renders SVG Tiny 1.2 only, so no CSS,
    masks, clipPath, filters, text, gradients or currentColor.
The token CLR in the shape strings below is replaced by the variant colour.
Python 3 standard library only.
"""
import os
import sys
import xml.etree.ElementTree as ET

COLOURS = {
    "": "#13294B",        # navy (default)
    "-light": "#FFFFFF",  # white
    "-accent": "#A4161A", # deep red
}

STROKE_WIDTH = 4

# Shorthand for a solid (filled) shape.
F = 'fill="CLR" stroke="none"'
# Solid shape with slightly rounded corners (thin outline in the same colour).
FR = 'fill="CLR" stroke="CLR" stroke-width="2"'

ICONS = {
    # ------------------------------------------------------------ categories
    "cat-road": f"""
<path d="M19 6 L7 42"/>
<path d="M29 6 L41 42"/>
<path d="M24 8 V11"/>
<path d="M24 18 V23"/>
<path d="M24 31 V40"/>
""",
    "cat-rural_road": f"""
<path d="M4 16 H44"/>
<path d="M21.5 16 L17 42"/>
<path d="M26.5 16 L31 42"/>
<path d="M9.5 42 V27"/>
<path d="M9.5 37 C4.5 37 4.0 32 4.0 29 C8.0 29 9.5 32 9.5 37 Z" {FR}/>
<path d="M9.5 37 C14.5 37 15.0 32 15.0 29 C11.0 29 9.5 32 9.5 37 Z" {FR}/>
<path d="M38.5 42 V27"/>
<path d="M38.5 37 C33.5 37 33.0 32 33.0 29 C37.0 29 38.5 32 38.5 37 Z" {FR}/>
<path d="M38.5 37 C43.5 37 44.0 32 44.0 29 C40.0 29 38.5 32 38.5 37 Z" {FR}/>
<circle cx="37" cy="7.5" r="3.5" {F}/>
""",
    "cat-bridge": f"""
<path d="M4 8 H44"/>
<path d="M9 8 V14"/>
<path d="M19 8 V14"/>
<path d="M29 8 V14"/>
<path d="M39 8 V14"/>
<path d="M5 15 H43 V35 H38 A14 14 0 0 0 10 35 H5 Z" {FR}/>
<path d="M4 42 C7 39 10 39 13 42 C16 45 19 45 22 42 C25 39 28 39 31 42 C34 45 37 45 40 42 C41.5 40.5 43 40 44 40.5"/>
""",
    "cat-drainage": f"""
<path d="M4 8 H29"/>
<path d="M4 26 H29"/>
<ellipse cx="30" cy="17" rx="5" ry="9"/>
<path d="M31 31 C31 31 26 36.5 26 39.5 A5 5 0 0 0 36 39.5 C36 36.5 31 31 31 31 Z" {F}/>
<path d="M41 29 C41 29 38 33 38 35 A3 3 0 0 0 44 35 C44 33 41 29 41 29 Z" {F}/>
""",
    "cat-school": f"""
<path d="M24 14 V4"/>
<polygon points="24,3 34,6.5 24,10" {FR}/>
<path d="M5 24 L24 14 L43 24"/>
<path d="M9 22 V42 H39 V22"/>
<path d="M20 42 V34 A4 4 0 0 1 28 34 V42"/>
<rect x="13" y="27" width="5" height="5" rx="1" {F}/>
<rect x="30" y="27" width="5" height="5" rx="1" {F}/>
""",
    "cat-health": f"""
<rect x="6" y="6" width="36" height="36" rx="9"/>
<path d="M20 13 H28 V20 H35 V28 H28 V35 H20 V28 H13 V20 H20 Z" {FR}/>
""",
    "cat-park": f"""
<circle cx="15" cy="16" r="11" {F}/>
<path d="M15 20 V42"/>
<path d="M25 28 H44"/>
<path d="M25 35 H44"/>
<path d="M28 35 V42"/>
<path d="M41 35 V42"/>
<path d="M4 42 H44"/>
""",
    "cat-lighting": f"""
<path d="M14 42 V16 C14 10 17 7 23 7 H31"/>
<path d="M8 42 H20"/>
<path d="M25 9 H37 L34.5 15 H27.5 Z" {FR}/>
<path d="M31 20 V25"/>
<path d="M25 19 L22.5 23.5"/>
<path d="M37 19 L39.5 23.5"/>
""",
    "cat-digital": f"""
<circle cx="24" cy="14" r="3.5" {F}/>
<path d="M24 18 L15 43"/>
<path d="M24 18 L33 43"/>
<path d="M18 35 H30"/>
<path d="M12 43 H36"/>
<path d="M17.5 8 A9 9 0 0 0 17.5 20"/>
<path d="M30.5 8 A9 9 0 0 1 30.5 20"/>
<path d="M11.5 3.5 A16 16 0 0 0 11.5 24.5"/>
<path d="M36.5 3.5 A16 16 0 0 1 36.5 24.5"/>
""",
    "cat-welfare": f"""
<path d="M5 22 L24 7 L43 22"/>
<path d="M10 19 V42 H38 V19"/>
<path d="M24 37 C18 33 15.5 30 15.5 26.5 A4.5 4.5 0 0 1 24 24.5 A4.5 4.5 0 0 1 32.5 26.5 C32.5 30 30 33 24 37 Z" {FR}/>
""",
    # -------------------------------------------------------------- statuses
    "status-preparing": f"""
<rect x="9" y="8" width="30" height="36" rx="4"/>
<rect x="17" y="4" width="14" height="8" rx="2.5" {F}/>
<path d="M16 21 H32"/>
<path d="M16 29 H32"/>
<path d="M16 37 H25"/>
""",
    "status-in_progress": f"""
<path d="M16 42 V6"/>
<path d="M8 42 H24"/>
<path d="M6 12 H42"/>
<path d="M16 6 L42 12"/>
<path d="M16 6 L6 12"/>
<path d="M16 20 L23 12"/>
<path d="M36 12 V23"/>
<rect x="30" y="24" width="12" height="9" rx="2" {F}/>
""",
    "status-paused": f"""
<circle cx="24" cy="24" r="18"/>
<path d="M19.5 17 V31"/>
<path d="M28.5 17 V31"/>
""",
    "status-completed": f"""
<circle cx="24" cy="24" r="18"/>
<path d="M15.5 24.5 L21.5 30.5 L32.5 18.5"/>
""",
    "behind": f"""
<circle cx="20" cy="24" r="16"/>
<path d="M20 15 V24 L26 28"/>
<path d="M42 10 V28"/>
<circle cx="42" cy="37" r="2.8" {F}/>
""",
    # -------------------------------------------------------------------- UI
    "home": f"""
<path d="M5 22 L24 7 L43 22"/>
<path d="M10 19 V42 H38 V19"/>
<path d="M20 42 V32 A4 4 0 0 1 28 32 V42"/>
""",
    "back": f"""
<path d="M40 24 H9"/>
<path d="M21 11 L8 24 L21 37"/>
""",
    "search": f"""
<circle cx="20" cy="20" r="13"/>
<path d="M30 30 L42 42" stroke-width="5"/>
""",
    "print": f"""
<path d="M14 18 V6 H34 V18"/>
<path d="M14 34 H8 V18 H40 V34 H34"/>
<path d="M14 28 H34 V42 H14 Z"/>
<path d="M19 34 H29"/>
""",
    "filter": f"""
<path d="M6 9 H42 L28 26 V37 L20 42 V26 Z"/>
""",
    "language": f"""
<circle cx="24" cy="24" r="18"/>
<ellipse cx="24" cy="24" rx="8" ry="18"/>
<path d="M6 24 H42"/>
""",
    "phone-qr": f"""
<rect x="12" y="4" width="24" height="40" rx="5"/>
<rect x="17" y="12" width="6" height="6" rx="1" {F}/>
<rect x="25" y="12" width="6" height="6" rx="1" {F}/>
<rect x="17" y="20" width="6" height="6" rx="1" {F}/>
<rect x="25" y="20" width="2.8" height="2.8" {F}/>
<rect x="28.2" y="23.2" width="2.8" height="2.8" {F}/>
<path d="M21 37 H27" stroke-width="3.5"/>
""",
    "close": f"""
<path d="M12 12 L36 36"/>
<path d="M36 12 L12 36"/>
""",
    "chevron-right": f"""
<path d="M18 10 L32 24 L18 38"/>
""",
    "chevron-down": f"""
<path d="M10 18 L24 32 L38 18"/>
""",
    "calendar": f"""
<rect x="6" y="9" width="36" height="33" rx="5"/>
<path d="M6 19 H42"/>
<path d="M16 5 V12"/>
<path d="M32 5 V12"/>
<circle cx="15" cy="27" r="2.5" {F}/>
<circle cx="24" cy="27" r="2.5" {F}/>
<circle cx="33" cy="27" r="2.5" {F}/>
<circle cx="15" cy="35" r="2.5" {F}/>
<circle cx="24" cy="35" r="2.5" {F}/>
""",
    "money": f"""
<rect x="4" y="12" width="40" height="24" rx="4"/>
<circle cx="24" cy="24" r="6"/>
<circle cx="11.5" cy="24" r="2.5" {F}/>
<circle cx="36.5" cy="24" r="2.5" {F}/>
""",
    "owner": f"""
<path d="M6 17 L24 6 L42 17 Z"/>
<path d="M12 23 V35"/>
<path d="M20 23 V35"/>
<path d="M28 23 V35"/>
<path d="M36 23 V35"/>
<path d="M5 41 H43"/>
""",
    "contractor": f"""
<path d="M8 34 C8 21 15 11 24 11 C33 11 40 21 40 34"/>
<path d="M20 12 V23"/>
<path d="M28 12 V23"/>
<rect x="4" y="33" width="40" height="7" rx="3.5" {F}/>
""",
    "location": f"""
<path d="M24 43 C24 43 38 30 38 19 A14 14 0 0 0 10 19 C10 30 24 43 24 43 Z"/>
<circle cx="24" cy="19" r="5"/>
""",
    "works": f"""
<path d="M12 42 V6"/>
<path d="M4 12 H36"/>
<path d="M12 6 L36 12"/>
<path d="M12 6 L4 12"/>
<path d="M31 12 V16"/>
<path d="M22 42 V22 H42 V42"/>
<path d="M4 42 H44"/>
<rect x="27" y="27" width="4" height="4" rx="1" {F}/>
<rect x="33" y="27" width="4" height="4" rx="1" {F}/>
<rect x="27" y="34" width="4" height="4" rx="1" {F}/>
<rect x="33" y="34" width="4" height="4" rx="1" {F}/>
""",
    "staff": f"""
<circle cx="24" cy="17" r="7"/>
<path d="M10 43 C10 35 16 31 24 31 C32 31 38 35 38 43"/>
<path d="M12 19 C12 11 17 5 24 5 C31 5 36 11 36 19"/>
<rect x="8.5" y="15" width="6" height="9" rx="2.5" {F}/>
<rect x="33.5" y="15" width="6" height="9" rx="2.5" {F}/>
<path d="M36 24 C36 27 33 28 29 28" stroke-width="3.5"/>
""",
    "clear": f"""
<path d="M17 9 H39 A4 4 0 0 1 43 13 V35 A4 4 0 0 1 39 39 H17 L5 24 Z"/>
<path d="M23 18 L34 30"/>
<path d="M34 18 L23 30"/>
""",
    "info": f"""
<circle cx="24" cy="24" r="18"/>
<path d="M24 22 V33"/>
<circle cx="24" cy="15" r="2.8" {F}/>
""",
    "sample": f"""
<path d="M18 5 H30"/>
<path d="M20.5 5 V18 L9 38 A3 3 0 0 0 11.6 42.5 H36.4 A3 3 0 0 0 39 38 L27.5 18 V5"/>
<path d="M15 30 H33"/>
<circle cx="22" cy="36" r="2" {F}/>
<circle cx="28" cy="34" r="1.6" {F}/>
""",
}

HEADER = ('<svg xmlns="http://www.w3.org/2000/svg" version="1.2" '
          'baseProfile="tiny" width="48" height="48" viewBox="0 0 48 48">')

ALLOWED = {"svg", "g", "rect", "circle", "ellipse", "line", "polyline",
           "polygon", "path"}


def build(body, colour):
    inner = "\n".join(line for line in body.strip().splitlines() if line)
    svg = (HEADER + "\n"
           + f'<g fill="none" stroke="CLR" stroke-width="{STROKE_WIDTH}" '
             'stroke-linecap="round" stroke-linejoin="round">\n'
           + inner + "\n</g>\n</svg>\n")
    return svg.replace("CLR", colour)


def check(name, text):
    root = ET.fromstring(text)  # raises on malformed XML
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag not in ALLOWED:
            raise ValueError(f"{name}: element <{tag}> not allowed")
    if len(text.encode("utf-8")) >= 4096:
        raise ValueError(f"{name}: file is 4 KB or larger")
    for bad in ("currentColor", "style", "url(", "href", "gradient"):
        if bad in text:
            raise ValueError(f"{name}: contains forbidden '{bad}'")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
    os.makedirs(out, exist_ok=True)
    count = 0
    for name, body in ICONS.items():
        for suffix, colour in COLOURS.items():
            text = build(body, colour)
            check(name + suffix, text)
            with open(os.path.join(out, name + suffix + ".svg"), "w",
                      encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            count += 1
    print(f"wrote {count} files ({len(ICONS)} icons x {len(COLOURS)} colours) to {out}")


if __name__ == "__main__":
    main()
