#!/usr/bin/env python3
"""Claim extraction against Microsoft Recognizers-Text's English specs
(../shared/peer-suites/recognizers-text).

Each case's input becomes a draft (with `date:` front matter when the case has a reference
date) and `claimlint claims --format jsonl` runs once over all of them. Per spec file:

* span recall: expected results found by a claim of the mapped kind whose span overlaps
  them (exact spans are counted too: claimlint's spans include approximation words such as
  "nearly", which Recognizers-Text leaves out);
* precision: claims of the mapped kind that overlap an expected result, over all such claims
  (cases with no expected result are negatives: any claim there is a false positive);
* value accuracy on the matched spans (amount, percent value, resolved date, ISO duration).

Cases marked NotSupported on some platform are reported separately. For dates and durations
the "news-style subset" is the expected spans containing a month or weekday name, a four-digit
year, or a relative word (last, next, this, ago, since, yesterday, today, tomorrow, ...).

Usage: tests/accuracy/recognizers.py [--claimlint build/claimlint] [--suite DIR] [--show N]
"""
import argparse, collections, json, pathlib, re, subprocess, tempfile

here = pathlib.Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--claimlint", default=str(here / "build/claimlint"))
ap.add_argument("--suite", default=str(here.parent / "shared/peer-suites/recognizers-text"))
ap.add_argument("--show", type=int, default=0, help="print up to N misses and false positives per spec")
args = ap.parse_args()

SPECS = [
    ("numberwithunit/CurrencyModel.jsonl", {"money"}, "money"),
    ("number/PercentModel.jsonl", {"percent"}, "percent"),
    ("number/NumberModel.jsonl", {"number", "count"}, "number"),
    ("number/NumberRangeModel.jsonl", {"number", "count", "percent", "money", "measure", "age"}, "range"),
    ("numberwithunit/DimensionModel.jsonl", {"measure"}, "dimension"),
    ("numberwithunit/AgeModel.jsonl", {"age"}, "age"),
    ("datetime/DateExtractor.jsonl", {"date"}, None),
    ("datetime/DateParser.jsonl", {"date"}, "date"),
    ("datetime/DurationExtractor.jsonl", {"duration"}, None),
    ("datetime/DurationParser.jsonl", {"duration"}, "duration"),
]
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
RELATIVE = "last|next|this|ago|since|yesterday|today|tomorrow|past|coming|earlier|later"
NEWS = re.compile(rf"\b({MONTHS}|{WEEKDAYS}|{RELATIVE})\b|\b(1[89]|20)\d\d\b", re.I)


def expected_value(kind, r):
    res = r.get("resolution") or {}
    if kind == "money":
        v = res.get("value")
        if v in (None, ""):
            return None
        # claimlint normalises to the main unit of the ISO 4217 currency: 50 cents = 0.50 USD.
        return float(v) / 100 if res.get("unit") in ("Cent", "Pence", "Penny") else float(v)
    if kind == "percent":
        v = str(res.get("value", "")).rstrip("%")
        return float(v) if v else None
    if kind == "number":
        v = res.get("value")
        try:
            return float(v)
        except (TypeError, ValueError):
            return None
    if kind == "date":
        out = set()
        for k in ("FutureResolution", "PastResolution"):
            d = (res.get(k) or {}).get("date")
            if d:
                out.add(d)
        if res.get("Timex"):
            out.add(res["Timex"])
        return out or None
    if kind == "duration":
        return res.get("Timex")
    if kind == "range":
        # "[20,30)", "(30,)", "(,100]": the bounds that are given, and which side is open.
        m = re.fullmatch(r"([\[(])([^,]*),([^\])]*)([\])])", str(res.get("value", "")))
        if not m:
            return None
        lo = float(m.group(2)) if m.group(2) else None
        hi = float(m.group(3)) if m.group(3) else None
        return (lo, hi)
    if kind == "dimension":
        v = res.get("value")
        unit = RT_UNITS.get(res.get("unit"))
        return (float(v), unit) if v not in (None, "") and unit else None
    if kind == "age":
        v = res.get("value")
        return (float(v), {"Age": "Year"}.get(res.get("unit"), res.get("unit"))) if v not in (None, "") else None
    return None


