#!/usr/bin/env python3
"""Lists localisation keys used in src/FangchengCredit.Web that SharedResource.en-US.resx lacks.

Usage: tools/resx-keys.py            (prints missing keys, exit 1 if any)
       tools/resx-keys.py --add F.tsv (adds "key<TAB>English" lines to the resx, sorted)
"""
import re, sys, pathlib, html
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
web = root / "src" / "FangchengCredit.Web"
resx = web / "Resources" / "SharedResource.en-US.resx"
pattern = re.compile(r'\b(?:L|l|localizer|_l)\["((?:[^"\\]|\\.)*)"')

def used_keys():
    keys = set()
    for path in list(web.rglob("*.cshtml")) + list(web.rglob("*.cs")):
        if "/obj/" in str(path) or "/bin/" in str(path):
            continue
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            keys.add(m.group(1).replace('\\"', '"'))
    return keys

def load():
    if not resx.exists():
        return {}
    tree = ET.parse(resx)
    return {d.get("name"): d.find("value").text or "" for d in tree.getroot().findall("data")}

def save(entries):
    header = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
    body = "".join(
        f'  <data name="{html.escape(k, quote=True)}" xml:space="preserve"><value>{html.escape(v, quote=False)}</value></data>\n'
        for k, v in sorted(entries.items()))
    resx.write_text(header + body + "</root>\n", encoding="utf-8")

entries = load()
if len(sys.argv) == 3 and sys.argv[1] == "--add":
    for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            entries[k] = v
    save(entries)
missing = sorted(k for k in used_keys() if k not in entries and not k.endswith(".") and re.search(r"[\u4e00-\u9fff]", k))
for k in missing:
    print(k)
sys.exit(1 if missing else 0)
