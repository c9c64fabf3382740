# Checks targets.json: every text / introducedBy occurs verbatim in its file; fields and comparators valid; all list-A files covered.
import json, os, re
ROOT = "/work/shared/corpus/"
A = [l.strip() for l in open("/work/labels-heldout8/BRIEF.md", encoding="utf-8") if re.match(r"^(national|shenzhen-guangdong)/", l.strip())]
data = json.load(open("/work/labels-heldout8/targets.json", encoding="utf-8"))
vocab = set("gdp gnp industrial-value-added fixed-asset-investment budget-revenue retail-sales foreign-trade urban-jobs surveyed-unemployment registered-unemployment consumer-prices disposable-income grain-output energy-intensity water-intensity coal-output steel-output power-generation population-growth carbon-intensity pm25".split())
errs = 0; seen = set()
for o in data:
    p = ROOT + o["file"]; seen.add(o["file"])
    assert os.path.exists(p), p
    src = open(p, encoding="utf-8").read()
    if o["introducedBy"] and o["introducedBy"] not in src: print("INTRO MISSING", o["file"], o["introducedBy"]); errs += 1
    for k in ("file", "region", "reportYear", "introducedBy", "targets", "notes"): assert k in o, (k, o["file"])
    for t in o["targets"]:
        if t["text"] not in src: print("TEXT MISSING", o["file"], t["text"]); errs += 1
        assert t["comparator"] in ("exact", "左右", "以上", "以内", "以下", "range"), t
        assert (t["high"] is not None) == (t["comparator"] == "range"), t
        assert isinstance(t["value"], (int, float)), t
        if t["indicator"] not in vocab and not t.get("indicatorName"): print("NEW SLUG WITHOUT NAME", t); errs += 1
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", t["indicator"]), t
        if "％" in t["unit"]: print("full-width unit", t); errs += 1
print("files in list A:", len(A), "covered:", len(seen & set(A)), "extra:", seen - set(A), "missing:", set(A) - seen)
print("objects", len(data), "targets", sum(len(o["targets"]) for o in data), "errors", errs)