# Recognizers-Text's unit names -> claimlint's (convert-units' abbreviations). A unit claimlint
# does not model (picometer, dram, turn) has no entry: its value is not scored.
RT_UNITS = {
    "Pound": "lb", "Milliliter": "ml", "Inch": "in", "Mile": "mi", "Barrel": "bbl", "Foot": "ft",
    "Ounce": "oz", "Acre": "ac", "Gallon": "gal", "Cubic foot": "ft3", "Square meter": "m2",
    "Ton": ("t", "mt"), "Metric ton": "mt", "Bit": "b", "Mile per hour": "m/h", "Meter": "m",
    "Kilometer": "km", "Millimeter": "mm", "Square kilometer": "km2", "Decimeter": "dm",
    "Megabit": "Mb", "Megabyte": "MB", "Tablespoon": "Tbs", "Cup": "cup", "Teaspoon": "tsp",
    "Kilometer per hour": "km/h", "Kilogram": "kg", "Microgram": "mcg", "Gram": "g",
    "Degree": "deg", "Radian": "rad",
}


def our_value(kind, c):
    v = c.get("value", {})
    if kind == "range":
        return (v.get("value", v.get("amount")), v.get("high"), v.get("approx"))
    if kind == "dimension":
        return (v.get("amount"), v.get("unit"), v.get("high"))
    if kind == "age":
        return (v.get("value"), {"M": "Month", "W": "Week", "D": "Day"}.get(v.get("unit"), "Year"))
    if kind in ("money",):
        return v.get("amount")
    if kind in ("percent", "number"):
        return v.get("value")
    if kind == "date":
        return v.get("resolved")
    if kind == "duration":
        return v.get("iso")
    return None


def value_ok(kind, want, got):
    if want is None or got is None:
        return None
    if kind == "date":
        return got in want
    if kind == "duration":
        return str(got).upper() == str(want).upper()
    if kind == "range":
        lo, hi = want
        value, high, approx = got
        if value is None:
            return False
        if lo is not None and hi is not None:
            if lo == hi:  # "equals 20": one figure, no approximation
                return close(value, lo) and high is None and approx is None
            return high is not None and close(value, lo) and close(high, hi)
        # One bound: the figure and the side the approximation word opens.
        lower = approx in ("more-than", "at-least")
        upper = approx in ("less-than", "at-most", "up-to", "nearly")
        return high is None and ((lo is not None and lower and close(value, lo)) or
                                 (hi is not None and upper and close(value, hi)))
    if kind == "dimension":
        # a range's either end ("eight to 10 feet" holds the 10 feet asked for)
        ends = [x for x in (got[0], got[2]) if x is not None]
        units = want[1] if isinstance(want[1], tuple) else (want[1],)  # "Ton": short or metric
        return any(close(x, want[0]) for x in ends) and got[1] in units
    if kind == "age":
        return got[0] is not None and close(got[0], want[0]) and (got[1] or "Year") == want[1]
    return abs(float(got) - float(want)) <= 1e-6 * max(1.0, abs(float(want)))


def close(a, b):
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


