#!/usr/bin/env python3
"""Joins KEY-a.yaml, KEY-b.yaml and KEY-c.yaml (the answer keys of the three sets of stories in this folder)
into KEY.yaml, the key ../../../../shared/stories/score.py reads with --stories this folder."""
import pathlib, yaml

here = pathlib.Path(__file__).resolve().parent
keys = [yaml.safe_load((here / n).read_text(encoding="utf-8")) for n in ("KEY-a.yaml", "KEY-b.yaml", "KEY-c.yaml")]
out = {k: sum(((key.get(k) or []) for key in keys), []) for k in ("findings", "traps", "clean_files")}


def dump(entries):
    return "".join("  - " + yaml.safe_dump(e, default_flow_style=True, width=10000,
                                           allow_unicode=True, sort_keys=False).strip() + "\n"
                   for e in entries)


(here / "KEY.yaml").write_text(
    "# Answer key for the stories in this folder: KEY-a.yaml, KEY-b.yaml and KEY-c.yaml joined (format:\n"
    "# ../../../../shared/stories/README.md). Regenerate with join_keys.py.\n"
    "findings:\n" + dump(out["findings"]) + "traps:\n" + dump(out["traps"]) +
    "clean_files:\n" + "".join(f"  - {c}\n" for c in out["clean_files"]), encoding="utf-8")
print(f"KEY.yaml: {len(out['findings'])} findings, {len(out['traps'])} traps")