suite = pathlib.Path(args.suite)
report = []
for spec, kinds, value_kind in SPECS:
    cases = [json.loads(l) for l in open(suite / spec, encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        offsets = {}
        for i, c in enumerate(cases):
            ref = (c.get("context") or {}).get("ReferenceDateTime", "")[:10]
            head = f"---\ndate: {ref}\n---\n" if ref else ""
            offsets[i] = len(head.encode("utf-8"))
            pathlib.Path(tmp, f"{i:05}.txt").write_text(head + c["input"] + "\n", encoding="utf-8")
        out = subprocess.run([args.claimlint, "claims", "--format", "jsonl", tmp], capture_output=True, text=True)
        found = collections.defaultdict(list)
        for line in out.stdout.splitlines():
            c = json.loads(line)
            if c["kind"] in kinds:
                found[int(pathlib.Path(c["file"]).stem)].append(c)
    groups = collections.defaultdict(collections.Counter)
    misses, fps, wrong = [], [], []
    for i, case in enumerate(cases):
        group = "not supported somewhere" if case["not_supported"] else "supported"
        text_bytes = case["input"].encode("utf-8")
        mine = []
        for c in found[i]:
            # claimlint reports byte offsets in the file; the specs count characters.
            b = c["start"] - offsets[i]
            e = c["end"] - offsets[i]
            mine.append((len(text_bytes[:b].decode("utf-8", "replace")), len(text_bytes[:e].decode("utf-8", "replace")), c))
        used = set()
        for r in case["results"]:
            news = bool(NEWS.search(r["text"])) if value_kind in (None, "date", "duration") and kinds & {"date", "duration"} else None
            sub = group if news is None else f"{group}, {'news-style' if news else 'other'}"
            g = groups[sub]
            g["expected"] += 1
            hit = next((m for m in mine if m[0] < r["end"] and r["start"] < m[1]), None)
            if not hit:
                misses.append((case["input"], r["text"]))
                continue
            used.add(id(hit[2]))
            g["found"] += 1
            g["exact"] += hit[0] == r["start"] and hit[1] == r["end"]
            if value_kind:
                ok = value_ok(value_kind, expected_value(value_kind, r), our_value(value_kind, hit[2]))
                if ok is not None:
                    g["valued"] += 1
                    g["value_ok"] += ok
                    if not ok:
                        wrong.append((case["input"], r["text"], r.get("resolution"), hit[2]["text"], hit[2].get("value")))
        for m in mine:
            g = groups[group]
            g["claims"] += 1
            if id(m[2]) in used:
                g["claims_matching"] += 1
            else:
                fps.append((case["input"], m[2]["text"]))
        if not case["results"]:
            groups[group]["negative_cases"] += 1
            groups[group]["negative_cases_clean"] += not mine
    report.append((spec, kinds, groups))
    print(f"\n{spec} -> {'/'.join(sorted(kinds))}")
    for name in sorted(groups):
        g = groups[name]
        parts = []
        if g["expected"]:
            parts.append(f"recall {g['found']}/{g['expected']} ({100 * g['found'] / g['expected']:.0f}%), exact spans {g['exact']}")
        if g["valued"]:
            parts.append(f"value {g['value_ok']}/{g['valued']} ({100 * g['value_ok'] / g['valued']:.0f}%)")
        if g["claims"]:
            parts.append(f"precision {g['claims_matching']}/{g['claims']} ({100 * g['claims_matching'] / g['claims']:.0f}%)")
        if g["negative_cases"]:
            parts.append(f"negatives clean {g['negative_cases_clean']}/{g['negative_cases']}")
        print(f"  {name:42} " + "; ".join(parts))
    # The full file: every case, whether or not some platform supports it.
    tot = collections.Counter()
    for g in groups.values():
        tot.update(g)
    parts = [f"recall {tot['found']}/{tot['expected']} ({100 * tot['found'] / max(1, tot['expected']):.0f}%)"]
    if tot["valued"]:
        parts.append(f"value {tot['value_ok']}/{tot['valued']} ({100 * tot['value_ok'] / tot['valued']:.0f}%)")
    parts.append(f"value-right recall {tot['value_ok']}/{tot['expected']} ({100 * tot['value_ok'] / max(1, tot['expected']):.0f}%)" if value_kind else "")
    print(f"  {'FULL FILE':42} " + "; ".join(p for p in parts if p))
    # Precision over the whole spec file (every claim of the kind, negatives included).
    total_claims = sum(g["claims"] for g in groups.values())
    total_matching = sum(g["claims_matching"] for g in groups.values())
    if total_claims:
        print(f"  {'all cases':42} precision {total_matching}/{total_claims} ({100 * total_matching / total_claims:.0f}%)")
    if args.show:
        for inp, t in misses[: args.show]:
            print(f"    MISS {t!r} in {inp[:90]!r}")
        for inp, t in fps[: args.show]:
            print(f"    FP   {t!r} in {inp[:90]!r}")
        for inp, t, want, got_text, got in wrong[: args.show]:
            print(f"    VALUE {t!r} {want} read as {got_text!r} {got} in {inp[:70]!r}")
